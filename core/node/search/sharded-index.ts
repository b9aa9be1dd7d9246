// The journal's search index cut into shards of SHARD_SIZE posts. Each shard is a SearchIndex;
// a query asks them all. Compacting one shard is short, so building the index of a large journal (or
// rebuilding after many changes) never holds the host up for long. Each shard remembers the file it
// was last saved to and whether it changed since, so a save writes only the shards that changed.
import { SearchIndex, type ParsedQuery, type SearchablePost, type SearchHit } from "../../common/search/index.js";
import { SHARD_SIZE } from "./constants.js";

/** A shard and its saved state. */
export interface Shard {
  index: SearchIndex;
  /** The file it was saved to (null: never saved). */
  file: string | null;
  /** Changes made to it since it was saved (or loaded). */
  changes: number;
}

/** Full-text search over posts, in shards (see SearchIndex for what matches). */
export class ShardedIndex {
  private shards: Shard[] = [];
  private readonly shardOf = new Map<string, Shard>();

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

  /** The post at `path` as indexed, without its body. */
  meta(path: string): ReturnType<SearchIndex["meta"]> {
    return this.shardOf.get(path)?.index.meta(path);
  }

  /** Takes in a shard loaded from `file`, changed `changes` times since (its posts must not be in the index yet). */
  adopt(index: SearchIndex, file: string | null, changes = 0): void {
    const shard: Shard = { index, file, changes };
    this.shards.push(shard);
    for (const path of index.paths()) this.shardOf.set(path, shard);
  }

  /** Adds a post, or replaces the post with the same path. */
  add(post: SearchablePost): void {
    let shard = this.shardOf.get(post.path);
    if (!shard) {
      shard = this.roomyShard();
      this.shardOf.set(post.path, shard);
    }
    shard.index.add(post);
    shard.changes++;
  }

  /** Removes the post at `path`; false if it was not there. */
  remove(path: string): boolean {
    const shard = this.shardOf.get(path);
    if (!shard) return false;
    this.shardOf.delete(path);
    shard.changes++;
    return shard.index.remove(path);
  }

  /** Compacts every shard that is not, one at a time, calling `pause` between them (to let other work run). */
  async compact(pause: () => Promise<void>): Promise<void> {
    for (const shard of [...this.shards]) {
      if (shard.index.isCompact) continue;
      shard.index.build();
      await pause();
    }
  }

  /** True when some shard changed since it was saved, or a shard was emptied. */
  get unsaved(): boolean {
    return this.shards.some((s) => s.changes > 0 || s.file === null || s.index.size === 0);
  }

  /** The shards to save, emptied ones left out (and forgotten). */
  shardsToSave(): Shard[] {
    this.shards = this.shards.filter((s) => s.index.size > 0);
    return [...this.shards];
  }

  /** The paths of every post matching `query`, in no particular order. */
  match(query: ParsedQuery): string[] {
    const out: string[] = [];
    for (const shard of this.shards) for (const path of shard.index.match(query).paths) out.push(path);
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
      const shard = this.shardOf.get(newest[i] as string)?.index;
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
  private roomyShard(): Shard {
    let shard = this.shards[this.shards.length - 1];
    if (!shard || shard.index.size >= this.shardSize) {
      shard = { index: new SearchIndex(), file: null, changes: 0 };
      this.shards.push(shard);
    }
    return shard;
  }
}
