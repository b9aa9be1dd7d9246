// The search index of a journal: every post's text in search form, grams → posts, and the query
// engine that finds candidates by grams and then checks each one for real.
import { parseIsoMs } from "../post/index.js";
import { readTag, tagAndAncestors } from "../tags/index.js";
import { DEFAULT_SEARCH_LIMIT, DELTA_FRACTION, DELTA_MIN_POSTS, FIELD_SEPARATOR } from "./constants.js";
import { gramsAreExact, termGrams } from "./grams.js";
import { normalizeForSearch } from "./normalize.js";
import type { NormalizedText } from "./normalized-text.js";
import { Postings, type PostingsStats } from "./postings.js";
import { parseQuery, type ParsedQuery, type QueryError } from "./query.js";
import { makeSnippet, restoreWithRanges, type Snippet, type TextRange } from "./snippet.js";

/** What the index needs of a post (a contract `Post` has all of it). */
export interface SearchablePost {
  /** The post's identity (its journal path). */
  path: string;
  title: string;
  body: string;
  tags: readonly string[];
  /** ISO 8601 front-matter date, or null. */
  date: string | null;
  draft: boolean;
  /** Orders undated posts (as the journal's list does); 0 when absent. */
  mtimeMs?: number;
}

/** One post found. */
export interface SearchHit {
  path: string;
  /** The title as written. */
  title: string;
  date: string | null;
  draft: boolean;
  /** Where the terms occur. */
  inTitle: boolean;
  inBody: boolean;
  inTags: boolean;
  /** Where the terms occur in `title`. */
  titleRanges: TextRange[];
  /** Body text around the first match in the body (the start of the body when there is none). */
  snippet: Snippet;
}

/** The answer to a search. */
export interface SearchResult {
  /** How many posts match. */
  total: number;
  /** Matches from `offset`, at most `limit`, newest first (date, else mtime; then path). */
  hits: SearchHit[];
  /** Malformed qualifiers (then nothing matches). */
  errors: QueryError[];
}

/** Options of SearchIndex#search. */
export interface SearchOptions {
  /** Most hits to return with snippets (default DEFAULT_SEARCH_LIMIT; Infinity for all). */
  limit?: number;
  /** Matches to skip (paging). */
  offset?: number;
}

/** Sizes of the index, for benchmarks. */
export interface SearchIndexStats {
  posts: number;
  removed: number;
  /** UTF-16 units of normalised text kept. */
  textUnits: number;
  /** Bytes kept to restore the original from the normalised text. */
  restoreBytes: number;
  postings: PostingsStats;
}

interface Doc {
  path: string;
  date: string | null;
  /** YYYY-MM-DD of `date` as written, or null. */
  day: string | null;
  sortKey: number;
  draft: boolean;
  /** Keys of its tags and of every level above them. */
  tagKeys: string[];
  /** title ␀ body ␀ tag ␀ tag …, normalised. */
  nt: NormalizedText;
  bodyFrom: number;
  bodyTo: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}/u;
const clean = (field: string): string => field.split(FIELD_SEPARATOR).join(" ");

function docOf(post: SearchablePost): Doc {
  const nt = normalizeForSearch([clean(post.title), clean(post.body), ...post.tags.map(clean)].join(FIELD_SEPARATOR) + FIELD_SEPARATOR);
  const bodyFrom = nt.text.indexOf(FIELD_SEPARATOR) + 1;
  const tagKeys = new Set<string>();
  for (const raw of post.tags) {
    const t = readTag(raw);
    if (t) for (const k of tagAndAncestors(t.key)) tagKeys.add(k);
  }
  return {
    path: post.path,
    date: post.date,
    day: post.date !== null && DAY.test(post.date) ? post.date.slice(0, 10) : null,
    sortKey: parseIsoMs(post.date) ?? post.mtimeMs ?? 0,
    draft: post.draft,
    tagKeys: [...tagKeys],
    nt,
    bodyFrom,
    bodyTo: nt.text.indexOf(FIELD_SEPARATOR, bodyFrom),
  };
}

const newestFirst = (a: Doc, b: Doc): number => b.sortKey - a.sortKey || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/**
 * Full-text search over posts. A post matches a query when it contains every term as a substring
 * of its title, body or one of its tags after normalisation (see normalizeForSearch), and meets
 * every qualifier (see parseQuery). The Markdown source is searched, as written.
 *
 * How: posts' texts are kept normalised (restorable to the original, see NormalizedText); grams
 * (single units and pairs of units) map to the posts that have them. A search takes the posts that
 * have every gram of every term, then checks each with a real substring search, so there are no
 * false positives, and no false negatives (a post containing a term has all of its grams).
 *
 * Changes (`add`, `remove`) are cheap: new posts go to a side index and removed ones are forgotten;
 * once enough piled up, the next search (or `build`) rebuilds the compact postings.
 */
export class SearchIndex {
  private docs: (Doc | undefined)[] = [];
  private readonly byPath = new Map<string, number>();
  private readonly postings = new Postings();
  /** Posts numbered below this are in the postings. */
  private indexed = 0;
  private removed = 0;

  /** An index of `posts`. */
  static from(posts: Iterable<SearchablePost>): SearchIndex {
    const index = new SearchIndex();
    for (const post of posts) index.add(post);
    return index;
  }

  /** Number of posts. */
  get size(): number {
    return this.byPath.size;
  }

  /** True when the post at `path` is in the index. */
  has(path: string): boolean {
    return this.byPath.has(path);
  }

  /** Adds a post, or replaces the post with the same path (an update). */
  add(post: SearchablePost): void {
    this.remove(post.path);
    this.byPath.set(post.path, this.docs.length);
    this.docs.push(docOf(post));
  }

  /** Replaces the post with the same path (same as `add`; a post renamed on disk is `remove(old)` then `add`). */
  update(post: SearchablePost): void {
    this.add(post);
  }

  /** Removes the post at `path`; false if it was not there. */
  remove(path: string): boolean {
    const n = this.byPath.get(path);
    if (n === undefined) return false;
    this.byPath.delete(path);
    this.docs[n] = undefined;
    this.removed++;
    return true;
  }

  /** Makes the postings compact now (a search does it when needed). */
  build(): void {
    const docs = this.docs.filter((d): d is Doc => d !== undefined).sort(newestFirst);
    this.docs = docs;
    this.byPath.clear();
    docs.forEach((d, i) => this.byPath.set(d.path, i));
    this.postings.rebuild(docs.map((d) => d.nt.text));
    this.indexed = docs.length;
    this.removed = 0;
  }

  /** Finds the posts matching `query` (a string, see parseQuery, or a parsed query), with snippets. */
  search(query: string | ParsedQuery, options: SearchOptions = {}): SearchResult {
    const q = typeof query === "string" ? parseQuery(query) : query;
    if (q.errors.length > 0) return { total: 0, hits: [], errors: q.errors };
    const found = this.find(q);
    const offset = options.offset ?? 0;
    const limit = options.limit ?? DEFAULT_SEARCH_LIMIT;
    return { total: found.length, hits: found.slice(offset, offset + limit).map((d) => hitOf(d, q.terms)), errors: [] };
  }

  /** The paths of every post matching `query`, newest first, without snippets (to filter a list of posts). */
  match(query: string | ParsedQuery): { paths: string[]; errors: QueryError[] } {
    const q = typeof query === "string" ? parseQuery(query) : query;
    if (q.errors.length > 0) return { paths: [], errors: q.errors };
    return { paths: this.find(q).map((d) => d.path), errors: [] };
  }

  /** The posts matching a valid query, newest first. */
  private find(q: ParsedQuery): Doc[] {
    this.catchUp();
    const grams = [...new Set(q.terms.flatMap(termGrams))];
    const check = q.terms.filter((t) => !gramsAreExact(t));
    const candidates: Iterable<number> = grams.length > 0 ? this.postings.candidates(grams) : this.docs.keys();
    const dated = q.after !== null || q.before !== null;
    const found: Doc[] = [];
    for (const n of candidates) {
      const d = this.docs[n];
      if (!d || (q.draft && !d.draft)) continue;
      if (dated && (d.day === null || (q.after !== null && d.day < q.after) || (q.before !== null && d.day >= q.before))) continue;
      if (!q.tags.every((k) => d.tagKeys.includes(k))) continue;
      if (!check.every((t) => d.nt.text.includes(t))) continue;
      found.push(d);
    }
    return found.sort(newestFirst);
  }

  /** Sizes, for benchmarks. */
  stats(): SearchIndexStats {
    let textUnits = 0;
    let restoreBytes = 0;
    for (const d of this.docs) {
      if (!d) continue;
      textUnits += d.nt.text.length;
      restoreBytes += d.nt.overheadBytes;
    }
    return { posts: this.size, removed: this.removed, textUnits, restoreBytes, postings: this.postings.stats() };
  }

  /** Brings the postings up to date: new posts into the side index, or everything rebuilt once the side index or the removed posts grew large. */
  private catchUp(): void {
    const pending = this.docs.length - this.indexed;
    const limit = Math.max(DELTA_MIN_POSTS, this.size / DELTA_FRACTION);
    if (this.postings.deltaSize + pending > limit || this.removed > limit) {
      this.build();
      return;
    }
    for (let n = this.indexed; n < this.docs.length; n++) {
      const d = this.docs[n];
      if (d) this.postings.add(n, d.nt.text);
    }
    this.indexed = this.docs.length;
  }
}

/**
 * The hit of one post for normalised `terms`, exactly as SearchIndex#search gives it: for posts listed
 * in an order the index does not keep (by title, by update), made from the post's text in hand.
 */
export function searchHitOf(post: SearchablePost, terms: readonly string[]): SearchHit {
  return hitOf(docOf(post), terms);
}

function hitOf(d: Doc, terms: readonly string[]): SearchHit {
  const text = d.nt.text;
  const titleTo = d.bodyFrom - 1;
  const title = restoreWithRanges(d.nt, terms, 0, titleTo);
  const inField = (from: number, to: number): boolean => terms.some((t) => {
    const p = text.indexOf(t, from);
    return p !== -1 && p < to;
  });
  return {
    path: d.path,
    title: title.text,
    date: d.date,
    draft: d.draft,
    inTitle: title.ranges.length > 0,
    inBody: inField(d.bodyFrom, d.bodyTo),
    inTags: inField(d.bodyTo + 1, text.length),
    titleRanges: title.ranges,
    snippet: makeSnippet(d.nt, terms, d.bodyFrom, d.bodyTo),
  };
}
