// Finding posts in an open journal: the full-text index and the tag catalog, kept up to date with the
// journal's own writes (the app reports them) and with changes made by other programs (the watcher).
// The catalog is ready at once (it needs only the index cache); the full-text index is loaded from
// its saved copy (.tsuzuri/search/, each post checked against the journal's entry: changed ones
// read again, gone ones dropped, new ones added) or built, in the background (the app starts it as
// the journal opens), and a search waits for it. It is saved again shortly after changes and on close.
import type { CalendarDay, PostSearchResult, PostSort, PostSummary, TagList } from "../../contract/index.js";
import { compareKeys, orderKeys, type OrderKeys } from "../../common/post/index.js";
import { parseQuery, searchHitOf, type ParsedQuery, type SearchablePost, type SearchHit } from "../../common/search/index.js";
import {
  isTagOrDescendant,
  normalizeTag,
  TagCatalog,
  tagKey,
  type TagInfo,
  type TagSort,
  type TagSuggestion,
} from "../../common/tags/index.js";
import type { Journal } from "../store/index.js";
import { DEFAULT_HIT_LIMIT, INDEX_START_DELAY_MS, READ_CONCURRENCY, SEARCH_CONCURRENCY, SEARCH_SAVE_DEBOUNCE_MS } from "./constants.js";
import { SearchIndexStore } from "./index-store.js";
import { readBody } from "./read-body.js";
import { SharedQueue } from "./shared-queue.js";
import { ShardedIndex } from "./sharded-index.js";

/** What the post list asks for: a query and the list's filters, an order and a window of hits. */
export interface FindArgs {
  query: string;
  /** Tags the posts must all carry (or tags nested under them). */
  tags?: readonly string[];
  /** Only posts without tags. */
  untagged?: boolean;
  /** Only posts dated on this month and day, in years before this one. */
  onThisDay?: CalendarDay;
  sort?: PostSort;
  limit?: number;
  offset?: number;
}

/** Options of a Finder. */
export interface FinderOptions {
  /** Posts per shard of the index (default SHARD_SIZE; tests use small ones). */
  shardSize?: number;
  /** Load and save the index in the journal's .tsuzuri/search/ (default true). */
  persist?: boolean;
}

interface Entry {
  summary: PostSummary;
  /** Its sort keys, parsed once. */
  keys: OrderKeys;
  /** The keys of the post's tags (empty: untagged). */
  tagKeys: string[];
  /** Year, month and day of the front-matter date as written, or null. */
  day: [number, number, number] | null;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})/u;
const pause = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function entryOf(summary: PostSummary): Entry {
  const m = summary.date === null ? null : DAY.exec(summary.date);
  const tagKeys = summary.tags.map(tagKey).filter((k): k is string => k !== null);
  return { summary, keys: orderKeys(summary), tagKeys, day: m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null };
}

function searchable(summary: PostSummary, body: string): SearchablePost {
  const { path, title, tags, date, draft, mtimeMs, hash, size } = summary;
  return { path, title, body, tags, date, draft, mtimeMs, hash, size };
}

/** The search index and tag catalog of one journal. */
export class Finder {
  private readonly entryMap = new Map<string, Entry>();
  private readonly tagCatalog = new TagCatalog();
  private filled = false;
  private readonly index: ShardedIndex;
  private readonly orders = new Map<PostSort, string[]>();
  /** Index updates run one after another, the initial build first. */
  private chain: Promise<void>;
  private started = false;
  private built = false;
  /** The build ran to its end (not cut short by close): the index holds every post and may be saved. */
  private complete = false;
  private closed = false;
  private readonly unsubscribe: () => void;
  private readonly store: SearchIndexStore | null;
  private saveTimer: NodeJS.Timeout | null = null;
  private saving: Promise<void> | null = null;
  /** Searches waiting or running; identical ones asked while one is pending share it. */
  private readonly searches = new SharedQueue<PostSearchResult>(SEARCH_CONCURRENCY);
  /** Bumped on every change to the journal, so a search asked after a change never shares one asked before it. */
  private version = 0;
  /** What the last load found: shards loaded, posts kept from them, posts read from their files. */
  private loadStats = { shards: 0, kept: 0, read: 0 };

  /** Starts following `journal`: the catalog is made on first use (or by `start`, in the background); the index is built once `start` or a search asks for it. */
  constructor(
    private readonly journal: Journal,
    options: FinderOptions = {},
  ) {
    this.index = new ShardedIndex(options.shardSize);
    this.store = options.persist === false ? null : new SearchIndexStore(journal.dir);
    // The one place the index learns of changes: the journal tells of its own writes (with the body) and of the disk's.
    this.unsubscribe = journal.onChange(
      (change) => void (change.type === "changed" ? this.changed(change.post, change.body) : this.removed(change.path)),
    );
    this.chain = Promise.resolve();
  }

  /** The posts' entries, made from the journal's list on first use (off the start-up path of a large journal). */
  private get entries(): Map<string, Entry> {
    this.fill();
    return this.entryMap;
  }

  /** The tag catalog, made with the entries. */
  private get catalog(): TagCatalog {
    this.fill();
    return this.tagCatalog;
  }

  private fill(): void {
    if (this.filled) return;
    this.filled = true;
    // Oldest first, so that the spelling of a tag shown is the one it was first written with.
    for (const summary of this.journal.list().reverse()) this.setEntry(summary);
  }

  /** Starts building the full-text index in the background (once; a search starts it too). */
  start(): void {
    if (this.started || this.closed) return;
    this.started = true;
    this.chain = this.chain
      .then(() => this.build())
      .catch(() => {
        this.built = true; // a failed build leaves a partial index: searching it beats never answering
      });
  }

  /** Starts the index in the background after `delayMs` (unless a search started it before). */
  startSoon(delayMs = INDEX_START_DELAY_MS): void {
    setTimeout(() => this.start(), delayMs).unref();
  }

  /** True once the full-text index holds every post. */
  get isBuilt(): boolean {
    return this.built;
  }

  /** How the index was made at start: shards loaded from the saved index, posts kept from them, posts read from their files. */
  get loaded(): { shards: number; kept: number; read: number } {
    return { ...this.loadStats };
  }

  /** Resolves once the index is built and holds every change reported so far. */
  ready(): Promise<void> {
    this.start();
    return this.chain;
  }

  /**
   * A post was written (or found changed on disk): the catalog follows at once, the index soon (awaitable
   * once built). `known`: its body, when the writer had it (then the file is not read again).
   */
  changed(summary: PostSummary, known?: string): Promise<void> {
    this.setEntry(summary);
    return this.enqueue(async () => {
      const body = known ?? (await readBody(this.journal.dir, summary.path).catch(() => null));
      const entry = this.entries.get(summary.path);
      if (body === null || !entry) this.index.remove(summary.path);
      else this.index.add(searchable(entry.summary, body));
      this.saveSoon();
    });
  }

  /** A post is gone (deleted, moved away, or renamed: then `changed` follows for its new path). */
  removed(path: string): Promise<void> {
    this.version++;
    if (this.entries.delete(path)) {
      this.catalog.delete(path);
      this.orders.clear();
    }
    return this.enqueue(async () => {
      if (this.index.remove(path)) this.saveSoon();
    });
  }

  /** The tags with counts, as a tree. */
  tags(sort: TagSort = "name"): TagList {
    return { tree: this.catalog.tree(sort), untagged: this.catalog.untagged, posts: this.catalog.postCount };
  }

  /** Every tag some post carries, with counts, sorted by name or count. */
  tagInfos(sort: TagSort = "name"): TagInfo[] {
    return this.catalog.list(sort);
  }

  /** The tag `tag` (compared by key), if some post carries it or a tag nested under it. */
  tag(tag: string): TagInfo | undefined {
    return this.catalog.get(tag);
  }

  /** Autocomplete for the tag editor. */
  suggest(prefix: string, exclude: readonly string[] = [], limit?: number): TagSuggestion[] {
    return this.catalog.suggest(prefix, { exclude, ...(limit ? { limit } : {}) });
  }

  /** The paths of posts carrying the tag with key `key` (and, with `nested`, tags under it). */
  postsWithTag(key: string, nested: boolean): string[] {
    const out: string[] = [];
    for (const [path, e] of this.entries) {
      if (e.tagKeys.some((k) => (nested ? isTagOrDescendant(k, key) : k === key))) out.push(path);
    }
    return out;
  }

  /**
   * Finds posts: those matching the query (see SearchIndex) that pass the list's filters, in `sort`
   * order, with hits (snippets) for the window [offset, offset + limit) when the query has words.
   */
  async find(args: FindArgs): Promise<PostSearchResult> {
    // The key holds the journal's version as asked: every search sharing a run was asked after the same changes,
    // and each waits below for the index to hold them.
    const { query, tags, untagged, onThisDay, sort, limit, offset } = args;
    const key = JSON.stringify([this.version, query, tags, untagged, onThisDay, sort, limit, offset]);
    await this.ready();
    return this.searches.run(key, () => this.search(args));
  }

  /** One search, run by the queue. */
  private async search(args: FindArgs): Promise<PostSearchResult> {
    const q = parseQuery(args.query);
    for (const raw of args.tags ?? []) {
      const tag = normalizeTag(raw);
      if (tag.ok) q.tags.push(tag.key);
      else q.errors.push({ message: `${raw}: ${tag.reason}`, from: 0, to: 0 });
    }
    if (q.errors.length > 0) return { total: 0, paths: [], hits: [], errors: q.errors };
    q.tags = [...new Set(q.tags)];
    const sort = args.sort ?? "newest";
    const filtered = args.untagged === true || args.onThisDay !== undefined;
    const keep = (path: string): boolean => {
      const e = this.entries.get(path);
      if (!e) return false;
      if (args.untagged && e.tagKeys.length > 0) return false;
      const day = args.onThisDay;
      return !day || (e.day !== null && e.day[1] === day.month && e.day[2] === day.day && e.day[0] < day.year);
    };
    const narrows = q.terms.length > 0 || q.tags.length > 0 || q.after !== null || q.before !== null || q.draft;
    const matched = narrows ? new Set(this.index.match(q)) : null;
    const paths = this.order(sort).filter((p) => (matched === null || matched.has(p)) && (!filtered || keep(p)));
    const offset = args.offset ?? 0;
    const window = paths.slice(offset, offset + (args.limit ?? DEFAULT_HIT_LIMIT));
    const hits = q.terms.length === 0 || window.length === 0 ? [] : await this.hits(q, sort, filtered, paths, offset, window);
    return { total: paths.length, paths, hits, errors: [] };
  }

  /** Saves the index now if it changed since it was last saved (once it is built). */
  async flush(): Promise<void> {
    await this.chain;
    await this.save();
  }

  /** Stops following the journal and saves the index if it changed (once it is built). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.unsubscribe();
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    await this.chain;
    await this.save();
  }

  /** Hits of `window` (= paths[offset…]): from the index when its order is the list's, else from the files. */
  private async hits(
    q: ParsedQuery,
    sort: PostSort,
    filtered: boolean,
    paths: string[],
    offset: number,
    window: string[],
  ): Promise<SearchHit[]> {
    let found = new Map<string, SearchHit>();
    if (!filtered && sort === "newest") found = this.index.hits(q, paths, offset, offset + window.length);
    else if (!filtered && sort === "oldest")
      found = this.index.hits(q, [...paths].reverse(), paths.length - offset - window.length, paths.length - offset);
    const out: SearchHit[] = [];
    for (const path of window) {
      const hit = found.get(path) ?? (await this.fileHit(path, q.terms));
      if (hit) out.push(hit);
    }
    return out;
  }

  private async fileHit(path: string, terms: string[]): Promise<SearchHit | null> {
    const entry = this.entries.get(path);
    const body = entry ? await readBody(this.journal.dir, path).catch(() => null) : null;
    return entry && body !== null ? searchHitOf(searchable(entry.summary, body), terms) : null;
  }

  /** Every post's path in `sort` order (cached until a post changes). */
  private order(sort: PostSort): string[] {
    let paths = this.orders.get(sort);
    if (!paths) {
      const compare = compareKeys(sort);
      paths = [...this.entries.values()].sort((a, b) => compare(a.keys, b.keys)).map((e) => e.summary.path);
      this.orders.set(sort, paths);
    }
    return paths;
  }

  private setEntry(summary: PostSummary): void {
    this.version++;
    this.entries.set(summary.path, entryOf(summary));
    this.catalog.set(summary.path, summary.tags);
    this.orders.clear();
  }

  /** Queues an index update; the promise resolves once it is applied if the index is built, at once otherwise. */
  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.chain.then(() => (this.closed ? undefined : task()));
    this.chain = run.catch(() => undefined);
    return this.built ? this.chain : Promise.resolve();
  }

  /** Saves the index soon (debounced), once it is built. */
  private saveSoon(): void {
    if (!this.complete || !this.store || this.saveTimer || this.closed) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      void this.save();
    }, SEARCH_SAVE_DEBOUNCE_MS);
    this.saveTimer.unref();
  }

  /** Writes the shards that changed (one save at a time; never fails: the saved index is only a cache). */
  private async save(): Promise<void> {
    if (!this.store || !this.complete) return;
    while (this.saving) await this.saving;
    if (!this.index.unsaved) return;
    this.saving = this.store.save(this.index.shardsToSave(), pause).then(() => undefined);
    await this.saving;
    this.saving = null;
  }

  /**
   * Takes in the saved index, keeping each post whose file is the one the journal lists (same hash
   * and mtime) and dropping the others; returns the posts still to read.
   */
  private async load(): Promise<string[]> {
    const stored = this.store ? await this.store.load(pause).catch(() => null) : null;
    const missing = new Set(this.entries.keys());
    for (const { file, index } of stored ?? []) {
      let dropped = 0;
      for (const path of index.paths()) {
        const meta = index.meta(path);
        const entry = this.entries.get(path)?.summary;
        if (entry && meta && missing.has(path) && meta.hash === entry.hash && meta.mtimeMs === entry.mtimeMs) missing.delete(path);
        else {
          index.remove(path);
          dropped++;
        }
      }
      if (index.size > 0) this.index.adopt(index, file, dropped);
    }
    this.loadStats = { shards: stored?.length ?? 0, kept: this.entries.size - missing.size, read: missing.size };
    return [...missing];
  }

  /** Loads the saved index, reads every other post's body (a few files at a time) into it, then compacts it shard by shard. */
  private async build(): Promise<void> {
    await pause();
    const paths = await this.load();
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < paths.length && !this.closed) {
        const path = paths[next++] as string;
        const body = await readBody(this.journal.dir, path).catch(() => null);
        const entry = this.entries.get(path);
        if (body !== null && entry) this.index.add(searchable(entry.summary, body));
      }
    };
    await Promise.all(Array.from({ length: READ_CONCURRENCY }, worker));
    if (!this.closed) await this.index.compact(pause);
    this.built = true;
    this.complete = !this.closed;
    if (this.index.unsaved) this.saveSoon();
  }
}
