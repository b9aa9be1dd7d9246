// The orders of the post list, shared by the host (search results) and the renderer (the full list),
// so both sort the same posts the same way.
import { parseIsoMs } from "../common/post/iso-date.js";
import type { PostSummary } from "./types.js";

/** The orders a list of posts can be shown in. */
export const POST_SORTS = ["newest", "oldest", "updated", "title"] as const;

/** An order of the post list: by date either way, by last update, or by title. */
export type PostSort = (typeof POST_SORTS)[number];

/** What the orders need of a post. */
type Sortable = Pick<PostSummary, "path" | "title" | "date" | "updated" | "mtimeMs">;

/** The time a post is dated at, in ms: its front-matter date, else its file's modification time. */
export function postTime(p: Pick<PostSummary, "date" | "mtimeMs">): number {
  return parseIsoMs(p.date) ?? p.mtimeMs;
}

/** The time a post was last changed, in ms: its front-matter `updated`, else its file's modification time. */
export function updatedTime(p: Pick<PostSummary, "updated" | "mtimeMs">): number {
  return parseIsoMs(p.updated) ?? p.mtimeMs;
}

let collator: Intl.Collator | null = null;
const byPath = (a: Sortable, b: Sortable): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
const newest = (a: Sortable, b: Sortable): number => postTime(b) - postTime(a) || byPath(a, b);

/**
 * The comparator of an order. Newest first breaks ties by path, and oldest first is exactly its
 * reverse; the updated and title orders break ties newest first. Titles compare as a Japanese
 * reader expects (Intl.Collator "ja", numbers by value), untitled posts last.
 */
export function comparePosts(sort: PostSort): (a: Sortable, b: Sortable) => number {
  switch (sort) {
    case "newest": return newest;
    case "oldest": return (a, b) => newest(b, a);
    case "updated": return (a, b) => updatedTime(b) - updatedTime(a) || newest(a, b);
    case "title":
      collator ??= new Intl.Collator("ja", { numeric: true, sensitivity: "base" });
      return (a, b) => (a.title === "" ? 1 : 0) - (b.title === "" ? 1 : 0) || collator!.compare(a.title, b.title) || newest(a, b);
  }
}
