// A post's date in an <input type="datetime-local"> and back, keeping the post's own UTC offset: a post
// dated 2019-07-24T21:30:00+09:00 shows 21:30 wherever it is edited, and stays +09:00 when changed.

/** What the field shows of a date: its local wall-clock time (YYYY-MM-DDTHH:MM[:SS]) and its offset ("+09:00", "Z"). */
export interface DateField {
  value: string;
  offset: string;
}

const ISO = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?(?:\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** The field of an ISO 8601 date with an offset, or null for anything else (no date, a bare day). */
export function toDateField(iso: string | null): DateField | null {
  const m = iso === null ? null : ISO.exec(iso);
  if (!m) return null;
  const seconds = m[3] && m[3] !== ":00" ? m[3] : "";
  return { value: `${m[1]}T${m[2]}${seconds}`, offset: m[4] === "Z" ? "Z" : m[4]! };
}

/** The offset of this computer's clock at `date`, as "+09:00" (for a post that had no date yet). */
export function localOffset(date: Date = new Date()): string {
  const minutes = -date.getTimezoneOffset();
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? "-" : "+"}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/** The ISO 8601 date (to the second) of a field value with `offset`, or null when the value is not a full date and time. */
export function fromDateField(value: string, offset: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?(?:\.\d+)?$/.exec(value);
  if (!m) return null;
  const iso = `${m[1]}T${m[2]}${m[3] ?? ":00"}${offset}`;
  return Number.isNaN(Date.parse(iso)) || !isCalendarDay(m[1]!) ? null : iso;
}

/** True when YYYY-MM-DD names a day that exists (no 30 February: Date.parse rolls it over). */
function isCalendarDay(ymd: string): boolean {
  const [y, m, d] = ymd.split("-").map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}
