// A raw Movable Type entry made into what a post needs: title, date in a zone, tags, draft, slug,
// identity, the HTML of its parts and its comments. An entry that cannot be a post says why.
import { parseMtDate } from "./dates.js";
import { mtIdentity } from "./identity.js";
import { parseFeedback, type MtRawEntry } from "./mt-parse.js";
import { mergeTags, parseMtTags } from "./tag-list.js";

/** A comment or trackback of an entry, ready to be written into the post. */
export interface MtFeedbackItem {
  kind: "comment" | "ping";
  author: string;
  /** The author's web page (public on the original site); "" when none. E-mail and IP are not kept. */
  url: string;
  /** ISO 8601 when the DATE could be read, else the DATE as written ("" when none). */
  date: string;
  /** For trackbacks: the linking post's title and blog. */
  title: string;
  blogName: string;
  /** The text as written: HTML or plain text. */
  text: string;
}

/** An entry that can become a post. */
export interface MtPost {
  index: number;
  line: number;
  /** How reports name the entry, e.g. `#3 "Rubyのメモ" (07/24/2019 21:30:00)`. */
  label: string;
  /** `mt:<BASENAME>` (or date and title hash); see identity.ts. Not yet numbered for repeats. */
  identity: string;
  title: string;
  /** ISO 8601 with the offset of the zone the DATE was read in. */
  date: string;
  basename: string | null;
  draft: boolean;
  tags: string[];
  author: string | null;
  image: string | null;
  /** CONVERT BREAKS as written ("0" for HTML as is, "1"/"__default__" for text with line breaks, "markdown"…), null when absent. */
  convertBreaks: string | null;
  body: string;
  extendedBody: string;
  excerpt: string;
  keywords: string;
  feedback: MtFeedbackItem[];
  warnings: string[];
}

/** The result for one entry: a post, or why it cannot be one. */
export type MtEntryResult = { ok: true; post: MtPost } | { ok: false; index: number; line: number; label: string; reason: string };

function last(entry: MtRawEntry, key: string): string | null {
  for (let i = entry.fields.length - 1; i >= 0; i--) if (entry.fields[i]?.key === key) return entry.fields[i]?.value ?? null;
  return null;
}

function all(entry: MtRawEntry, key: string): string[] {
  return entry.fields.filter((f) => f.key === key).map((f) => f.value);
}

function section(entry: MtRawEntry, key: string): string {
  return entry.sections
    .filter((s) => s.key === key)
    .map((s) => s.text)
    .join("\n");
}

/** How reports name an entry. */
export function mtEntryLabel(entry: MtRawEntry): string {
  const title = last(entry, "TITLE");
  const date = last(entry, "DATE");
  return `#${entry.index}${title !== null ? ` ${JSON.stringify(title)}` : ""}${date ? ` (${date})` : ""} at line ${entry.line}`;
}

/** Makes a raw entry into a post, reading its DATE in `zone` (an IANA name). Fails on a missing or unreadable DATE. */
export function mtEntryToPost(entry: MtRawEntry, zone: string): MtEntryResult {
  const label = mtEntryLabel(entry);
  const fail = (reason: string): MtEntryResult => ({ ok: false, index: entry.index, line: entry.line, label, reason });
  const rawDate = last(entry, "DATE");
  if (rawDate === null || rawDate === "") return fail("it has no DATE line, so its date is unknown");
  const date = parseMtDate(rawDate, zone);
  if (date === null)
    return fail(`its DATE ${JSON.stringify(rawDate)} is not a date like 07/24/2019 21:30:00 (MM/DD/YYYY, optionally with AM/PM)`);
  const hasBody = entry.sections.some((s) => s.key === "BODY");
  const title = last(entry, "TITLE") ?? "";
  if (!hasBody && title === "") return fail("it has neither a TITLE nor a BODY section");
  const warnings = [...entry.warnings];
  if (!hasBody) warnings.push("it has no BODY section: the post is empty");
  const basename = last(entry, "BASENAME");
  const primary = last(entry, "PRIMARY CATEGORY");
  const feedback: MtFeedbackItem[] = entry.sections
    .filter((s) => s.key === "COMMENT" || s.key === "PING")
    .map((s) => {
      const f = parseFeedback(s.text);
      const when = f.fields.DATE ?? "";
      return {
        kind: s.key === "PING" ? "ping" : "comment",
        author: f.fields.AUTHOR ?? "",
        url: f.fields.URL ?? "",
        date: (when && parseMtDate(when, zone)) || when,
        title: f.fields.TITLE ?? "",
        blogName: f.fields["BLOG NAME"] ?? "",
        text: f.text,
      };
    });
  return {
    ok: true,
    post: {
      index: entry.index,
      line: entry.line,
      label,
      identity: mtIdentity(basename, date, title),
      title,
      date,
      basename: basename === "" ? null : basename,
      draft: /^draft$/i.test(last(entry, "STATUS") ?? ""),
      tags: mergeTags(primary ? [primary] : [], all(entry, "CATEGORY"), all(entry, "TAGS").flatMap(parseMtTags)),
      author: last(entry, "AUTHOR") || null,
      image: last(entry, "IMAGE") || null,
      convertBreaks: last(entry, "CONVERT BREAKS"),
      body: section(entry, "BODY"),
      extendedBody: section(entry, "EXTENDED BODY"),
      excerpt: section(entry, "EXCERPT").trim(),
      keywords: section(entry, "KEYWORDS").trim(),
      feedback,
      warnings,
    },
  };
}
