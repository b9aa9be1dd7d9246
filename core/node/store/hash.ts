// Content hashes: what a save names as its base to detect changes made elsewhere.
import { createHash } from "node:crypto";

/** SHA-256 of `data`, hex. */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}
