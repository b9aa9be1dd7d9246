// The journal's post index: what the list needs of every post, by journal path, kept in memory and
// written to the index cache (.tsuzuri/index.json) shortly after changes. A cache only: it is
// rebuilt from the files when missing or stale (see reconcile).
import type { PostSummary } from "../../contract/index.js";
import { sortPosts } from "../../common/post/index.js";
import { INDEX_WRITE_DEBOUNCE_MS, INDEX_WRITE_MIN_INTERVAL_MS } from "./constants.js";
import type { IndexCache } from "./index-cache.js";
import { summaryOf, type IndexEntry } from "./post-file.js";
import { reconcile, type Reconciled } from "./reconcile.js";

/** The posts of a journal, newest first on demand, with a debounced cache write (at most one per INDEX_WRITE_MIN_INTERVAL_MS). */
export class PostIndex {
  private entries = new Map<string, IndexEntry>();
  private sorted: PostSummary[] | null = null;
  private dirty = false;
  private timer: NodeJS.Timeout | null = null;
  private closed = false;
  /** Paths whose entry the last load took from the cache (trusting mtime and size) rather than read. */
  private fromCache: string[] = [];
  /** When the last cache write began (Date.now()), or -Infinity. */
  private lastWrite = -Infinity;

  constructor(private readonly cache: IndexCache) {}

  /** Loads the cache and brings it in line with the files of `dir`; says what could not be read and which temp files were found. */
  async load(dir: string): Promise<Pick<Reconciled, "unreadable" | "temps">> {
    const cached = await this.cache.read();
    const result = await reconcile(dir, cached ?? new Map());
    this.entries = result.entries;
    this.fromCache = [...result.entries].filter(([rel, e]) => cached?.get(rel) === e).map(([rel]) => rel);
    this.sorted = null;
    this.dirty = cached === null || result.read > 0 || result.dropped > 0;
    return { unreadable: result.unreadable, temps: result.temps };
  }

  /** Number of posts. */
  get size(): number {
    return this.entries.size;
  }

  /** The entry of a post. */
  get(rel: string): IndexEntry | undefined {
    return this.entries.get(rel);
  }

  /** True when the post is indexed. */
  has(rel: string): boolean {
    return this.entries.has(rel);
  }

  /** The paths whose entry the last load took from the cache, trusting the file's mtime and size (the others were read then). */
  cachedAtLoad(): readonly string[] {
    return this.fromCache;
  }

  /** Every indexed path. */
  paths(): IterableIterator<string> {
    return this.entries.keys();
  }

  /** Every post, newest first (by front-matter date, else file mtime). */
  list(): PostSummary[] {
    this.sorted ??= sortPosts(
      [...this.entries].map(([rel, e]) => summaryOf(rel, e)),
      "newest",
    );
    return this.sorted.slice();
  }

  /** Sets the entry of a post (`from`: its previous path, when the file was renamed). */
  put(rel: string, entry: IndexEntry, from?: string): void {
    if (from !== undefined && from !== rel) this.entries.delete(from);
    this.entries.set(rel, entry);
    this.changed();
  }

  /** Drops a post; true if it was there. */
  remove(rel: string): boolean {
    if (!this.entries.delete(rel)) return false;
    this.changed();
    return true;
  }

  /** Writes the cache now, if anything changed (never fails because of the cache). */
  async write(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.dirty) return;
    this.dirty = false;
    this.lastWrite = Date.now();
    if (!(await this.cache.write(this.entries))) this.dirty = true;
  }

  /** No more timed writes (a last write() may follow). */
  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private changed(): void {
    this.sorted = null;
    this.dirty = true;
    if (this.timer || this.closed) return;
    const wait = Math.max(INDEX_WRITE_DEBOUNCE_MS, this.lastWrite + INDEX_WRITE_MIN_INTERVAL_MS - Date.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.write();
    }, wait);
    this.timer.unref();
  }
}
