// What search normalisation does to each character: NFKC, lower case, katakana as hiragana, no
// emoji variation selectors. One table for the Basic Multilingual Plane, made once on first use.
import { hiraganaCode } from "../tags/index.js";

const FINAL_SIGMA = 0x03c2; // ς folds to σ like Σ does
const SIGMA = 0x03c3;
const VARIATION_SELECTOR_15 = 0xfe0e;
const VARIATION_SELECTOR_16 = 0xfe0f;
const HALFWIDTH_VOICED = 0xff9e; // ﾞ and ﾟ: NFKC makes them combining marks that join the kana before
const HALFWIDTH_SEMI_VOICED = 0xff9f;
const MARK = /\p{M}/u;

/** Folds one character (a code point) that NFKC has already normalised. */
function foldCodePoint(cp: string): string {
  const lower = cp.toLowerCase();
  let out = "";
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c === VARIATION_SELECTOR_15 || c === VARIATION_SELECTOR_16) continue;
    out += String.fromCharCode(c === FINAL_SIGMA ? SIGMA : hiraganaCode(c));
  }
  return out;
}

/**
 * The search form of a segment of text (a character and the combining marks that follow it):
 * NFKC, then per code point lower case, ς → σ, katakana → hiragana, without U+FE0E/U+FE0F.
 * The long-vowel mark ー is kept. This is the one definition of search normalisation.
 */
export function foldSegment(segment: string): string {
  let out = "";
  for (const cp of segment.normalize("NFKC")) out += foldCodePoint(cp);
  return out;
}

/** True when the UTF-16 unit `c` joins the character before it under NFKC (a combining mark, ﾞ, ﾟ, a Hangul vowel or final jamo). */
function joinsPrevious(c: number, ch: string): boolean {
  return (
    MARK.test(ch) || c === HALFWIDTH_VOICED || c === HALFWIDTH_SEMI_VOICED || (c >= 0x1160 && c <= 0x11ff) || (c >= 0xd7b0 && c <= 0xd7ff)
  );
}

/** Flag in FOLD_INFO: the unit folds to exactly one unit (in FOLD_IMAGE) when it stands alone. */
export const SIMPLE = 1;
/** Flag in FOLD_INFO: the unit joins the character before it (see joinsPrevious). */
export const JOINS = 2;

/** Flag in FOLD_INFO: the unit has not been looked at yet; call learnFold for its flags. */
export const UNKNOWN = 4;

// Filled one unit at a time as text meets it (a run of the CLI meets a few hundred units; building
// all 65,536 up front cost ~20 ms, a fifth of `tsuzuri search`).
const info = new Uint8Array(0x10000).fill(UNKNOWN);
const image = new Uint16Array(0x10000);

/** Works out, records and returns the flags of UTF-16 unit `c` (see UNKNOWN). */
export function learnFold(c: number): number {
  let flags = 0;
  if (c < 0xd800 || c > 0xdfff) {
    // Surrogates keep 0: always the slow path.
    const ch = String.fromCharCode(c);
    if (joinsPrevious(c, ch)) flags |= JOINS;
    const folded = foldSegment(ch);
    if (folded.length === 1 && !(flags & JOINS)) {
      flags |= SIMPLE;
      image[c] = folded.charCodeAt(0);
    }
  }
  info[c] = flags;
  return flags;
}

/** Per UTF-16 unit: SIMPLE and JOINS flags, or UNKNOWN until learnFold has seen the unit. */
export function foldInfo(): Uint8Array {
  return info;
}

/** Per UTF-16 unit with SIMPLE: the unit it folds to. */
export function foldImage(): Uint16Array {
  return image;
}
