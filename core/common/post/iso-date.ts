// ISO 8601 timestamps with the writer's UTC offset, e.g. 2019-07-24T21:30:00+09:00.

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/**
 * `date` as ISO 8601 to the second, in the zone `offsetMinutes` east of UTC (+540 for Japan;
 * the negation of Date#getTimezoneOffset). Pure: the zone is an argument.
 */
export function formatIsoWithOffset(date: Date, offsetMinutes: number): string {
  const local = new Date(Math.floor(date.getTime() / 1000) * 1000 + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  return `${ymdUtc(local)}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The calendar day (YYYY-MM-DD) of `date` in the zone `offsetMinutes` east of UTC. */
export function formatYmd(date: Date, offsetMinutes: number): string {
  return ymdUtc(new Date(date.getTime() + offsetMinutes * 60_000));
}

function ymdUtc(d: Date): string {
  const y = d.getUTCFullYear();
  return `${y < 0 ? "-" + pad(-y, 6) : y > 9999 ? "+" + pad(y, 6) : pad(y, 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Milliseconds since the epoch of an ISO 8601 date string, or null when it is not one. */
export function parseIsoMs(iso: string | null): number | null {
  if (iso === null || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}
