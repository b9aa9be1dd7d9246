// The stamps of an export's pages: the size and modification time each file had just after it was
// written, with the hash of its bytes. While a file still has them, a re-export knows its bytes
// without reading it. They are kept in the journal's export cache (one file per output folder), not
// in the site's manifest, so that the exported folder stays byte-identical for the same journal.
import { stat } from "node:fs/promises";
import path from "node:path";
import { RACY_MS } from "./constants.js";
import { readBytes, replaceBytes } from "./fast-fs.js";
import { sha256 } from "./hash.js";

/** Size and modification time of a file. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
}

type Entry = [hash: string, size: number, mtimeMs: number];

const isEntry = (v: unknown): v is Entry =>
  Array.isArray(v) && v.length === 3 && typeof v[0] === "string" && typeof v[1] === "number" && typeof v[2] === "number";

/** The stamps of one output folder. */
export class Stamps {
  private readonly next: Record<string, Entry> = {};

  private constructor(
    private readonly file: string | null,
    private readonly outDir: string,
    private readonly known: ReadonlyMap<string, Entry>,
    /** When the stamps were saved: files stamped this close to it are not trusted (see RACY_MS). */
    private readonly savedMs: number,
  ) {}

  /** The stamps of the export in `outDir`, from the cache folder `cacheDir` (none without one, or when unreadable). */
  static async load(cacheDir: string | null, outDir: string): Promise<Stamps> {
    if (cacheDir === null) return new Stamps(null, outDir, new Map(), 0);
    const file = path.join(cacheDir, `stamps-${sha256(outDir).slice(0, 32)}.json`);
    try {
      const [bytes, st] = await Promise.all([readBytes(file), stat(file)]);
      const data = JSON.parse(bytes.toString("utf8")) as { dir?: unknown; files?: unknown };
      const entries = data.dir === outDir && typeof data.files === "object" && data.files !== null ? Object.entries(data.files) : [];
      return new Stamps(file, outDir, new Map(entries.filter((e): e is [string, Entry] => isEntry(e[1]))), st.mtimeMs);
    } catch {
      return new Stamps(file, outDir, new Map(), 0);
    }
  }

  /** True when stamps were recorded for `p` with bytes of SHA-256 `hash` (worth a stat to check). */
  has(p: string, hash: string): boolean {
    return this.known.get(p)?.[0] === hash;
  }

  /** True when the file at `p`, now `now`, is certainly the one of SHA-256 `hash` that was stamped. */
  trusts(p: string, hash: string, now: FileStamp | null): boolean {
    const e = this.known.get(p);
    return e !== undefined && now !== null && e[0] === hash && e[1] === now.size && e[2] === now.mtimeMs && e[2] + RACY_MS < this.savedMs;
  }

  /** Records the stamp of the file at `p`, which holds bytes of SHA-256 `hash`. */
  record(p: string, hash: string, stamp: FileStamp | null): void {
    if (stamp) this.next[p] = [hash, stamp.size, stamp.mtimeMs];
  }

  /** Saves the recorded stamps (replacing the loaded ones); best effort, as for any cache. */
  async save(): Promise<void> {
    if (this.file === null) return;
    await replaceBytes(this.file, JSON.stringify({ dir: this.outDir, files: this.next })).catch(() => undefined);
  }
}
