// Slugs: the part of a file name made from a title. Japanese stays Japanese; what no file system
// accepts (Windows being the strictest) goes.
import { SLUG_MAX_BYTES, UNTITLED_SLUG } from "./constants.js";

// Characters Windows forbids in names, control characters (C0, DEL, C1), and bidi controls that
// would make a name display misleadingly. They separate words like spaces do.
const SEPARATORS = /[<>:"/\\|?*\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]|\s/gu;
const RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\.|$)/i;

/**
 * The slug of `title`, for a file name: NFC, lower case, invalid characters and whitespace turned
 * into single "-", no leading or trailing "-", "." or spaces, never a Windows reserved name, at most
 * `maxBytes` bytes of UTF-8 (never cutting a character); "untitled" when nothing is left.
 */
export function titleSlug(title: string, maxBytes: number = SLUG_MAX_BYTES): string {
  let slug = trimEnds(title.normalize("NFC").toLowerCase().replace(SEPARATORS, "-").replace(/-{2,}/g, "-"));
  slug = trimEnds(cutToBytes(slug, maxBytes));
  if (!slug) return UNTITLED_SLUG;
  return RESERVED.test(slug) ? trimEnds(cutToBytes(`_${slug}`, maxBytes)) : slug;
}

function trimEnds(s: string): string {
  return s.replace(/^[-.\s]+|[-.\s]+$/gu, "");
}

/** The longest prefix of `s` whose UTF-8 encoding fits in `maxBytes` bytes, cut between code points. */
export function cutToBytes(s: string, maxBytes: number): string {
  let bytes = 0;
  let end = 0;
  for (const ch of s) {
    bytes += utf8Length(ch.codePointAt(0) ?? 0);
    if (bytes > maxBytes) break;
    end += ch.length;
  }
  return s.slice(0, end);
}

/** Bytes of UTF-8 needed for code point `cp`. */
export function utf8Length(cp: number): number {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/** The UTF-8 length of `s` in bytes. */
export function utf8ByteLength(s: string): number {
  let n = 0;
  for (const ch of s) n += utf8Length(ch.codePointAt(0) ?? 0);
  return n;
}
