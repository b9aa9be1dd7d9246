// Source identities: what an imported post remembers of where it came from, so that importing the
// same source again finds it instead of making a duplicate. An identity names the source entry, not
// the post's text, so it survives any edit of the imported post.
import { IDENTITY_HASH_DIGITS } from "./constants.js";

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = (1n << 64n) - 1n;

/** The 64-bit FNV-1a hash of the code points of `text`, as 16 hex digits. Stable everywhere; not cryptographic. */
export function fnv1a64(text: string): string {
  let h = FNV_OFFSET;
  for (const ch of text) {
    h ^= BigInt(ch.codePointAt(0) ?? 0);
    h = (h * FNV_PRIME) & MASK_64;
  }
  return h.toString(16).padStart(16, "0");
}

/**
 * The identity of a Movable Type entry: `mt:<BASENAME>` when it has one (Hatena always writes one),
 * else `mt:<date>:<hash of the title>`.
 */
export function mtIdentity(basename: string | null, isoDate: string, title: string): string {
  if (basename !== null && basename.trim() !== "") return `mt:${basename.trim()}`;
  return `mt:${isoDate}:${fnv1a64(title).slice(0, IDENTITY_HASH_DIGITS)}`;
}

/** The identity of a Markdown file: `md:<path relative to the imported folder>` (NFC, "/"-separated). */
export function markdownIdentity(relPath: string): string {
  return `md:${relPath.normalize("NFC")}`;
}

/**
 * The identity of one Markdown file imported alone: `md:<file name> sha256:<start of the SHA-256 of its
 * bytes, hex>`. Two files of one name with different text are two posts; the same file again is found.
 * No folder is named: front matter goes to other machines, and a home folder's name is nobody's business.
 */
export function oneFileIdentity(fileName: string, sha256Hex: string): string {
  return `${markdownIdentity(fileName)} sha256:${sha256Hex.slice(0, IDENTITY_HASH_DIGITS)}`;
}

/**
 * The identities made unique in order: the second occurrence of `x` becomes `x#2`, the third `x#3`.
 * Two entries of one file that look alike (same basename, or same date and title) stay two posts,
 * and importing the file again numbers them the same way.
 */
export function numberRepeats(identities: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return identities.map((id) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}#${n}`;
  });
}
