// Writing a file so that it is either entirely old or entirely new, even if the power fails:
// temp file in the same folder → write → fsync → rename over the target → fsync the folder.
import * as nodeFs from "node:fs/promises";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { TsuzuriError } from "../../contract/index.js";
import { errnoOf, fsError, isMissing } from "./errors.js";
import { ChangedOnDiskError, guardedRename, type ReplaceGuardFs } from "./replace-guard.js";

/** The file-system functions atomicWrite uses; tests replace some to simulate failures. */
export interface AtomicWriteFs extends ReplaceGuardFs {
  open: typeof nodeFs.open;
  rename: typeof nodeFs.rename;
  unlink: typeof nodeFs.unlink;
  stat: typeof nodeFs.stat;
  realpath: typeof nodeFs.realpath;
}

/** Options of atomicWrite. */
export interface AtomicWriteOptions {
  /** How the file is named in error messages (e.g. its path in the journal). Default: its full path. */
  label?: string;
  /** Replacements for file-system functions (tests). */
  fs?: Partial<AtomicWriteFs>;
  /**
   * Whether to fsync the file and its folder (default true). Only for files that can be made again
   * from other data (export output): without it the write is still all-or-nothing for readers
   * (temp file + rename), but after a power failure the file may be old, empty or missing.
   */
  sync?: boolean;
  /**
   * The SHA-256 the file must still have when it is replaced (a save's base): checked right before
   * the rename and again after it (see replace-guard). If another program changed the file meanwhile,
   * its version stays on disk and atomicWrite throws ChangedOnDiskError.
   */
  expectHash?: string;
}

/** The temp file name atomicWrite uses beside `target`: `.<name>.<12 hex>.tmp` (swept on the next open when left by a crash). */
export function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
}

/** True for the name of a temp file atomicWrite (or writeUniqueFile) makes for a post: `.<name>.md.<12 hex>.tmp`. */
export function isPostTempName(name: string): boolean {
  return /^\..+\.md\.[0-9a-f]{12}\.tmp$/i.test(name);
}

/** True when a file of mode `mode` is marked read-only (no write bit at all, as chmod 444 or the Windows read-only flag leave it). */
export const isReadOnlyMode = (mode: number): boolean => (mode & 0o222) === 0;

/**
 * Replaces the contents of `file` with `data` atomically. If the target is a symbolic link the file
 * it points to is replaced (the link stays); an existing file keeps its permission bits, and a file
 * marked read-only is refused. On failure the original file is untouched, no temp file is left, and a
 * TsuzuriError says why ("disk-full", "permission", …), naming the file by `label`, never the temp file.
 */
export async function atomicWrite(file: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const fs: AtomicWriteFs = { ...nodeFs, ...options.fs };
  const label = options.label ?? file;
  const note = "The file on disk was not changed.";
  let target = file;
  let mode: number | undefined;
  try {
    target = await fs.realpath(file);
    mode = (await fs.stat(target)).mode & 0o7777;
  } catch (e) {
    if (!isMissing(e)) throw fsError(e, "save", label, note);
  }
  if (mode !== undefined && isReadOnlyMode(mode)) {
    throw new TsuzuriError(
      "permission",
      `Could not save ${label}: the file is marked read-only, so Tsuzuri does not overwrite it. ${note} Make it writable (in its properties or with chmod u+w) and save again.`,
    );
  }
  const dir = path.dirname(target);
  const temp = tempPathFor(target);
  let created = false;
  try {
    await writeTempFile(fs, temp, data, mode, options.sync !== false);
    created = true;
    if (options.expectHash !== undefined && mode !== undefined) await guardedRename(fs, temp, target, options.expectHash);
    else await fs.rename(temp, target);
    created = false;
  } catch (e) {
    if (created) await fs.unlink(temp).catch(() => undefined);
    if (e instanceof ChangedOnDiskError) throw e;
    throw fsError(e, "save", label, note);
  }
  if (options.sync !== false)
    await syncDir(fs, dir).catch((e: unknown) =>
      Promise.reject(
        fsError(e, "save", label, "The new text is in place, but the disk may not have kept it: check the disk and save again."),
      ),
    );
}

/** Creates `temp` (exclusively) holding `data`, fsynced when `sync`; a temp file that failed half-way is removed. */
export async function writeTempFile(
  fs: Pick<AtomicWriteFs, "open" | "unlink">,
  temp: string,
  data: string | Uint8Array,
  mode: number | undefined,
  sync: boolean,
): Promise<void> {
  const handle = await fs.open(temp, "wx", mode ?? 0o666);
  try {
    try {
      await handle.writeFile(data);
      if (mode !== undefined) await handle.chmod(mode).catch(() => undefined);
      if (sync) await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (e) {
    await fs.unlink(temp).catch(() => undefined);
    throw e;
  }
}

/** Errors that mean "this platform or file system cannot fsync a folder", not that the disk failed. */
const NO_DIR_SYNC = new Set(["EISDIR", "EINVAL", "ENOTSUP", "EOPNOTSUPP", "EPERM", "EACCES", "EBADF", "ENOSYS"]);

/**
 * Flushes a folder's entries (a rename, a new name) to disk. Where the platform cannot (Windows
 * cannot open folders, some file systems cannot fsync them) that is no error; a real failure (EIO)
 * is thrown, since the rename may then not survive a power failure.
 */
export async function syncDir(fs: Pick<AtomicWriteFs, "open">, dir: string): Promise<void> {
  let handle: nodeFs.FileHandle;
  try {
    handle = await fs.open(dir, "r");
  } catch (e) {
    if (NO_DIR_SYNC.has(errnoOf(e) ?? "")) return;
    throw e;
  }
  try {
    await handle.sync();
  } catch (e) {
    if (!NO_DIR_SYNC.has(errnoOf(e) ?? "")) throw e;
  } finally {
    await handle.close().catch(() => undefined);
  }
}
