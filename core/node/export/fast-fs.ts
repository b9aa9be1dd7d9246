// Whole-file reads and writes through fs's callback API, as promises. fs/promises' readFile and
// writeFile go through a FileHandle (open, fstat, read in chunks, close: each a round trip through
// the event loop); an export reads and writes thousands of small files, and the callback API does
// the same work in fewer steps (the profile of an export of 1,000 posts spent a fifth of its time there).
import { randomBytes } from "node:crypto";
import { readFile as readFileCb, writeFile as writeFileCb } from "node:fs";
import { rename, unlink } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

/** The bytes of `file`. */
export const readBytes: (file: string) => Promise<Buffer> = promisify(readFileCb) as (file: string) => Promise<Buffer>;

/** Writes `data` to `file` with open flag `flag` ("w" replaces, "wx" fails if it exists). */
export const writeBytes: (file: string, data: string | Uint8Array, options: { flag: string }) => Promise<void> = promisify(writeFileCb);

/**
 * Replaces `file` all at once for readers (a temp file beside it, then a rename), without fsyncs:
 * for files Tsuzuri can always make again (site pages, caches). The temp file is removed if anything fails.
 */
export async function replaceBytes(file: string, data: string | Uint8Array): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeBytes(temp, data, { flag: "wx" });
    await rename(temp, file);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw e;
  }
}
