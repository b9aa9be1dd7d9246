// Dates of posts as written in their front matter: shown as the writer wrote them (their day, in
// their time zone), never converted to the zone of the machine that exports.
import { parseIsoMs } from "../post/index.js";
import { isJapanese } from "./lang.js";

const YMD = /^(\d{4})-(\d{2})-(\d{2})/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const LOCAL_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$/;

/**
 * Milliseconds since the epoch of a post's date. A date and time without a zone ("2019-07-24 21:30")
 * is read as UTC, so that neither order nor feed depends on the zone of the machine that exports.
 */
export function instantOf(iso: string | null): number | null {
  if (iso === null) return null;
  const local = LOCAL_TIME.exec(iso.trim());
  return parseIsoMs(local ? `${local[1]}T${local[2]}Z` : iso);
}

/** The calendar day "YYYY-MM-DD" of an ISO date as written (its own offset), or null. */
export function dayOf(iso: string | null): string | null {
  if (iso === null || instantOf(iso) === null) return null;
  return YMD.exec(iso)?.[0] ?? null;
}

/** The day of an ISO date for people: "2019年7月24日" (Japanese) or "July 24, 2019". Null without a date. */
export function displayDate(iso: string | null, lang: string): string | null {
  const m = YMD.exec(dayOf(iso) ?? "");
  if (!m) return null;
  const [, y, mo, d] = m;
  const month = Number(mo);
  const day = Number(d);
  return isJapanese(lang) ? `${y}年${month}月${day}日` : `${MONTHS[month - 1] ?? mo} ${day}, ${y}`;
}

/** An ISO date as RFC 3339 (what Atom requires): unchanged when it already is, else in UTC. Null without a date. */
export function rfc3339(iso: string | null): string | null {
  const ms = instantOf(iso);
  if (ms === null || iso === null) return null;
  return RFC3339.test(iso) ? iso : new Date(ms).toISOString().replace(/\.000Z$/, "Z");
}

/** A bound of a date range: a calendar day ("2019-07-24", compared with the post's own day) or an instant (full ISO date). */
export type DateBound = { day: string } | { ms: number };

/** Reads a --from/--to value; null when it is neither "YYYY-MM-DD" nor an ISO date with a time. */
export function parseDateBound(value: string): DateBound | null {
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) {
    const ms = parseIsoMs(v);
    return ms !== null && new Date(ms).toISOString().startsWith(v) ? { day: v } : null; // no 2019-02-30
  }
  const ms = instantOf(v);
  return ms === null || !/T\d{2}:\d{2}/.test(v) ? null : { ms };
}

/** True when the post dated `iso` is on or after `from` and on or before `to` (either may be absent). Undated posts are never in a range. */
export function inDateRange(iso: string | null, from?: DateBound, to?: DateBound): boolean {
  if (!from && !to) return true;
  const day = dayOf(iso);
  const ms = instantOf(iso);
  if (day === null || ms === null) return false;
  if (from && ("day" in from ? day < from.day : ms < from.ms)) return false;
  if (to && ("day" in to ? day > to.day : ms > to.ms)) return false;
  return true;
}
