// Whole-file reads and writes through fs's callback API, as promises. fs/promises' readFile and
// writeFile go through a FileHandle (open, fstat, read in chunks, close: each a round trip through
// the event loop); an export reads and writes thousands of small files, and the callback API does
// the same work in fewer steps (the profile of an export of 1,000 posts spent a fifth of its time there).
import { readFile as readFileCb, writeFile as writeFileCb } from "node:fs";
import { promisify } from "node:util";

/** The bytes of `file`. */
export const readBytes: (file: string) => Promise<Buffer> = promisify(readFileCb) as (file: string) => Promise<Buffer>;

/** Writes `data` to `file` with open flag `flag` ("w" replaces, "wx" fails if it exists). */
export const writeBytes: (file: string, data: string | Uint8Array, options: { flag: string }) => Promise<void> = promisify(writeFileCb);
