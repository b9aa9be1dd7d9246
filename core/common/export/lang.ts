// The language of a page: given (front matter `lang`, the journal's language) or detected from the text.
import { JAPANESE_SHARE } from "./constants.js";

/** Hiragana, katakana (incl. half-width), CJK ideographs and the iteration mark 々 (all in the BMP: one code unit each). */
const isJapaneseChar = (c: number): boolean =>
  c === 0x3005 ||
  (c >= 0x3040 && c <= 0x309f) ||
  (c >= 0x30a0 && c <= 0x30ff) ||
  (c >= 0x31f0 && c <= 0x31ff) ||
  (c >= 0x3400 && c <= 0x4dbf) ||
  (c >= 0x4e00 && c <= 0x9fff) ||
  (c >= 0xf900 && c <= 0xfaff) ||
  (c >= 0xff66 && c <= 0xff9f);
/** Latin letters, with those of Latin-1 and Latin Extended-A/B. */
const isLatinChar = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);
/** A BCP 47 language tag, loosely: "ja", "en-GB", "zh-Hant-TW". */
const LANG_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/**
 * "ja" when at least JAPANESE_SHARE of the letters of `text` are Japanese (kana or kanji; a Japanese
 * character carries about as much as a Latin word, so a Japanese post full of English terms is still
 * Japanese), else "en". Text without letters is "en".
 */
export function detectLang(text: string): "ja" | "en" {
  // Counted in one pass over the code units (no array of matches: this runs over every post's text).
  let japanese = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isJapaneseChar(c)) japanese++;
    else if (isLatinChar(c)) latin++;
  }
  if (japanese === 0) return "en";
  return japanese / (japanese + latin) >= JAPANESE_SHARE ? "ja" : "en";
}

/** `value` as a language tag for `lang=""` when it looks like one, else null. */
export function langTag(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const tag = value.trim();
  return LANG_TAG.test(tag) ? tag : null;
}

/** True when `lang` is Japanese ("ja", "ja-JP", …). */
export function isJapanese(lang: string): boolean {
  return /^ja(?:-|$)/i.test(lang);
}

/** The most common of `langs` (ties: the one seen first); `fallback` when there are none. */
export function majorityLang(langs: readonly string[], fallback: string): string {
  const counts = new Map<string, number>();
  for (const l of langs) counts.set(l, (counts.get(l) ?? 0) + 1);
  let best = fallback;
  let most = 0;
  for (const [l, n] of counts) {
    if (n > most) {
      best = l;
      most = n;
    }
  }
  return best;
}

/** A post's language: its front matter `lang` when valid, else the journal's language, else detected from `text`. */
export function postLang(frontMatterLang: unknown, journalLang: string | null | undefined, text: string): string {
  return langTag(frontMatterLang) ?? langTag(journalLang) ?? detectLang(text);
}
