// The access token of a serve session: random, and compared in constant time.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { TOKEN_BYTES } from "./constants.js";

/** A fresh random token, base64url (safe in a URL and a path segment). */
export function createToken(): string {
  return randomBytes(TOKEN_BYTES).toString("base64url");
}

const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();

/** True when `given` equals `expected`; the time taken does not depend on where they differ, nor on length. */
export function tokenMatches(expected: string, given: string | null | undefined): boolean {
  if (typeof given !== "string") return false;
  return timingSafeEqual(digest(expected), digest(given));
}
