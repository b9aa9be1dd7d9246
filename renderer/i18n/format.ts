// Dates and numbers for people, in the UI language.
import type { Lang } from "../../core/common/i18n/index.js";

const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

function dateFormat(lang: Lang): Intl.DateTimeFormat {
  let f = dateFormats.get(lang);
  if (!f) {
    // "2019年7月24日" in Japanese, "Jul 24, 2019" in English.
    f = new Intl.DateTimeFormat(lang, { dateStyle: lang === "ja" ? "long" : "medium", timeZone: "UTC" });
    dateFormats.set(lang, f);
  }
  return f;
}

/**
 * The calendar date of an ISO 8601 timestamp as its writer saw it (the date part before the offset,
 * so a post written at 23:30 in Tokyo shows that day wherever it is read), or of a time in ms.
 */
export function formatDate(value: string | number, lang: Lang): string {
  if (typeof value === "string") {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
    if (m) return dateFormat(lang).format(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    const ms = Date.parse(value);
    if (Number.isNaN(ms)) return "";
    value = ms;
  }
  const d = new Date(value);
  return dateFormat(lang).format(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
}

/** The machine-readable date for `<time datetime>`. */
export function isoDate(value: string | number): string {
  if (typeof value === "string") return /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0] ?? "";
  const d = new Date(value);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
