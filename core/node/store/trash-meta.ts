// The trash record (.trash/.meta.json): where each deleted post came from. It is written before a
// post moves (so a post is never in the trash without its origin), and never through a link.
import { copyFile, lstat, readFile, rename, unlink } from "node:fs/promises";
import path from "node:path";
import { atomicWrite } from "./atomic-write.js";
import { TRASH_DIR, TRASH_META_FILE } from "./constants.js";
import { isMissing } from "./errors.js";

/** What the trash remembers of a deleted post, by its file name in the trash. */
export interface MetaEntry {
  originalPath: string;
  title: string;
  deletedAt: string;
  /** Set while a restore moves the file to this journal path (a crash then is finished on the next open). */
  restoringTo?: string;
}

/** The record file's content. */
export interface Meta {
  version: 1;
  entries: Record<string, MetaEntry>;
}

/** The record of the trash folder `trashDir` (already checked to be the journal's own). */
export class TrashMeta {
  readonly file: string;

  constructor(trashDir: string) {
    this.file = path.join(trashDir, TRASH_META_FILE);
  }

  /**
   * The record; a missing one, or one that is not a plain file (a planted link), reads as empty. An
   * unreadable one is kept aside as .meta.json.corrupt-<time> and read as empty.
   */
  async read(): Promise<Meta> {
    const empty = (): Meta => ({ version: 1, entries: Object.create(null) as Record<string, MetaEntry> });
    let text: string;
    try {
      if (!(await lstat(this.file)).isFile()) return empty();
      text = await readFile(this.file, "utf8");
    } catch {
      return empty();
    }
    try {
      const data: unknown = JSON.parse(text);
      if (typeof data === "object" && data !== null && "entries" in data && typeof data.entries === "object" && data.entries !== null) {
        const meta = empty();
        for (const [k, v] of Object.entries(data.entries as Record<string, unknown>)) if (isMetaEntry(v)) meta.entries[k] = v;
        return meta;
      }
    } catch {
      // fall through: keep the unreadable file aside
    }
    const aside = `${this.file}.corrupt-${Date.now()}`;
    await rename(this.file, aside).catch(() => copyFile(this.file, aside).catch(() => undefined));
    return empty();
  }

  /** Writes the record atomically; a link planted in its place is removed first, never written through. Throws a TsuzuriError. */
  async write(meta: Meta): Promise<void> {
    try {
      if ((await lstat(this.file)).isSymbolicLink()) await unlink(this.file);
    } catch (e) {
      if (!isMissing(e)) throw e;
    }
    await atomicWrite(this.file, JSON.stringify(meta, null, 2) + "\n", { label: `${TRASH_DIR}/${TRASH_META_FILE}` });
  }
}

function isMetaEntry(v: unknown): v is MetaEntry {
  if (typeof v !== "object" || v === null) return false;
  const r = v as Record<string, unknown>;
  return (
    typeof r.originalPath === "string" &&
    typeof r.title === "string" &&
    typeof r.deletedAt === "string" &&
    (r.restoringTo === undefined || typeof r.restoringTo === "string")
  );
}
