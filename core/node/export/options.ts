// Checking the options of an export: dates, language and base URL. Mistakes are invalid-argument errors.
import { TsuzuriError } from "../../contract/index.js";
import { langTag, parseDateBound, type DateBound, type Selection } from "../../common/export/index.js";
import type { ExportSiteOptions } from "./types.js";

/** A date bound from an option (a string to parse, or a bound already). */
export function dateBoundOf(value: string | DateBound | undefined, option: string): DateBound | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string") return value;
  const bound = parseDateBound(value);
  if (!bound)
    throw new TsuzuriError("invalid-argument", `${option} must be a date like 2019-07-24 (or 2019-07-24T21:30:00+09:00), not "${value}".`);
  return bound;
}

/** The selection an export's options describe. */
export function selectionOf(options: ExportSiteOptions): Selection {
  return {
    ...(options.tags ? { tags: options.tags } : {}),
    ...(options.paths ? { paths: options.paths } : {}),
    from: dateBoundOf(options.from, "from"),
    to: dateBoundOf(options.to, "to"),
    drafts: options.drafts === true,
  };
}

/** The journal language option as a language tag, or null when not given. */
export function journalLangOf(lang: string | null | undefined): string | null {
  if (lang === undefined || lang === null || lang === "") return null;
  const tag = langTag(lang);
  if (!tag) throw new TsuzuriError("invalid-argument", `The language must be a language tag like ja or en, not "${lang}".`);
  return tag;
}

/** An http(s) URL as the base of a site: no query or fragment, ending in "/". Null when not given. */
export function baseUrlOf(raw: string | null | undefined): string | null {
  if (raw === undefined || raw === null || raw.trim() === "") return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    url = new URL("invalid:");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new TsuzuriError(
      "invalid-argument",
      `The base URL must be an absolute http or https address like https://example.com/blog/, not "${raw}".`,
    );
  }
  url.search = "";
  url.hash = "";
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url.href;
}
