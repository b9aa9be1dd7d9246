// Numeronyms: a word shortened to its first letter, the number of letters between, and its last letter
// (k8s = kubernetes, i18n = internationalization, a11y = accessibility, o11y = observability).
import { NUMERONYM_MIN_LENGTH } from "./constants.js";

const NUMERONYM_PREFIX = /^\p{L}\p{N}+\p{L}?$/u;
const LETTERS = /^\p{L}+$/u;

/** The numeronym of `word` (`kubernetes` → `k8s`), or null unless it is letters only, at least NUMERONYM_MIN_LENGTH of them. */
export function numeronymOf(word: string): string | null {
  const chars = [...word];
  if (chars.length < NUMERONYM_MIN_LENGTH || !LETTERS.test(word)) return null;
  return `${chars[0]}${chars.length - 2}${chars[chars.length - 1]}`;
}

/** True when `typed` looks like a numeronym being typed: a letter, digits and maybe a last letter (`k8`, `k8s`, `i18n`). */
export function looksLikeNumeronym(typed: string): boolean {
  return NUMERONYM_PREFIX.test(typed);
}

/**
 * True when `typed` names `word` by numeronym: either `typed` is the start of the word's numeronym
 * (`k8` or `k8s` for kubernetes), or `typed` is a whole word whose numeronym is `word` (`kubernetes` for k8s).
 */
export function numeronymMatches(typed: string, word: string): boolean {
  if (looksLikeNumeronym(typed)) return numeronymOf(word)?.startsWith(typed) ?? false;
  return numeronymOf(typed) === word;
}
