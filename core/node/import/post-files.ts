// Naming and writing imported posts the way the store names new ones: posts/YYYY/YYYY-MM-DD-<slug>.md,
// numbered -2, -3… when the name is taken (on disk, or by an earlier post of this import). The date is
// the post's own (the day it was written where it was written), not the day of the import.
import { randomFillSync } from "node:crypto";
import path from "node:path";
import { encodeUlid, numberedFileName, postFileName } from "../../common/post/index.js";
import { makeDir, POSTS_DIR, writeUniqueFile } from "../store/index.js";
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
   * Writes a new post at `rel`, never over an existing file and never leaving it empty: the text is
   * written to a temp file and then linked to the name in one step (see writeUniqueFile). If someone
   * took the name since it was planned, the next free number is used; the path written is returned.
   */
  async write(rel: string, text: string): Promise<string> {
    const dirRel = rel.slice(0, rel.lastIndexOf("/"));
    const dirAbs = this.abs(dirRel);
    await makeDir(dirAbs);
    const own = this.abs(rel);
    const isTaken = (candidate: string) =>
      candidate !== own && this.taken.has(`${dirRel}/${path.basename(candidate)}`.normalize("NFC").toLowerCase());
    const written = await writeUniqueFile(dirAbs, rel.slice(rel.lastIndexOf("/") + 1), text, rel, isTaken);
    const candidate = `${dirRel}/${path.basename(written)}`;
    this.taken.add(candidate.normalize("NFC").toLowerCase());
    return candidate;
  }
}

/** A new post id: a ULID whose time is the post's own date (now, for dates before 1970). */
export function importedPostId(isoDate: string): string {
  const ms = Date.parse(isoDate);
  return encodeUlid(Number.isFinite(ms) && ms >= 0 ? ms : Date.now(), randomFillSync(new Uint8Array(10)));
}
