// The writer's clock: timestamps with the local UTC offset, and new post ids.
import { randomFillSync } from "node:crypto";
import { createUlidGenerator, datePrefixOf, formatIsoWithOffset, formatYmd } from "../../common/post/index.js";

/** `date` as ISO 8601 with this machine's UTC offset at that moment, e.g. 2019-07-24T21:30:00+09:00. */
export function localIso(date: Date = new Date()): string {
  return formatIsoWithOffset(date, -date.getTimezoneOffset());
}

/** The local calendar day (YYYY-MM-DD) of `date`. */
export function localYmd(date: Date = new Date()): string {
  return formatYmd(date, -date.getTimezoneOffset());
}

/**
 * A `date` for a file that has none, so that it keeps its place in the list (which sorts files
 * without a date by mtime): its mtime, unless the file name starts with another day, then that
 * day at midnight local time.
 */
export function inferredDate(fileName: string, mtimeMs: number): string {
  const mtime = new Date(mtimeMs);
  const prefix = datePrefixOf(fileName);
  if (prefix === null || prefix === localYmd(mtime)) return localIso(mtime);
  const [y, m, d] = prefix.split("-").map(Number);
  const midnight = new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
  return Number.isNaN(midnight.getTime()) ? localIso(mtime) : localIso(midnight);
}

/** A new post id: a ULID, strictly increasing within this process. */
export const newPostId: () => string = createUlidGenerator((n) => randomFillSync(new Uint8Array(n)));
