// Hiragana and katakana as one: カメラ, かめら and ｶﾒﾗ (after NFKC) compare equal once folded.

const KATAKANA_FIRST = 0x30a1; // ァ
const KATAKANA_LAST = 0x30f6; // ヶ
const KATAKANA_ITERATION = 0x30fd; // ヽ (ヾ follows)
/** Distance from a katakana to its hiragana in Unicode. */
export const KANA_OFFSET = 0x60;

/** The hiragana of a katakana UTF-16 code unit (ァ..ヶ, ヽ, ヾ), else the unit itself. The long-vowel mark ー stays. */
export function hiraganaCode(code: number): number {
  return (code >= KATAKANA_FIRST && code <= KATAKANA_LAST) || code === KATAKANA_ITERATION || code === KATAKANA_ITERATION + 1
    ? code - KANA_OFFSET
    : code;
}

/** True when `code` is a katakana that `hiraganaCode` folds. */
export function isFoldedKatakana(code: number): boolean {
  return hiraganaCode(code) !== code;
}

/** `text` with every katakana turned into hiragana (full-width only: apply NFKC first for ｶﾀｶﾅ). */
export function toHiragana(text: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const h = hiraganaCode(c);
    if (h !== c) {
      out += text.slice(from, i) + String.fromCharCode(h);
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}
