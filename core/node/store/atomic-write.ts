// Writing a file so that it is either entirely old or entirely new, even if the power fails:
// temp file in the same folder → write → fsync → rename over the target → fsync the folder.
import * as nodeFs from "node:fs/promises";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { fsError, isMissing } from "./errors.js";

/** The file-system functions atomicWrite uses; tests replace some to simulate failures. */
export interface AtomicWriteFs {
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
}

/**
 * Replaces the contents of `file` with `data` atomically. If the target is a symbolic link the file
 * it points to is replaced (the link stays); an existing file keeps its permission bits. On failure
 * the original file is untouched, no temp file is left, and a TsuzuriError says why ("disk-full",
 * "permission", …).
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
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
  let created = false;
  try {
    const handle = await fs.open(temp, "wx", mode ?? 0o666);
    created = true;
    try {
      await handle.writeFile(data);
      if (mode !== undefined) await handle.chmod(mode).catch(() => undefined);
      if (options.sync !== false) await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
    created = false;
  } catch (e) {
    if (created) await fs.unlink(temp).catch(() => undefined);
    throw fsError(e, "save", label, note);
  }
  if (options.sync !== false) await syncDir(fs, dir);
}

/** Flushes a folder's entries (the rename) to disk where the platform allows it; never fails. */
export async function syncDir(fs: Pick<AtomicWriteFs, "open">, dir: string): Promise<void> {
  try {
    const handle = await fs.open(dir, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows cannot open folders, some file systems cannot fsync them: the rename is still done.
  }
}
