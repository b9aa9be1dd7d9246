// Errors for people.
import { TsuzuriError } from "../../core/contract/index.js";

export { messageOf } from "../../core/common/error-message.js";

/** True when the host said the post does not exist. */
export function isNotFound(e: unknown): boolean {
  return e instanceof TsuzuriError && e.code === "not-found";
}
