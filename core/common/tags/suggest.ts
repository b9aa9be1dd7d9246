// Autocomplete for tags: by prefix, by any word or level, by numeronym (k8 → kubernetes), by
// initials in order (tscr → typescript), with hiragana and katakana as one (かめら → カメラ).
import { SUGGESTION_LIMIT, TAG_SEPARATOR, WORD_SEPARATORS } from "./constants.js";
import { compareTagNames } from "./collate.js";
import { toHiragana } from "./kana.js";
import { numeronymMatches } from "./numeronym.js";
import { keyOfTag, tagKey } from "./normalize.js";
import type { TagInfo } from "./tag-info.js";

/** How a suggestion matched what was typed, best first. */
export type SuggestionMatch = "exact" | "prefix" | "word" | "numeronym" | "subsequence";

/** A suggested tag and how it matched. */
export interface TagSuggestion extends TagInfo {
  match: SuggestionMatch;
}

/** Options of suggestTags. */
export interface SuggestOptions {
  /** Most suggestions to return (default SUGGESTION_LIMIT). */
  limit?: number;
  /** Tags not to suggest (compared by key), such as those the post already has. */
  exclude?: readonly string[];
}

const RANK: Record<SuggestionMatch, number> = { exact: 0, prefix: 1, word: 2, numeronym: 3, subsequence: 4 };
const AROUND_SEPARATOR = new RegExp(`\\s*${TAG_SEPARATOR}\\s*`, "gu");

/** What was typed, as a folded key: NFKC, trimmed, no leading "#", lower case, katakana as hiragana. */
function typedKey(input: string): string {
  let s = input.normalize("NFKC").trim();
  if (s.startsWith("#")) s = s.slice(1).trim();
  return toHiragana(keyOfTag(s.replace(/\s+/gu, " ").replace(AROUND_SEPARATOR, TAG_SEPARATOR)));
}

/** Start offsets of the words of a folded key (after "/", "-", "_", ".", "+" or a space). */
function wordStarts(key: string): number[] {
  const starts = [0];
  const sep = new RegExp(`${TAG_SEPARATOR}|${WORD_SEPARATORS.source}`, "gu");
  for (let m = sep.exec(key); m; m = sep.exec(key)) if (m.index + m[0].length < key.length) starts.push(m.index + m[0].length);
  return starts;
}

/** The words of a folded key: each level, and each word within a level. */
function wordsOf(key: string): string[] {
  const levels = key.split(TAG_SEPARATOR);
  return [...new Set([...levels, ...levels.flatMap((level) => level.split(WORD_SEPARATORS))].filter((w) => w !== ""))];
}

/** True when `typed` (≥ 2 characters) occurs in order in `key`, its first character at the start of a word. */
function subsequenceMatches(typed: string, key: string): boolean {
  if (typed.length < 2) return false;
  return wordStarts(key).some((start) => {
    if (key.charAt(start) !== typed.charAt(0)) return false;
    let j = 1;
    for (let i = start + 1; i < key.length && j < typed.length; i++) if (key.charAt(i) === typed.charAt(j)) j++;
    return j === typed.length;
  });
}

/** How `typed` (a folded key) matches the folded key `key`, or null. */
export function matchTag(typed: string, key: string): SuggestionMatch | null {
  if (key === typed) return "exact";
  if (key.startsWith(typed)) return "prefix";
  const words = wordsOf(key);
  if (words.some((w) => w.startsWith(typed))) return "word";
  if (words.some((w) => numeronymMatches(typed, w))) return "numeronym";
  if (subsequenceMatches(typed, key)) return "subsequence";
  return null;
}

/**
 * Suggestions for `input` among `tags`: exact, then prefix, then word or level prefix (`front` →
 * dev/frontend), then numeronym (`k8` → kubernetes, `kubernetes` → k8s), then subsequence from the
 * start of a word (`tscr` → TypeScript). Matching ignores case, width and hiragana/katakana.
 * Within a kind, tags on more posts (`total`) come first, then by name. Empty input: the most used tags.
 */
export function suggestTags(tags: Iterable<TagInfo>, input: string, options: SuggestOptions = {}): TagSuggestion[] {
  const typed = typedKey(input);
  const exclude = new Set((options.exclude ?? []).map(tagKey).filter((k): k is string => k !== null));
  const out: TagSuggestion[] = [];
  for (const info of tags) {
    if (exclude.has(info.key)) continue;
    const match = typed === "" ? "prefix" : matchTag(typed, toHiragana(info.key));
    if (match) out.push({ ...info, match });
  }
  out.sort((a, b) => RANK[a.match] - RANK[b.match] || b.total - a.total || compareTagNames(a.tag, b.tag));
  return out.slice(0, options.limit ?? SUGGESTION_LIMIT);
}
