// The search index of a journal: every post's text in search form, grams → posts, and the query
// engine that finds candidates by grams and then checks each one for real.
import { parseIsoMs } from "../post/iso-date.js";
import { DEFAULT_SEARCH_LIMIT, DELTA_FRACTION, DELTA_MIN_POSTS, FIELD_SEPARATOR } from "./constants.js";
import { matchFieldsOf, matchPosts, type MatchFields } from "./match.js";
import { normalizeForSearch } from "./normalize.js";
import { NormalizedText, type NormalizedParts } from "./normalized-text.js";
import { Postings, type PostingsSnapshot, type PostingsStats } from "./postings.js";
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
  /** What the file was when it was read (kept with a saved index to tell whether it changed since). */
  hash?: string;
  size?: number;
}

/** A post of a snapshot: everything but its text. */
export type SnapshotPost = Omit<SearchablePost, "body">;

/** A compact index as plain data (see SearchIndex#snapshot): post i has posts[i], texts[i] and restore[i]. */
export interface SearchIndexSnapshot {
  posts: SnapshotPost[];
  /** Normalised text of each post: title ␀ body ␀ tag ␀ tag … ␀. */
  texts: string[];
  /** What it takes to restore each post's original text. */
  restore: NormalizedParts[];
  postings: PostingsSnapshot;
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

interface Doc extends MatchFields {
  path: string;
  date: string | null;
  sortKey: number;
  /** The post without its body. */
  meta: SnapshotPost;
  /** title ␀ body ␀ tag ␀ tag …, normalised. */
  nt: NormalizedText;
  bodyFrom: number;
  bodyTo: number;
}

const clean = (field: string): string => field.split(FIELD_SEPARATOR).join(" ");

function docOf(post: SearchablePost): Doc {
  const nt = normalizeForSearch([clean(post.title), clean(post.body), ...post.tags.map(clean)].join(FIELD_SEPARATOR) + FIELD_SEPARATOR);
  const { body: _body, ...meta } = post;
  return docOfText(meta, nt);
}

/** The doc of a post whose normalised text is in hand. */
function docOfText(meta: SnapshotPost, nt: NormalizedText): Doc {
  const text = nt.text;
  const bodyFrom = text.indexOf(FIELD_SEPARATOR) + 1;
  // The body ends at the separator before the tags: found from the end, past the (short) tags.
  let bodyTo = text.length - 1;
  for (let i = 0; i < meta.tags.length; i++) bodyTo = text.lastIndexOf(FIELD_SEPARATOR, bodyTo - 1);
  const fields = matchFieldsOf(meta);
  return {
    draft: fields.draft,
    day: fields.day,
    tagKeys: fields.tagKeys,
    path: meta.path,
    date: meta.date,
    sortKey: sortKeyOf(meta),
    meta,
    nt,
    bodyFrom,
    bodyTo,
  };
}

/** What orders a post newest first (its date, else its mtime). */
export const sortKeyOf = (post: Pick<SearchablePost, "date" | "mtimeMs">): number => parseIsoMs(post.date) ?? post.mtimeMs ?? 0;

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
  private postings = new Postings();
  /** Posts numbered below this are in the postings. */
  private indexed = 0;
  private removed = 0;

  /** An index of `posts`. */
  static from(posts: Iterable<SearchablePost>): SearchIndex {
    const index = new SearchIndex();
    for (const post of posts) index.add(post);
    return index;
  }

  /**
   * An index of a snapshot (see `snapshot`), compact at once. Throws when the snapshot's parts do
   * not fit together (a damaged file): the caller then builds the index from the posts instead.
   */
  static fromSnapshot(s: SearchIndexSnapshot): SearchIndex {
    const n = s.posts.length;
    if (s.texts.length !== n || s.restore.length !== n || s.postings.posts !== n)
      throw new Error("search index snapshot: parts of different lengths");
    const index = new SearchIndex();
    index.postings = Postings.fromSnapshot(s.postings);
    s.posts.forEach((meta, i) => {
      const r = s.restore[i] as NormalizedParts;
      const nt = new NormalizedText(s.texts[i] as string, r.originalLength, r.flips, r.exceptions, r.exceptionText);
      if (index.byPath.has(meta.path)) throw new Error("search index snapshot: a path twice");
      index.byPath.set(meta.path, i);
      index.docs.push(docOfText(meta, nt));
    });
    index.indexed = n;
    return index;
  }

  /** Number of posts. */
  get size(): number {
    return this.byPath.size;
  }

  /** True when nothing was added or removed since the postings were last made compact. */
  get isCompact(): boolean {
    return this.removed === 0 && this.indexed === this.docs.length && this.postings.deltaSize === 0;
  }

  /** The path of every post, in no particular order. */
  paths(): string[] {
    return [...this.byPath.keys()];
  }

  /** The post at `path` without its body, or undefined. */
  meta(path: string): SnapshotPost | undefined {
    const n = this.byPath.get(path);
    return n === undefined ? undefined : this.docs[n]?.meta;
  }

  /** The index as plain data, compacted first; posts are numbered newest first. */
  snapshot(): SearchIndexSnapshot {
    if (!this.isCompact) this.build();
    const docs = this.docs as Doc[];
    return {
      posts: docs.map((d) => d.meta),
      texts: docs.map((d) => d.nt.text),
      restore: docs.map((d) => d.nt.parts()),
      postings: this.postings.snapshot(),
    };
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

  /** The snapshot with where each post first has each gram (see Postings#firstPositions), to save the index. */
  savedForm(): { snapshot: SearchIndexSnapshot; positions: Uint16Array } {
    const snapshot = this.snapshot();
    return { snapshot, positions: this.postings.firstPositions(snapshot.texts) };
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
    const docs = this.docs;
    const numbers = matchPosts(q, {
      postings: this.postings,
      count: docs.length,
      fields: (n) => docs[n],
      contains: (n, term) => (docs[n] as Doc).nt.text.includes(term),
    });
    return numbers.map((n) => docs[n] as Doc).sort(newestFirst);
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
  const inField = (from: number, to: number): boolean =>
    terms.some((t) => {
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
