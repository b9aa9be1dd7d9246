// Grouping the post list by year and month (of the date, or of the last update when sorted so), with
// a count per group. A group's header sits at the top of its first post's list item, so the list
// stays one flat list of posts that is built in chunks and moved through with the arrow keys.
import type { PostSort, PostSummary } from "../../core/contract/index.js";
import { h } from "../dom/index.js";
import { lang, tr } from "../i18n/index.js";

/** The year and month a post is listed under ("2019", "2019-07"). */
export interface Group {
  year: string;
  month: string;
}

const YMD = /^(\d{4})-(\d{2})/;

function groupOfTime(iso: string | null, ms: number): Group {
  const m = iso ? YMD.exec(iso) : null;
  if (m) return { year: m[1]!, month: `${m[1]}-${m[2]}` };
  const d = new Date(ms);
  const year = String(d.getFullYear());
  return { year, month: `${year}-${String(d.getMonth() + 1).padStart(2, "0")}` };
}

/** The group of a post in `sort` order; null when that order has no groups (by title). */
export function groupOf(post: PostSummary, sort: PostSort): Group | null {
  if (sort === "title") return null;
  return sort === "updated" ? groupOfTime(post.updated, post.mtimeMs) : groupOfTime(post.date, post.mtimeMs);
}

/** How many of `posts` each year and month has. */
export function countGroups(posts: readonly PostSummary[], sort: PostSort): Map<string, number> {
  const counts = new Map<string, number>();
  if (sort === "title") return counts;
  for (const p of posts) {
    const g = groupOf(p, sort)!;
    counts.set(g.year, (counts.get(g.year) ?? 0) + 1);
    counts.set(g.month, (counts.get(g.month) ?? 0) + 1);
  }
  return counts;
}

/** Which headers the post after `previous` starts: a new year, a new month. */
export function startsGroup(previous: Group | null, current: Group | null): { year: boolean; month: boolean } {
  if (!current) return { year: false, month: false };
  return { year: previous?.year !== current.year, month: previous?.month !== current.month };
}

const formats = new Map<string, Intl.DateTimeFormat>();
function format(options: Intl.DateTimeFormatOptions, key: string): Intl.DateTimeFormat {
  let f = formats.get(key + lang());
  if (!f) formats.set(key + lang(), (f = new Intl.DateTimeFormat(lang(), { ...options, timeZone: "UTC" })));
  return f;
}

/** The header of a group: the year (when it starts one) and the month, each with its count. */
export function createHeader(group: Group, year: boolean, counts: ReadonlyMap<string, number>): HTMLElement {
  const [y, m] = group.month.split("-").map(Number) as [number, number];
  const at = Date.UTC(y, m - 1, 1);
  const count = (key: string) => h("span", { class: "group-count", "data-group": key }, tr("group.count", { count: counts.get(key) ?? 0 }));
  return h(
    "div",
    { class: "group-header" },
    year && h("h2", { class: "group-year" }, h("span", {}, format({ year: "numeric" }, "y").format(at)), count(group.year)),
    h("h3", { class: "group-month" }, h("span", {}, format({ month: "long" }, "m").format(at)), count(group.month)),
  );
}
