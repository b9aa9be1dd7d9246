// File-system errors of an export, as TsuzuriErrors a person can act on.
import { TsuzuriError } from "../../contract/index.js";
import { fsError } from "../store/index.js";
import { INCOMPLETE_NOTE } from "./constants.js";

/** The `code` of a Node system error, or undefined. */
function errno(err: unknown): string | undefined {
  return typeof err === "object" && err !== null && "code" in err && typeof err.code === "string" ? err.code : undefined;
}

/** True for "no such file or folder". */
export function isMissing(err: unknown): boolean {
  const code = errno(err);
  return code === "ENOENT" || code === "ENOTDIR";
}

/**
 * A TsuzuriError for a file-system failure to `action` `what` during an export, ending with `note`
 * (by default: the export is incomplete). Aborts pass through, and so do TsuzuriErrors when there is no note.
 */
export function exportError(err: unknown, action: string, what: string, note: string = INCOMPLETE_NOTE): unknown {
  if (err instanceof Error && err.name === "AbortError") return err;
  if (err instanceof TsuzuriError)
    return note === "" || err.message.endsWith(note) ? err : new TsuzuriError(err.code, `${err.message} ${note}`);
  return fsError(err, action, what, note);
}
