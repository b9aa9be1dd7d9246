// Snippets: a short piece of the original body around the first match, with every match in it
// marked, so a result list can show why a post was found.
import { SNIPPET_BEFORE, SNIPPET_LENGTH } from "./constants.js";
import type { NormalizedText } from "./normalized-text.js";

/** A range [from, to) of UTF-16 offsets into a string. */
export type TextRange = readonly [from: number, to: number];

/** A piece of a post's body, as written (line breaks and tabs shown as spaces). */
export interface Snippet {
  text: string;
  /** Where the terms occur in `text`, sorted, not overlapping. */
  ranges: TextRange[];
  /** Text of the body comes before / after the snippet (show an ellipsis). */
  cutBefore: boolean;
  cutAfter: boolean;
}

const LINE_BREAKS = /[\n\r\t]/gu;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
const isBlank = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** True when normalised text[from, to) has something besides white space. */
function hasText(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isBlank(text.charCodeAt(i))) return true;
  return false;
}

/** Occurrences of `terms` in normalised text[from, to), clipped to it, sorted and merged. */
export function matchRanges(text: string, terms: readonly string[], from: number, to: number): [number, number][] {
  const found: [number, number][] = [];
  for (const term of terms) {
    for (let p = text.indexOf(term, Math.max(0, from - term.length + 1)); p !== -1 && p < to; p = text.indexOf(term, p + 1)) {
      if (p + term.length > from) found.push([Math.max(p, from), Math.min(p + term.length, to)]);
    }
  }
  found.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of found) {
    const top = merged[merged.length - 1];
    if (top && r[0] <= top[1]) top[1] = Math.max(top[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** The original of normalised [from, to) and the ranges of `terms` in it. */
export function restoreWithRanges(
  nt: NormalizedText,
  terms: readonly string[],
  from: number,
  to: number,
): { text: string; from: number; to: number; ranges: TextRange[] } {
  const slice = nt.restore(from, to);
  const ranges = matchRanges(nt.text, terms, slice.from, slice.to).map(([s, e]): TextRange => [
    nt.toOriginal(s, "start") - slice.originalFrom,
    nt.toOriginal(e, "end") - slice.originalFrom,
  ]);
  return { text: slice.text, from: slice.from, to: slice.to, ranges };
}

/** The first offset in normalised [from, to) where one of `terms` starts, or -1. */
export function firstMatch(text: string, terms: readonly string[], from: number, to: number): number {
  let first = -1;
  for (const term of terms) {
    const p = text.indexOf(term, from);
    if (p !== -1 && p + term.length <= to && (first === -1 || p < first)) first = p;
  }
  return first;
}

/**
 * A snippet of the body at normalised [bodyFrom, bodyTo) of `nt`: about SNIPPET_LENGTH units,
 * starting up to SNIPPET_BEFORE before the first match (or at the start of its line, if nearer),
 * or the start of the body when no term occurs in it.
 */
export function makeSnippet(nt: NormalizedText, terms: readonly string[], bodyFrom: number, bodyTo: number): Snippet {
  const text = nt.text;
  const first = firstMatch(text, terms, bodyFrom, bodyTo);
  let start: number;
  if (first === -1) start = bodyFrom;
  else {
    start = Math.max(bodyFrom, first - SNIPPET_BEFORE);
    const lineStart = text.lastIndexOf("\n", first - 1) + 1;
    if (lineStart > start) start = lineStart;
  }
  while (start < bodyTo && (first === -1 || start < first) && isBlank(text.charCodeAt(start))) start++;
  const matchEnd = first === -1 ? start : first + Math.max(...terms.filter((t) => text.startsWith(t, first)).map((t) => t.length));
  let end = Math.min(bodyTo, Math.max(start + SNIPPET_LENGTH, matchEnd));
  if (start > bodyFrom && isLowSurrogate(text.charCodeAt(start))) start--;
  if (end < bodyTo && isLowSurrogate(text.charCodeAt(end))) end++;
  const r = restoreWithRanges(nt, terms, start, end);
  return {
    text: r.text.replace(LINE_BREAKS, " "),
    ranges: r.ranges,
    cutBefore: hasText(text, bodyFrom, r.from),
    cutAfter: hasText(text, r.to, bodyTo),
  };
}
