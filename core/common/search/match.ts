// Matching a parsed query against numbered posts: candidates from the postings, then the qualifiers
// and a real check of every term. One engine for the index in memory and the one read from disk.
import { readTag, tagAndAncestors } from "../tags/index.js";
import { gramsAreExact, termGrams } from "./grams.js";
import type { Postings } from "./postings.js";
import type { ParsedQuery } from "./query.js";

/** What the qualifiers of a query look at in a post. */
export interface MatchFields {
  draft: boolean;
  /** YYYY-MM-DD of the front-matter date as written, or null. */
  day: string | null;
  /** Keys of its tags and of every level above them. */
  tagKeys: readonly string[];
}

/** Where matchPosts finds posts: postings over post numbers 0 … count - 1. */
export interface MatchSource {
  postings: Pick<Postings, "candidates">;
  count: number;
  /** The fields of post `n`, or undefined when it was removed. */
  fields(n: number): MatchFields | undefined;
  /** True when post `n`'s normalised text contains `term` (a term of three units or more). */
  contains(n: number, term: string): boolean;
}

const DAY = /^\d{4}-\d{2}-\d{2}/u;

const TAG_MEMO_LIMIT = 4096;
const tagMemo = new Map<string, readonly string[]>();

/** The keys of tag `raw` and of every level above it (remembered: journals reuse few tags). */
function keysOf(raw: string): readonly string[] {
  let keys = tagMemo.get(raw);
  if (!keys) {
    const t = readTag(raw);
    keys = t ? tagAndAncestors(t.key) : [];
    if (tagMemo.size >= TAG_MEMO_LIMIT) tagMemo.clear();
    tagMemo.set(raw, keys);
  }
  return keys;
}

/** The match fields of a post with these front-matter values. */
export function matchFieldsOf(post: { date: string | null; draft: boolean; tags: readonly string[] }): MatchFields {
  const tagKeys = new Set<string>();
  for (const raw of post.tags) for (const k of keysOf(raw)) tagKeys.add(k);
  return { draft: post.draft, day: post.date !== null && DAY.test(post.date) ? post.date.slice(0, 10) : null, tagKeys: [...tagKeys] };
}

/** The numbers (ascending) of the posts of `source` that match the valid query `q`. */
export function matchPosts(q: ParsedQuery, source: MatchSource): number[] {
  const grams = [...new Set(q.terms.flatMap(termGrams))];
  const check = q.terms.filter((t) => !gramsAreExact(t));
  const candidates: Iterable<number> =
    grams.length > 0 ? source.postings.candidates(grams) : Array.from({ length: source.count }, (_, i) => i);
  const dated = q.after !== null || q.before !== null;
  const found: number[] = [];
  for (const n of candidates) {
    const d = source.fields(n);
    if (!d || (q.draft && !d.draft)) continue;
    if (dated && (d.day === null || (q.after !== null && d.day < q.after) || (q.before !== null && d.day >= q.before))) continue;
    if (!q.tags.every((k) => d.tagKeys.includes(k))) continue;
    if (!check.every((t) => source.contains(n, t))) continue;
    found.push(n);
  }
  return found;
}
