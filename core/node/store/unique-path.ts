// Claiming a file name that nobody else has, without races: a hard link (or O_EXCL) creates the name
// or fails, and never replaces another file.
import * as nodeFs from "node:fs/promises";
import path from "node:path";
import { TsuzuriError } from "../../contract/index.js";
import { numberedFileName } from "../../common/post/index.js";
import { syncDir, tempPathFor, writeTempFile } from "./atomic-write.js";
import { MAX_NAME_ATTEMPTS } from "./constants.js";
import { errnoOf, fsError, isMissing } from "./errors.js";
import { linksUnsupported } from "./replace-guard.js";

/** The candidates `dir/fileName`, `dir/<name>-2.<ext>`, `-3`…, without those `skip` rules out. */
function* candidates(dir: string, fileName: string, skip?: (candidate: string) => boolean): Generator<string> {
  for (let n = 1; n <= MAX_NAME_ATTEMPTS; n++) {
    const candidate = path.join(dir, numberedFileName(fileName, n));
    if (!skip?.(candidate)) yield candidate;
  }
}

const noFreeName = (dir: string, fileName: string) =>
  new TsuzuriError("exists", `No free file name like ${fileName} in ${path.basename(dir)}.`);

/**
 * Creates an empty file at the first free name among `dir/fileName`, `dir/<name>-2.<ext>`, `-3`…
 * (exclusive create, so two writers never get the same name) and returns its full path.
 * `skip` names (full paths) are never taken even if free. For files that get their content later
 * (an image being downloaded); a post is written with writeUniqueFile, never empty.
 */
export async function reserveUniqueFile(dir: string, fileName: string, skip?: (candidate: string) => boolean): Promise<string> {
  for (const candidate of candidates(dir, fileName, skip)) {
    try {
      const handle = await nodeFs.open(candidate, "wx");
      await handle.close();
      return candidate;
    } catch (e) {
      if (errnoOf(e) !== "EEXIST") throw e;
    }
  }
  throw noFreeName(dir, fileName);
}

/**
 * Gives `from` the name `to` unless a file has it: "linked" by a hard link (which never replaces a
 * file; `from` keeps its name too, for the caller to remove, so a crash in between loses nothing), or
 * where the file system has none, "moved" by a rename after checking the name is free; "taken" when it is not.
 */
async function claimName(from: string, to: string): Promise<"linked" | "moved" | "taken"> {
  try {
    await nodeFs.link(from, to);
    return "linked";
  } catch (e) {
    if (errnoOf(e) === "EEXIST") return "taken";
    if (!linksUnsupported(e)) throw e;
  }
  try {
    await nodeFs.lstat(to);
    return "taken";
  } catch (e) {
    if (!isMissing(e)) throw e;
  }
  await nodeFs.rename(from, to);
  return "moved";
}

/**
 * Writes `data` as a new file at the first free name like `dir/fileName` (see reserveUniqueFile) in
 * one atomic step: the content goes to a temp file that is fsynced and then linked to the name, so the
 * name never exists empty or half written, even after a crash (the temp file is then swept on the
 * next open). Returns the full path. Errors are TsuzuriErrors naming the file by `label`; `skip`
 * names (full paths) are never taken even if free.
 */
export async function writeUniqueFile(
  dir: string,
  fileName: string,
  data: string | Uint8Array,
  label = fileName,
  skip?: (candidate: string) => boolean,
): Promise<string> {
  const temp = tempPathFor(path.join(dir, fileName));
  try {
    await writeTempFile(nodeFs, temp, data, undefined, true);
  } catch (e) {
    throw fsError(e, "create", label, "Nothing was written.");
  }
  try {
    for (const candidate of candidates(dir, fileName, skip)) {
      if ((await claimName(temp, candidate)) === "taken") continue;
      try {
        await syncDir(nodeFs, dir);
      } catch (e) {
        // Not known to be on disk: the name is given up again, so that "nothing was written" holds.
        await nodeFs.unlink(candidate).catch(() => undefined);
        throw e;
      }
      return candidate;
    }
    throw noFreeName(dir, fileName);
  } catch (e) {
    throw fsError(e, "create", label, "Nothing was written.");
  } finally {
    await nodeFs.unlink(temp).catch(() => undefined);
  }
}

/**
 * Moves `from` to a free name like `dir/fileName` (never replacing another file) and returns the new
 * full path. The new name is linked first and the old one removed after; if that fails the new name
 * is released and `from` stays where it was. A crash in between leaves the file under both names.
 */
export async function moveToUniqueFile(from: string, dir: string, fileName: string): Promise<string> {
  for (const to of candidates(dir, fileName, (c) => c === from)) {
    const how = await claimName(from, to);
    if (how === "taken") continue;
    if (how === "linked") {
      try {
        await nodeFs.unlink(from);
      } catch (e) {
        await nodeFs.unlink(to).catch(() => undefined);
        throw e;
      }
    }
    await syncDir(nodeFs, dir);
    if (path.dirname(from) !== dir) await syncDir(nodeFs, path.dirname(from));
    return to;
  }
  throw noFreeName(dir, fileName);
}
