// The order of the post list: newest first, by the front-matter date, else by file time.
import type { PostSummary } from "../../core/contract/index.js";

/** The time a post sorts by, in ms. */
export function sortTime(p: PostSummary): number {
  if (p.date) {
    const t = Date.parse(p.date);
    if (!Number.isNaN(t)) return t;
  }
  return p.mtimeMs;
}

/** Compares two posts: newer first; equal times by path, so the order is stable. */
export function compareNewestFirst(a: PostSummary, b: PostSummary): number {
  return sortTime(b) - sortTime(a) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

/** Where `post` goes in the sorted array `posts` (binary search). */
export function insertionIndex(posts: readonly PostSummary[], post: PostSummary): number {
  let lo = 0;
  let hi = posts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareNewestFirst(posts[mid]!, post) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
