// Where a search's words occur in a text as written: the same folding as the index (case, width,
// hiragana = katakana), with offsets mapped back to the original, so a found post can show its hits.
import { normalizeForSearch } from "./normalize.js";
import { parseQuery } from "./query.js";
import { matchRanges, type TextRange } from "./snippet.js";

/** The words of `query` (qualifiers like tag: left out), in their search form. */
export function queryTerms(query: string): string[] {
  return parseQuery(query).terms.filter((t) => t.trim() !== "");
}

/** Every occurrence of `terms` (search form) in `text`, as original offsets, sorted and merged. */
export function findTerms(text: string, terms: readonly string[]): TextRange[] {
  if (!terms.length || !text) return [];
  const nt = normalizeForSearch(text);
  return matchRanges(nt.text, terms, 0, nt.text.length).map(([s, e]): TextRange => [nt.toOriginal(s, "start"), nt.toOriginal(e, "end")]);
}
