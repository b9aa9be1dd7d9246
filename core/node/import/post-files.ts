// Naming and writing imported posts the way the store names new ones: posts/YYYY/YYYY-MM-DD-<slug>.md,
// numbered -2, -3… when the name is taken (on disk, or by an earlier post of this import). The date is
// the post's own (the day it was written where it was written), not the day of the import.
import { randomFillSync } from "node:crypto";
import { mkdir, open, unlink } from "node:fs/promises";
import path from "node:path";
import { encodeUlid, numberedFileName, postFileName } from "../../common/post/index.js";
import { atomicWrite, POSTS_DIR } from "../store/index.js";
import { exists } from "./exists.js";

/** Gives each new post a journal path nobody has, in the order asked. */
export class PathPlanner {
  private readonly taken = new Set<string>();

  constructor(private readonly journalDir: string) {}

  /** A free journal path for a post dated `isoDate` named after `nameFrom` (slug or title). */
  async plan(isoDate: string, nameFrom: string): Promise<string> {
    const ymd = isoDate.slice(0, 10);
    const dir = `${POSTS_DIR}/${ymd.slice(0, 4)}`;
    const base = postFileName(ymd, nameFrom);
    for (let n = 1; ; n++) {
      const rel = `${dir}/${numberedFileName(base, n)}`;
      const key = rel.normalize("NFC").toLowerCase();
      if (this.taken.has(key)) continue;
      if (await exists(this.abs(rel))) continue;
      this.taken.add(key);
      return rel;
    }
  }

  /** The absolute path of journal path `rel`. */
  abs(rel: string): string {
    return path.join(this.journalDir, ...rel.split("/"));
  }

  /**
   * Writes a new post at `rel`, never over an existing file: the name is claimed with an exclusive
   * create, then filled atomically. If someone took the name since it was planned, the next free
   * number is used; the path written is returned.
   */
  async write(rel: string, text: string): Promise<string> {
    const dirRel = rel.slice(0, rel.lastIndexOf("/"));
    await mkdir(this.abs(dirRel), { recursive: true });
    const base = rel.slice(rel.lastIndexOf("/") + 1);
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? rel : `${dirRel}/${numberedFileName(base, n)}`;
      if (n > 1 && this.taken.has(candidate.normalize("NFC").toLowerCase())) continue;
      try {
        const handle = await open(this.abs(candidate), "wx");
        await handle.close();
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "EEXIST") continue;
        throw e;
      }
      try {
        await atomicWrite(this.abs(candidate), text, { label: candidate });
      } catch (e) {
        await unlink(this.abs(candidate)).catch(() => undefined);
        throw e;
      }
      this.taken.add(candidate.normalize("NFC").toLowerCase());
      return candidate;
    }
  }
}


/** A new post id: a ULID whose time is the post's own date (now, for dates before 1970). */
export function importedPostId(isoDate: string): string {
  const ms = Date.parse(isoDate);
  return encodeUlid(Number.isFinite(ms) && ms >= 0 ? ms : Date.now(), randomFillSync(new Uint8Array(10)));
}
