// Choosing what to export: some tags, a date range, chosen posts; drafts only when asked for.
import { isTagOrDescendant, tagKey } from "../tags/index.js";
import { inDateRange, type DateBound } from "./dates.js";
import type { ExportPost } from "./model.js";

/** Which posts to export. Every given criterion must hold; without any, every post but drafts. */
export interface Selection {
  /** Posts carrying any of these tags or a tag nested under one (compared like the app compares tags). */
  tags?: readonly string[];
  /** Posts dated on or after this bound (undated posts are left out when a bound is given). */
  from?: DateBound;
  /** Posts dated on or before this bound. */
  to?: DateBound;
  /** Include drafts (`draft: true`). Default false. */
  drafts?: boolean;
  /** Only these journal paths. */
  paths?: readonly string[];
}

/** The posts of `posts` that `selection` asks for, in the given order. */
export function selectPosts(posts: readonly ExportPost[], selection: Selection = {}): ExportPost[] {
  const wantedTags = selection.tags?.map(tagKey).filter((k): k is string => k !== null);
  const wantedPaths = selection.paths ? new Set(selection.paths) : null;
  return posts.filter((post) => {
    if (post.draft && !selection.drafts) return false;
    if (wantedPaths && !wantedPaths.has(post.path)) return false;
    if (!inDateRange(post.date, selection.from, selection.to)) return false;
    if (wantedTags && wantedTags.length) {
      const keys = post.tags.map(tagKey).filter((k): k is string => k !== null);
      if (!keys.some((k) => wantedTags.some((w) => isTagOrDescendant(k, w)))) return false;
    }
    return true;
  });
}
