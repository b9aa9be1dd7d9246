// Time zones by IANA name (Asia/Tokyo), with the offsets the platform's Intl data gives. Pure: no host clock.

/** A wall-clock time: what a person reads on a clock in some zone. Months are 1-12. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterOf(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(zone, f);
  }
  return f;
}

/** True when `zone` is a time zone the platform knows (IANA names like "Asia/Tokyo", or "UTC"). */
export function isTimeZone(zone: string): boolean {
  if (zone.trim() === "") return false;
  try {
    formatterOf(zone);
    return true;
  } catch {
    return false;
  }
}

/** The offset of `zone` from UTC at the instant `ms`, in minutes east of UTC (+540 for Japan). Throws RangeError for an unknown zone. */
export function zoneOffsetMinutes(zone: string, ms: number): number {
  const parts: Record<string, number> = {};
  for (const p of formatterOf(zone).formatToParts(new Date(ms))) if (p.type !== "literal") parts[p.type] = Number(p.value);
  const wall = Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
  return Math.round((wall - Math.floor(ms / 1000) * 1000) / 60_000);
}

/** The UTC milliseconds of wall time `w` read in `zone`, and that zone's offset then (minutes east of UTC). */
export function instantOf(w: WallTime, zone: string): { ms: number; offset: number } {
  const wall = wallUtcMs(w);
  let offset = zoneOffsetMinutes(zone, wall);
  let ms = wall - offset * 60_000;
  const again = zoneOffsetMinutes(zone, ms);
  if (again !== offset) {
    // Near a change of offset (summer time) the first guess used the other side's offset.
    offset = again;
    ms = wall - offset * 60_000;
  }
  return { ms, offset };
}

/** Wall time `w` as if it were UTC, in milliseconds. */
export function wallUtcMs(w: WallTime): number {
  const d = new Date(0);
  d.setUTCFullYear(w.year, w.month - 1, w.day);
  d.setUTCHours(w.hour, w.minute, w.second, 0);
  return d.getTime();
}

/** True when the fields of `w` name a real calendar day and time of day. */
export function isValidWallTime(w: WallTime): boolean {
  if (![w.year, w.month, w.day, w.hour, w.minute, w.second].every(Number.isInteger)) return false;
  if (
    w.month < 1 ||
    w.month > 12 ||
    w.day < 1 ||
    w.hour < 0 ||
    w.hour > 23 ||
    w.minute < 0 ||
    w.minute > 59 ||
    w.second < 0 ||
    w.second > 59
  )
    return false;
  const d = new Date(wallUtcMs(w));
  return d.getUTCMonth() === w.month - 1 && d.getUTCDate() === w.day;
}
