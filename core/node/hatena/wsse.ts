// WSSE UsernameToken authentication, as Hatena uses it: PasswordDigest = Base64(SHA1(nonce + created
// + API key)), with a fresh random nonce for every request (a server refuses a nonce seen before).
import { createHash, randomBytes } from "node:crypto";

/** The parts of one token; tests give their own nonce and time. */
export interface WsseParts {
  nonce?: Uint8Array;
  created?: Date;
}

/** The value of an X-WSSE header for `user` with `key`. */
export function wsseHeader(user: string, key: string, parts: WsseParts = {}): string {
  const nonce = Buffer.from(parts.nonce ?? randomBytes(20));
  const created = (parts.created ?? new Date()).toISOString().replace(/\.\d{3}Z$/, "Z");
  const digest = createHash("sha1")
    .update(Buffer.concat([nonce, Buffer.from(created + key, "utf8")]))
    .digest("base64");
  return `UsernameToken Username="${user}", PasswordDigest="${digest}", Nonce="${nonce.toString("base64")}", Created="${created}"`;
}

/** The value of an Authorization header for Basic authentication (Hatena ID and API key). */
export function basicHeader(user: string, key: string): string {
  return "Basic " + Buffer.from(`${user}:${key}`, "utf8").toString("base64");
}
