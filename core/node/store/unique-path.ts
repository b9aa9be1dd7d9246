// Claiming a file name that nobody else has, without races: O_EXCL creates it or fails.
import { open, rename, unlink } from "node:fs/promises";
import path from "node:path";
import { TsuzuriError } from "../../contract/index.js";
import { numberedFileName } from "../../common/post/index.js";
import { MAX_NAME_ATTEMPTS } from "./constants.js";
import { errnoOf } from "./errors.js";

/**
 * Creates an empty file at the first free name among `dir/fileName`, `dir/<name>-2.<ext>`, `-3`…
 * (exclusive create, so two writers never get the same name) and returns its full path.
 * `skip` names (full paths) are never taken even if free.
 */
export async function reserveUniqueFile(dir: string, fileName: string, skip?: (candidate: string) => boolean): Promise<string> {
  for (let n = 1; n <= MAX_NAME_ATTEMPTS; n++) {
    const candidate = path.join(dir, numberedFileName(fileName, n));
    if (skip?.(candidate)) continue;
    try {
      const handle = await open(candidate, "wx");
      await handle.close();
      return candidate;
    } catch (e) {
      if (errnoOf(e) !== "EEXIST") throw e;
    }
  }
  throw new TsuzuriError("exists", `No free file name like ${fileName} in ${dir}.`);
}

/**
 * Moves `from` to a free name like `dir/fileName` (never replacing another file) and returns the
 * new full path. If the move fails, `from` stays where it was and the claimed name is released.
 */
export async function moveToUniqueFile(from: string, dir: string, fileName: string): Promise<string> {
  const to = await reserveUniqueFile(dir, fileName, (c) => c === from);
  try {
    await rename(from, to);
  } catch (e) {
    await unlink(to).catch(() => undefined);
    throw e;
  }
  return to;
}
