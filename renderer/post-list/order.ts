// The orders of the post list (the contract's, so the host sorts search results the same way).
import { comparePosts, postTime, updatedTime, type PostSort, type PostSummary } from "../../core/contract/index.js";

/** The time a post sorts by, in ms. */
export const sortTime = postTime;

/** Compares two posts: newer first; equal times by path, so the order is stable. */
export const compareNewestFirst = comparePosts("newest");

/** Where `post` goes in `posts`, sorted by `compare` (binary search). */
export function insertionIndex(posts: readonly PostSummary[], post: PostSummary, compare: (a: PostSummary, b: PostSummary) => number = compareNewestFirst): number {
  let lo = 0;
  let hi = posts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compare(posts[mid]!, post) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const byPath = (a: PostSummary, b: PostSummary): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/**
 * `posts` in `sort` order (a copy), the same order as comparePosts(sort), but with each post's
 * times parsed once rather than at every comparison (10,000 posts sort in a few milliseconds).
 */
export function sortPosts(posts: Iterable<PostSummary>, sort: PostSort): PostSummary[] {
  if (sort === "title") return [...posts].sort(comparePosts("title"));
  const keyed = [...posts].map((p) => ({ p, t: postTime(p), u: sort === "updated" ? updatedTime(p) : 0 }));
  if (sort === "newest") keyed.sort((a, b) => b.t - a.t || byPath(a.p, b.p));
  else if (sort === "oldest") keyed.sort((a, b) => a.t - b.t || byPath(b.p, a.p));
  else keyed.sort((a, b) => b.u - a.u || b.t - a.t || byPath(a.p, b.p));
  return keyed.map((k) => k.p);
}
