// The order of posts on every list of a site: newest first, then by path, so it never depends on
// the order files were found in.
import { instantOf } from "./dates.js";
import type { ExportPost } from "./model.js";

/** Compares posts newest first; undated posts come last; ties by journal path (code units). */
export function newestFirst(a: ExportPost, b: ExportPost): number {
  const da = instantOf(a.date);
  const db = instantOf(b.date);
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return db - da;
  }
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** `posts` sorted newest first (a new array). */
export function sortNewestFirst(posts: readonly ExportPost[]): ExportPost[] {
  return [...posts].sort(newestFirst);
}
