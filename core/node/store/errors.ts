// File-system errors turned into TsuzuriErrors with a message a person can act on.
import { TsuzuriError, type ErrorCode } from "../../contract/index.js";

/** The `code` of a Node system error (ENOENT, ENOSPC…), or undefined. */
export function errnoOf(err: unknown): string | undefined {
  return typeof err === "object" && err !== null && "code" in err && typeof err.code === "string" ? err.code : undefined;
}

const KINDS: Record<string, [ErrorCode, string]> = {
  ENOSPC: ["disk-full", "the disk is full"],
  EDQUOT: ["disk-full", "the disk quota is used up"],
  EACCES: ["permission", "permission was denied"],
  EPERM: ["permission", "the operation was not permitted (is the file open or locked by another program?)"],
  EROFS: ["permission", "the disk is read-only"],
  EBUSY: ["io", "the file is in use by another program"],
  ENOENT: ["not-found", "it does not exist (was it moved or deleted?)"],
  ENOTDIR: ["not-found", "a folder on its path is missing or is a file"],
  EEXIST: ["exists", "a file of that name already exists"],
  EISDIR: ["invalid-argument", "it is a folder, not a file"],
  ENAMETOOLONG: ["invalid-argument", "the name is too long"],
  EMFILE: ["io", "too many files are open"],
  ENFILE: ["io", "too many files are open"],
  EIO: ["io", "the disk reported a read or write error (it may be failing, full of errors or disconnected)"],
  ENXIO: ["io", "the device is not available (was a disk unplugged?)"],
  ESTALE: ["io", "the network folder lost track of the file"],
  ETIMEDOUT: ["io", "the disk or network folder did not answer in time"],
  ELOOP: ["invalid-argument", "it is a loop of symbolic links"],
  EFBIG: ["disk-full", "the file is larger than the disk allows"],
  EXDEV: ["io", "it would have to move to another disk"],
  ENOTEMPTY: ["exists", "a folder of that name is in the way"],
};

/**
 * A TsuzuriError for `err` raised while trying to `action` (e.g. "save") `what` (e.g. a post's path).
 * `note` is added to the message (e.g. "The file on disk was not changed."). TsuzuriErrors pass through.
 */
export function fsError(err: unknown, action: string, what: string, note = ""): TsuzuriError {
  if (err instanceof TsuzuriError) return err;
  const errno = errnoOf(err);
  const known = errno ? KINDS[errno] : undefined;
  // A system error's own message names the path it failed on, which may be a temp file the person
  // never saw: only its code is shown. Other errors (ours) say what they mean.
  const why = known ? `${known[1]} (${errno})` : errno ? `the system reported ${errno}` : err instanceof Error ? err.message : String(err);
  return new TsuzuriError(known?.[0] ?? "io", `Could not ${action} ${what}: ${why}.${note ? " " + note : ""}`);
}

/** True for errors that mean "the file is not there". */
export function isMissing(err: unknown): boolean {
  const e = errnoOf(err);
  return e === "ENOENT" || e === "ENOTDIR";
}
