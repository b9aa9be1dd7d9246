// What the post list shows: a search query, the tags it is filtered by, untagged posts only, posts
// of this day in earlier years, and the order.
import type { CalendarDay, PostSort } from "../../core/contract/index.js";

/** The list's query, filters and order. */
export interface BrowseState {
  query: string;
  /** Tags (as shown) the posts must all carry. */
  tags: string[];
  untagged: boolean;
  onThisDay: boolean;
  sort: PostSort;
}

/** True when the state narrows the list (a query with text, or any filter). */
export function isFiltered(state: BrowseState): boolean {
  return state.query.trim() !== "" || state.tags.length > 0 || state.untagged || state.onThisDay;
}

/** Today in the writer's calendar. */
export function today(now = new Date()): CalendarDay {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}
