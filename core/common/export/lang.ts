// The language of a page: given (front matter `lang`, the journal's language) or detected from the text.
import { JAPANESE_SHARE } from "./constants.js";

/** Hiragana, katakana (incl. half-width), CJK ideographs and the iteration mark 々. */
const JAPANESE = /[\u3005\u3040-\u309f\u30a0-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]/gu;
const LATIN = /[A-Za-z\u00c0-\u024f]/g;
/** A BCP 47 language tag, loosely: "ja", "en-GB", "zh-Hant-TW". */
const LANG_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/**
 * "ja" when at least JAPANESE_SHARE of the letters of `text` are Japanese (kana or kanji; a Japanese
 * character carries about as much as a Latin word, so a Japanese post full of English terms is still
 * Japanese), else "en". Text without letters is "en".
 */
export function detectLang(text: string): "ja" | "en" {
  const japanese = text.match(JAPANESE)?.length ?? 0;
  if (japanese === 0) return "en";
  const latin = text.match(LATIN)?.length ?? 0;
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
