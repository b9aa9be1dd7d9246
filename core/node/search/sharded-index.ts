// The journal's search index cut into shards of SHARD_SIZE posts. Each shard is a SearchIndex;
// a query asks them all. Compacting one shard is short, so building the index of a large journal (or
// rebuilding after many changes) never holds the host up for long.
import { SearchIndex, type ParsedQuery, type SearchablePost, type SearchHit } from "../../common/search/index.js";
import { SHARD_SIZE } from "./constants.js";

/** Full-text search over posts, in shards (see SearchIndex for what matches). */
export class ShardedIndex {
  private readonly shards: SearchIndex[] = [];
  private readonly shardOf = new Map<string, SearchIndex>();

  /** An empty index whose shards hold up to `shardSize` posts. */
  constructor(private readonly shardSize = SHARD_SIZE) {}

  /** Number of posts. */
  get size(): number {
    return this.shardOf.size;
  }

  /** True when the post at `path` is in the index. */
  has(path: string): boolean {
    return this.shardOf.has(path);
  }

  /** Adds a post, or replaces the post with the same path. */
  add(post: SearchablePost): void {
    let shard = this.shardOf.get(post.path);
    if (!shard) {
      shard = this.roomyShard();
      this.shardOf.set(post.path, shard);
    }
    shard.add(post);
  }

  /** Removes the post at `path`; false if it was not there. */
  remove(path: string): boolean {
    const shard = this.shardOf.get(path);
    if (!shard) return false;
    this.shardOf.delete(path);
    return shard.remove(path);
  }

  /** Compacts every shard, one at a time, calling `pause` between them (to let other work run). */
  async compact(pause: () => Promise<void>): Promise<void> {
    for (const shard of [...this.shards]) {
      shard.build();
      await pause();
    }
  }

  /** The paths of every post matching `query`, in no particular order. */
  match(query: ParsedQuery): string[] {
    const out: string[] = [];
    for (const shard of this.shards) for (const path of shard.match(query).paths) out.push(path);
    return out;
  }

  /**
   * The hits (with snippets) of the posts `window`, which is a run of `newest`, the matches of `query`
   * newest first. A shard's matches come newest first too, so the window is a run of each shard's own
   * answer: each shard is asked only for its part. Posts whose hit is not found are missing from the map.
   */
  hits(query: ParsedQuery, newest: readonly string[], from: number, to: number): Map<string, SearchHit> {
    const before = new Map<SearchIndex, number>();
    const inside = new Map<SearchIndex, number>();
    for (let i = 0; i < to; i++) {
      const shard = this.shardOf.get(newest[i] as string);
      if (!shard) continue;
      const counts = i < from ? before : inside;
      counts.set(shard, (counts.get(shard) ?? 0) + 1);
    }
    const found = new Map<string, SearchHit>();
    for (const [shard, limit] of inside) {
      for (const hit of shard.search(query, { offset: before.get(shard) ?? 0, limit }).hits) found.set(hit.path, hit);
    }
    return found;
  }

  /** The shard a new post goes to: the last one, or a new one once it is full. */
  private roomyShard(): SearchIndex {
    let shard = this.shards[this.shards.length - 1];
    if (!shard || shard.size >= this.shardSize) {
      shard = new SearchIndex();
      this.shards.push(shard);
    }
    return shard;
  }
}
