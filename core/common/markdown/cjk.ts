// Which characters belong to the scripts written without spaces between words (Chinese, Japanese),
// and which end an auto-detected link.

/** Han, kana and the CJK and full-width punctuation used with them (。、「」（）！ …). */
const CJK_CHAR = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\u3000-\u303f\uff01-\uff60\uffe0-\uffe6]/u;

/** As CJK_CHAR, plus Hangul: characters that are never part of a URL typed into running text. */
const URL_STOP_CHAR = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\u3000-\u303f\uff01-\uff60\uffe0-\uffe6]/u;

/** True when `ch` (one code point) is written without spaces around it, like Japanese. */
export function isCjkChar(ch: string): boolean {
  return CJK_CHAR.test(ch);
}

/** The index of the first character of `text` that cannot belong to a URL typed in running text, or -1. */
export function urlStopIndex(text: string): number {
  return text.search(URL_STOP_CHAR);
}

/** The first code point of `text` ("" when empty). */
export function firstCodePoint(text: string): string {
  const cp = text.codePointAt(0);
  return cp === undefined ? "" : String.fromCodePoint(cp);
}

/** The last code point of `text` ("" when empty). */
export function lastCodePoint(text: string): string {
  if (text === "") return "";
  const last = text.charCodeAt(text.length - 1);
  const isLowSurrogate = last >= 0xdc00 && last <= 0xdfff;
  return text.slice(isLowSurrogate && text.length > 1 ? -2 : -1);
}
