// The order of posts on every list of a site: newest first, then by path, so it never depends on
// the order files were found in.
import { instantOf } from "./dates.js";
import type { ExportPost } from "./model.js";

/** Newest first by instant (null: undated, last), ties by journal path (code units). */
function compare(da: number | null, pa: string, db: number | null, pb: string): number {
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return db - da;
  }
  return pa < pb ? -1 : pa > pb ? 1 : 0;
}

/** `posts` sorted newest first (a new array); each date is read once, not at every comparison. */
export function sortNewestFirst(posts: readonly ExportPost[]): ExportPost[] {
  const keyed = posts.map((post) => ({ post, at: instantOf(post.date) }));
  keyed.sort((a, b) => compare(a.at, a.post.path, b.at, b.post.path));
  return keyed.map((k) => k.post);
}
