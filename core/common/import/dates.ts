// Dates of imported posts: Movable Type's `MM/DD/YYYY HH:MM:SS [AM|PM]` and the shapes front matter
// uses (RFC 3339, `YYYY-MM-DD HH:MM:SS +0900`, a day alone), all turned into ISO 8601 with an offset.
import { formatIsoWithOffset } from "../post/index.js";
import { instantOf, isValidWallTime, wallUtcMs, zoneOffsetMinutes, type WallTime } from "./zone.js";

const MT_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])\.?[Mm]\.?)?$/;
const LOOSE_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** ISO 8601 with offset of wall time `w` in `zone`, e.g. 2019-07-24T21:30:00+09:00. */
export function isoInZone(w: WallTime, zone: string): string {
  const { ms, offset } = instantOf(w, zone);
  return formatIsoWithOffset(new Date(ms), offset);
}

/** ISO 8601 of the instant `ms` (milliseconds since the epoch) as seen in `zone`. */
export function isoOfInstant(ms: number, zone: string): string {
  return formatIsoWithOffset(new Date(ms), zoneOffsetMinutes(zone, ms));
}

/**
 * A Movable Type DATE (`07/24/2019 21:30:00`, `07/24/2019 09:30:00 PM`; seconds optional) read in
 * `zone`, as ISO 8601 with that zone's offset; null when it is not such a date or names no real time.
 */
export function parseMtDate(raw: string, zone: string): string | null {
  const m = MT_DATE.exec(raw.trim());
  if (!m) return null;
  let hour = Number(m[4]);
  const half = m[7]?.toUpperCase();
  if (half) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (half === "P" ? 12 : 0);
  }
  const w: WallTime = { year: Number(m[3]), month: Number(m[1]), day: Number(m[2]), hour, minute: Number(m[5]), second: Number(m[6] ?? 0) };
  return isValidWallTime(w) ? isoInZone(w, zone) : null;
}

/**
 * A date from front matter as ISO 8601 with an offset, or null. Accepts RFC 3339 (`2019-07-24T21:30:00+09:00`,
 * `…Z`), Jekyll's `2019-07-24 21:30:00 +0900`, a time without zone and a day alone (both read in `zone`;
 * a day alone is its midnight), and Date objects (TOML dates; `toISOString()` is read the same way).
 * An offset written in the source is kept.
 */
export function parseLooseDate(value: unknown, zone: string): string | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    return parseLooseDate(value.toISOString(), zone);
  }
  if (typeof value !== "string") return null;
  const m = LOOSE_DATE.exec(value.trim());
  if (!m) return null;
  const w: WallTime = {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4] ?? 0),
    minute: Number(m[5] ?? 0),
    second: Number(m[6] ?? 0),
  };
  if (!isValidWallTime(w)) return null;
  const zoneText = m[7];
  if (zoneText === undefined) return isoInZone(w, zone);
  const offset = offsetOf(zoneText);
  if (offset === null) return null;
  return formatIsoWithOffset(new Date(wallUtcMs(w) - offset * 60_000), offset);
}

/** Minutes east of UTC of "Z", "+09:00", "+0900" or "+09"; null when out of range. */
function offsetOf(text: string): number | null {
  if (/^z$/i.test(text)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(text);
  if (!m) return null;
  const h = Number(m[2]);
  const min = Number(m[3] ?? 0);
  if (h > 23 || min > 59) return null;
  return (m[1] === "-" ? -1 : 1) * (h * 60 + min);
}
