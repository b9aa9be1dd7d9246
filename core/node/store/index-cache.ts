// The index cache (<journal>/.tsuzuri/index.json, via lowdb): what the post list needs of every
// file, with the mtime and size it was read at. Only a cache: any problem with it means "rebuild".
import { lstat } from "node:fs/promises";
import path from "node:path";
import { Low } from "lowdb";
import { JSONFile } from "lowdb/node";
import { INDEX_FILE, INDEX_VERSION, MAX_INDEX_BYTES } from "./constants.js";
import { makeDir } from "./make-dir.js";
import { realPathInside } from "./paths.js";
import type { IndexEntry } from "./post-file.js";

/** The file format of the index cache. */
export interface IndexData {
  version: number;
  posts: Record<string, IndexEntry>;
}

/** The index cache file of one journal. Never throws: a missing or bad cache reads as empty. */
export class IndexCache {
  private readonly db: Low<IndexData>;
  readonly file: string;

  constructor(private readonly journalDir: string) {
    this.file = path.join(journalDir, ...INDEX_FILE.split("/"));
    this.db = new Low<IndexData>(new JSONFile<IndexData>(this.file), { version: INDEX_VERSION, posts: {} });
  }

  /**
   * The cached entries, or null when the cache is missing, unreadable, not JSON, of another
   * version or malformed, larger than MAX_INDEX_BYTES, not a regular file (a link to a device), or
   * in a .tsuzuri/ that leads out of the journal. Single malformed entries are dropped (those files are read again).
   */
  async read(): Promise<Map<string, IndexEntry> | null> {
    try {
      await realPathInside(this.journalDir, INDEX_FILE);
      const st = await lstat(this.file);
      if (!st.isFile() || st.size > MAX_INDEX_BYTES) return null;
      await this.db.read();
    } catch {
      return null;
    }
    const data: unknown = this.db.data;
    if (!isRecord(data) || data.version !== INDEX_VERSION || !isRecord(data.posts)) return null;
    const entries = new Map<string, IndexEntry>();
    for (const [rel, entry] of Object.entries(data.posts)) if (isIndexEntry(entry)) entries.set(rel, entry);
    return entries;
  }

  /**
   * Writes `entries` (atomically, by lowdb: a temp file renamed over it, so a planted link is replaced,
   * not followed). Never writes when .tsuzuri/ leads out of the journal. Returns false instead of throwing when it cannot.
   */
  async write(entries: ReadonlyMap<string, IndexEntry>): Promise<boolean> {
    try {
      await realPathInside(this.journalDir, path.posix.dirname(INDEX_FILE));
      await makeDir(path.dirname(this.file));
      await realPathInside(this.journalDir, INDEX_FILE.replace(/[^/]+$/, ".index.json.tmp"));
      this.db.data = { version: INDEX_VERSION, posts: Object.fromEntries(entries) };
      await this.db.write();
      return true;
    } catch {
      return false;
    }
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

const strOrNull = (v: unknown): boolean => v === null || typeof v === "string";
const num = (v: unknown): boolean => typeof v === "number" && Number.isFinite(v);

/** True when `v` has the shape of an index entry. */
export function isIndexEntry(v: unknown): v is IndexEntry {
  return (
    isRecord(v) &&
    strOrNull(v.id) &&
    typeof v.title === "string" &&
    typeof v.titled === "boolean" &&
    strOrNull(v.date) &&
    strOrNull(v.updated) &&
    Array.isArray(v.tags) &&
    v.tags.every((t) => typeof t === "string") &&
    typeof v.draft === "boolean" &&
    typeof v.excerpt === "string" &&
    num(v.chars) &&
    typeof v.hash === "string" &&
    /^[0-9a-f]{64}$/.test(v.hash) &&
    num(v.mtimeMs) &&
    num(v.size)
  );
}
