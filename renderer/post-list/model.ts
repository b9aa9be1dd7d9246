// The post list's model, without a DOM: every post of the journal, the order shown (every post, or
// what a search found), the search hits, and each shown row's group header. Unit-testable in Node.
import type { PostSort, PostSummary, SearchHit } from "../../core/contract/index.js";
import { insertionIndex, sortPosts } from "../../core/common/post/index.js";
import { countGroups, groupOf, startsGroup, type Group } from "./groups.js";

/** The header a shown row starts with: none, a month, or a year and its first month. */
export type HeadKind = 0 | 1 | 2;

/** A PostSummary without the body a Post carries (the list keeps no bodies). */
function summaryOf(post: PostSummary & { body?: string }): PostSummary {
  if (post.body === undefined) return post;
  const { body: _body, ...summary } = post;
  return summary;
}

/** What the list shows, and how it changes. */
export class PostListModel {
  private readonly all = new Map<string, PostSummary>();
  /** The posts shown, in order. */
  shown: PostSummary[] = [];
  /** The paths a search found (null: every post is shown). */
  found: Set<string> | null = null;
  hits = new Map<string, SearchHit>();
  sort: PostSort = "newest";
  /** Posts per year and month of the shown rows. */
  counts = new Map<string, number>();
  /** The group and header of each shown row. */
  groups: (Group | null)[] = [];
  heads: HeadKind[] = [];
  /** Every post in order, kept while a search is shown, so clearing it costs no sort (null: sort again). */
  private everything: {
    sort: PostSort;
    shown: PostSummary[];
    groups: (Group | null)[];
    heads: HeadKind[];
    counts: Map<string, number>;
  } | null = null;

  get size(): number {
    return this.all.size;
  }

  get(path: string): PostSummary | undefined {
    return this.all.get(path);
  }

  has(path: string): boolean {
    return this.all.has(path);
  }

  posts(): IterableIterator<PostSummary> {
    return this.all.values();
  }

  /** Index of a shown post, or -1. */
  indexOf(path: string): number {
    return this.shown.findIndex((p) => p.path === path);
  }

  /** Replaces the journal's posts (keeping the order and any search shown). */
  setPosts(posts: readonly PostSummary[]): void {
    this.all.clear();
    this.everything = null;
    for (const p of posts) this.all.set(p.path, summaryOf(p));
    if (this.found) {
      this.found = new Set([...this.found].filter((p) => this.all.has(p)));
      this.shown = this.shown.map((p) => this.all.get(p.path)).filter((p) => p !== undefined);
    } else this.shown = sortPosts(this.all.values(), this.sort);
    this.regroup();
  }

  /** Every post, in `sort` order. */
  showAll(sort: PostSort): void {
    const kept = this.everything;
    this.everything = null;
    this.found = null;
    this.hits = new Map();
    if (kept && kept.sort === sort) {
      Object.assign(this, kept);
      return;
    }
    this.sort = sort;
    this.shown = sortPosts(this.all.values(), sort);
    this.regroup();
  }

  /** The posts a search found, in the order given. */
  showFound(paths: readonly string[], hits: readonly SearchHit[], sort: PostSort): void {
    if (!this.found) this.everything = { sort: this.sort, shown: this.shown, groups: this.groups, heads: this.heads, counts: this.counts };
    this.sort = sort;
    this.found = new Set(paths);
    this.hits = new Map(hits.map((hit) => [hit.path, hit]));
    this.shown = paths.map((p) => this.all.get(p)).filter((p) => p !== undefined);
    this.regroup();
  }

  /** The first post shown, else the newest of the journal. */
  first(): string | null {
    return this.shown[0]?.path ?? sortPosts(this.all.values(), "newest")[0]?.path ?? null;
  }

  /** The post to show once `path` is gone: the one below it, else the one above. */
  neighbour(path: string): string | null {
    const i = this.indexOf(path);
    if (i < 0) return this.first();
    return this.shown[i + 1]?.path ?? this.shown[i - 1]?.path ?? null;
  }

  /**
   * Adds or updates a post (`oldPath` when renamed). With every post shown it moves to its place; in
   * search results it is updated where it is, and a new post is not added. Returns whether it is new.
   */
  upsert(input: PostSummary, oldPath = input.path): boolean {
    const post = summaryOf(input);
    this.everything = null;
    const isNew = !this.all.has(oldPath) && !this.all.has(post.path);
    this.all.delete(oldPath);
    this.all.set(post.path, post);
    if (oldPath !== post.path && this.found?.delete(oldPath)) this.found.add(post.path);
    const was = this.shown.findIndex((p) => p.path === oldPath || p.path === post.path);
    if (this.found) {
      if (was >= 0) this.shown[was] = post;
    } else {
      if (was >= 0) this.shown.splice(was, 1);
      this.shown.splice(insertionIndex(this.shown, post, this.sort), 0, post);
    }
    this.regroup();
    return isNew;
  }

  /** Removes a post; true when it was in the journal. */
  remove(path: string): boolean {
    const had = this.all.delete(path);
    this.everything = null;
    this.found?.delete(path);
    const i = this.indexOf(path);
    if (i >= 0) this.shown.splice(i, 1);
    this.regroup();
    return had;
  }

  /** Recomputes each row's group, header and the counts (linear, no DOM: fast for 10,000 posts). */
  private regroup(): void {
    this.counts = countGroups(this.shown, this.sort);
    this.groups = this.shown.map((p) => groupOf(p, this.sort));
    this.heads = this.groups.map((g, i) => {
      const s = startsGroup(i > 0 ? this.groups[i - 1]! : null, g);
      return s.month ? (s.year ? 2 : 1) : 0;
    });
  }
}
