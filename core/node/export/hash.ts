// Hashes of export inputs and outputs.
import { createHash } from "node:crypto";

/** SHA-256 (hex) of bytes or a string. */
export function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/** SHA-256 (hex) of JSON of `value` (object keys in insertion order: build inputs in a fixed order). */
export function hashOf(...values: unknown[]): string {
  return sha256(JSON.stringify(values));
}
