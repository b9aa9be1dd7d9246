// Text in its search form that still knows the original: offsets map back, and any part can be
// restored exactly, without keeping a second copy of the text.
import { KANA_OFFSET } from "../tags/index.js";
import { stringOfCodes } from "./codes.js";

/** A part of the original text, restored (see NormalizedText#restore). */
export interface RestoredSlice {
  /** The original text of the part. */
  text: string;
  /** Start and end of the part in normalised offsets (widened so no folded character is cut in two). */
  from: number;
  to: number;
  /** Where `text` starts in the original. */
  originalFrom: number;
}

const CASE_OFFSET = 0x20;

/** Everything of a NormalizedText but its text (see its constructor), to save it and make it again. */
export interface NormalizedParts {
  originalLength: number;
  flips: Uint8Array | null;
  exceptions: Uint32Array | null;
  exceptionText: string;
}

/**
 * Normalised text (see normalizeForSearch) with what it takes to get the original back: a bit per
 * normalised unit saying "this was upper case (A–Z) or katakana", and the few places the rest of
 * normalisation changed ("exceptions": full-width forms, ｶﾞ → が, ㈱ → (株), …), each with its
 * original text. Restoring is exact: `original()` returns the text that was normalised.
 */
export class NormalizedText {
  /**
   * @param text the normalised text
   * @param originalLength length of the original text
   * @param flips bit i set: unit i of `text` was A–Z or katakana (null: none was)
   * @param exceptions four numbers per exception, in order: normalised start and end, original start, end of its original text in `exceptionText`
   * @param exceptionText the original text of every exception, one after the other
   */
  constructor(
    readonly text: string,
    readonly originalLength: number,
    private readonly flips: Uint8Array | null,
    private readonly exceptions: Uint32Array | null,
    private readonly exceptionText: string,
  ) {}

  /** What it takes besides `text` to make this again. */
  parts(): NormalizedParts {
    return { originalLength: this.originalLength, flips: this.flips, exceptions: this.exceptions, exceptionText: this.exceptionText };
  }

  /** Memory held besides `text` (bytes, approximate). */
  get overheadBytes(): number {
    return (this.flips?.byteLength ?? 0) + (this.exceptions?.byteLength ?? 0) + this.exceptionText.length * 2;
  }

  /** The original text. */
  original(): string {
    return this.restore(0, this.text.length).text;
  }

  /**
   * The original offset of normalised offset `offset`. Inside a character that normalisation
   * changed in length, "start" gives where that character starts and "end" where it ends.
   */
  toOriginal(offset: number, side: "start" | "end" = "start"): number {
    const ex = this.exceptions;
    if (!ex) return offset;
    // Last exception starting at or before `offset`.
    let lo = 0;
    let hi = ex.length / 4 - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((ex[mid * 4] as number) <= offset) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (k === -1) return offset;
    const start = ex[k * 4] as number;
    const end = ex[k * 4 + 1] as number;
    const originalStart = ex[k * 4 + 2] as number;
    const originalEnd = originalStart + this.pieceLength(k);
    if (offset === start && side === "start") return originalStart;
    if (offset < end) return side === "start" ? originalStart : originalEnd;
    return originalEnd + (offset - end);
  }

  /** The original of normalised [from, to), widened to whole exceptions. */
  restore(from: number, to: number): RestoredSlice {
    const ex = this.exceptions;
    const count = ex ? ex.length / 4 : 0;
    let k = 0;
    if (ex) {
      // Widen to whole exceptions, and find the first exception that reaches into the slice.
      while (k < count && ((ex[k * 4 + 1] as number) < from || ((ex[k * 4 + 1] as number) === from && (ex[k * 4] as number) < from))) k++;
      if (k < count && (ex[k * 4] as number) < from) from = ex[k * 4] as number;
      for (let j = k; j < count && (ex[j * 4] as number) < to; j++) to = Math.max(to, ex[j * 4 + 1] as number);
    }
    const parts: string[] = [];
    let pos = from;
    while (ex && k < count) {
      const start = ex[k * 4] as number;
      const end = ex[k * 4 + 1] as number;
      if (start > to || (start === to && end > start)) break;
      parts.push(this.plain(pos, start), this.piece(k));
      pos = end;
      k++;
    }
    parts.push(this.plain(pos, to));
    return { text: parts.join(""), from, to, originalFrom: this.toOriginal(from, "start") };
  }

  private pieceLength(k: number): number {
    const ex = this.exceptions as Uint32Array;
    return (ex[k * 4 + 3] as number) - (k === 0 ? 0 : (ex[k * 4 - 1] as number));
  }

  private piece(k: number): string {
    const ex = this.exceptions as Uint32Array;
    return this.exceptionText.slice(k === 0 ? 0 : (ex[k * 4 - 1] as number), ex[k * 4 + 3] as number);
  }

  /** Normalised [from, to) with no exception in it, flips undone. */
  private plain(from: number, to: number): string {
    const flips = this.flips;
    const slice = this.text.slice(from, to);
    if (!flips) return slice;
    let codes: number[] | null = null;
    for (let i = from; i < to; i++) {
      if (!((flips[i >> 3] as number) & (1 << (i & 7)))) continue;
      codes ??= Array.from({ length: to - from }, (_, j) => slice.charCodeAt(j));
      const c = codes[i - from] as number;
      codes[i - from] = c >= 0x61 && c <= 0x7a ? c - CASE_OFFSET : c + KANA_OFFSET;
    }
    return codes ? stringOfCodes(codes) : slice;
  }
}
