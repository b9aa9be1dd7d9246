// Errors for people.
import { TsuzuriError } from "../../core/contract/index.js";

/** The message of an error, for people. */
export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** True when the host said the post does not exist. */
export function isNotFound(e: unknown): boolean {
  return e instanceof TsuzuriError && e.code === "not-found";
}
