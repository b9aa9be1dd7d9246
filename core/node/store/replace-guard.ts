// Replacing a file only if nobody changed it meanwhile. A save reads the file, compares it with the
// editor's base and writes a temp file; another program may edit the file during that time. Right
// before the rename the file is hard-linked aside and checked again, and after the rename the linked
// old version is checked once more (an editor that had the file open may have written into it just
// then): if either check finds another text, that text is put back and the save becomes a conflict.
import type * as nodeFs from "node:fs/promises";
import { errnoOf } from "./errors.js";
import { sha256Hex } from "./hash.js";

/** The file-system functions the guard uses (tests replace some). */
export interface ReplaceGuardFs {
  link: typeof nodeFs.link;
  lstat: typeof nodeFs.lstat;
  readFile: typeof nodeFs.readFile;
  rename: typeof nodeFs.rename;
  unlink: typeof nodeFs.unlink;
}

/** The file changed on disk since the base the write was for: nothing of the other version was lost. */
export class ChangedOnDiskError extends Error {
  readonly code = "ECHANGED";
  constructor() {
    super("The file changed on disk while it was being saved.");
  }
}

/** Errors of link() that mean "this file system has no hard links" (FAT, some network drives). */
const NO_LINKS = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EXDEV", "EMLINK", "EINVAL"]);

/** True when `err` says the file system cannot make hard links. */
export const linksUnsupported = (err: unknown): boolean => NO_LINKS.has(errnoOf(err) ?? "");

/**
 * Renames `temp` over `target` unless `target` no longer has SHA-256 `expectHash`; throws
 * ChangedOnDiskError (temp left for the caller to remove) when it changed before or during the rename.
 */
export async function guardedRename(fs: ReplaceGuardFs, temp: string, target: string, expectHash: string): Promise<void> {
  const previous = previousPathFor(temp);
  let linked = true;
  try {
    await fs.link(target, previous);
  } catch (e) {
    if (!linksUnsupported(e)) throw e;
    linked = false;
  }
  try {
    const before = linked ? previous : target;
    if (sha256Hex(await fs.readFile(before)) !== expectHash) throw new ChangedOnDiskError();
    if (linked) {
      // Replaced by another program's own atomic save since the link: the linked file is no longer it.
      const [a, b] = await Promise.all([fs.lstat(previous), fs.lstat(target)]);
      if (a.ino !== b.ino || a.dev !== b.dev) throw new ChangedOnDiskError();
    }
    await fs.rename(temp, target);
    if (linked && sha256Hex(await fs.readFile(previous)) !== expectHash) {
      // Written into in place just as it was replaced: put that version back, ours stays in the editor.
      await fs.rename(previous, target);
      linked = false;
      throw new ChangedOnDiskError();
    }
  } finally {
    if (linked) await fs.unlink(previous).catch(() => undefined);
  }
}

/** The name of the hard link that keeps the old version during the rename: the temp name with another hex tail (swept like it). */
function previousPathFor(temp: string): string {
  return temp.replace(/\.([0-9a-f]{12})\.tmp$/, (_m, hex: string) => `.${hex.slice(0, 11)}${hex[11] === "f" ? "e" : "f"}.tmp`);
}
