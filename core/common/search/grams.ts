// Grams: the one- and two-unit pieces of normalised text the index is made of.
// A gram is a number: a unit c is c (1..0xFFFF); two units a, b are a·65536 + b (≥ 65536).
// U+0000 (the field separator) is never part of a gram, so no gram spans two fields.

/** The gram of one UTF-16 unit. */
export const unigram = (c: number): number => c;

/** The gram of two UTF-16 units. */
export const bigram = (a: number, b: number): number => ((a << 16) | b) >>> 0;

/**
 * The grams whose posts are candidates for `term` (normalised, without U+0000): the unit of a
 * one-unit term, else every distinct pair of neighbouring units. A post has all of them if it
 * contains the term, so a post lacking one can be skipped; for terms of one or two units, having
 * them is the same as containing the term.
 */
export function termGrams(term: string): number[] {
  if (term.length === 1) return [unigram(term.charCodeAt(0))];
  const grams = new Set<number>();
  for (let i = 0; i + 1 < term.length; i++) grams.add(bigram(term.charCodeAt(i), term.charCodeAt(i + 1)));
  return [...grams];
}

/** True when postings alone decide whether a post contains `term` (see termGrams). */
export const gramsAreExact = (term: string): boolean => term.length <= 2;
