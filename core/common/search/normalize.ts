// Search normalisation: one form for ｋ８ｓ and k8s, ｶﾀｶﾅ, カタカナ and かたかな, Kubernetes and kubernetes.
import { isFoldedKatakana, KANA_OFFSET } from "../tags/index.js";
import { stringOfCodes } from "./codes.js";
import { foldImage, foldInfo, foldSegment, JOINS, learnFold, SIMPLE, UNKNOWN } from "./fold-table.js";
import { NormalizedText } from "./normalized-text.js";

/** Builds the normalised units, the flip bits and the exceptions of one text. */
class Builder {
  out: Uint16Array;
  length = 0;
  flips: Uint8Array | null = null;
  readonly exceptions: number[] = [];
  readonly exceptionText: string[] = [];
  private exceptionTextLength = 0;

  constructor(capacity: number) {
    this.out = new Uint16Array(Math.max(16, capacity));
  }

  reserve(n: number): void {
    if (this.length + n <= this.out.length) return;
    const bigger = new Uint16Array(Math.max(this.out.length * 2, this.length + n));
    bigger.set(this.out);
    this.out = bigger;
  }

  flip(at: number): void {
    const need = (this.out.length >> 3) + 1;
    if (!this.flips || this.flips.length < need) {
      const bigger = new Uint8Array(need);
      if (this.flips) bigger.set(this.flips);
      this.flips = bigger;
    }
    this.flips[at >> 3] = (this.flips[at >> 3] as number) | (1 << (at & 7));
  }

  /** Records that original [from, to) (text `original`) became normalised [start, end). */
  exception(start: number, end: number, from: number, original: string): void {
    const ex = this.exceptions;
    const n = ex.length;
    this.exceptionText.push(original);
    this.exceptionTextLength += original.length;
    if (n > 0 && ex[n - 3] === start && (ex[n - 2] as number) + this.lastPieceLength() === from) {
      ex[n - 3] = end; // adjacent to the previous exception: one exception
      ex[n - 1] = this.exceptionTextLength;
      return;
    }
    ex.push(start, end, from, this.exceptionTextLength);
  }

  private lastPieceLength(): number {
    const ex = this.exceptions;
    const n = ex.length;
    return (ex[n - 1] as number) - (n >= 8 ? (ex[n - 5] as number) : 0);
  }

  finish(originalLength: number): NormalizedText {
    const text = stringOfCodes(this.out, this.length);
    const flips = this.flips ? this.flips.slice(0, (this.length >> 3) + 1) : null;
    const exceptions = this.exceptions.length ? Uint32Array.from(this.exceptions) : null;
    return new NormalizedText(text, originalLength, flips, exceptions, this.exceptionText.join(""));
  }
}

/**
 * The search form of `text`, which remembers the original (see NormalizedText). Each character
 * with the combining marks after it (ﾞ and ﾟ included) is normalised on its own: NFKC, lower case
 * (ς as σ), katakana as hiragana, emoji variation selectors dropped; the long-vowel mark ー stays.
 * So ｋ８ｓ → k8s, ｶﾀｶﾅ and カタカナ → かたかな, ＤＤＤ → ddd, ｶﾞ → が, ㈱ → (株).
 * Everything else, line breaks and U+0000 included, is kept as it is.
 */
export function normalizeForSearch(text: string): NormalizedText {
  const info = foldInfo();
  const image = foldImage();
  const n = text.length;
  const b = new Builder(n);
  for (let i = 0; i < n;) {
    const c = text.charCodeAt(i);
    let j = i + 1;
    if (c >= 0xd800 && c <= 0xdbff && j < n) {
      const d = text.charCodeAt(j);
      if (d >= 0xdc00 && d <= 0xdfff) j++;
    }
    while (j < n) {
      const u = text.charCodeAt(j);
      let f = info[u] as number;
      if (f & UNKNOWN) f = learnFold(u);
      if (!(f & JOINS)) break;
      j++;
    }
    let flags = info[c] as number;
    if (flags & UNKNOWN) flags = learnFold(c);
    if (j === i + 1 && flags & SIMPLE) {
      const v = image[c] as number;
      b.reserve(1);
      b.out[b.length] = v;
      if (v !== c) {
        if ((c >= 0x41 && c <= 0x5a && v === c + 0x20) || (isFoldedKatakana(c) && v === c - KANA_OFFSET)) b.flip(b.length);
        else b.exception(b.length, b.length + 1, i, text.charAt(i));
      }
      b.length++;
    } else {
      const segment = text.slice(i, j);
      const folded = foldSegment(segment);
      b.reserve(folded.length);
      for (let k = 0; k < folded.length; k++) b.out[b.length + k] = folded.charCodeAt(k);
      if (folded !== segment) b.exception(b.length, b.length + folded.length, i, segment);
      b.length += folded.length;
    }
    i = j;
  }
  return b.finish(n);
}

/** The normalised text alone (for queries, and wherever the original is not needed). */
export function foldForSearch(text: string): string {
  return normalizeForSearch(text).text;
}
