// The order of the journal's list: newest first, by front-matter date, else by file time.
import type { PostSummary } from "../../contract/index.js";
import { parseIsoMs } from "../../common/post/index.js";

function sortKey(p: PostSummary): number {
  return parseIsoMs(p.date) ?? p.mtimeMs;
}

/** Compares posts newest first (by date, else mtime; ties by path). */
export function newestFirst(a: PostSummary, b: PostSummary): number {
  return sortKey(b) - sortKey(a) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
