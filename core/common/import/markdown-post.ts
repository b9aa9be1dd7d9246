// A Markdown file from another tool (Jekyll, Hugo, Obsidian, a plain folder) made into what an
// imported post needs: title, date, tags, draft, extra front-matter keys, identity and body.
// The date: `date` (else publishDate, pubDate, created), else a YYYY-MM-DD- file name prefix, else the mtime.
import { datePrefixOf, firstHeading, titleFromFileName } from "../post/index.js";
import { isoOfInstant, parseLooseDate } from "./dates.js";
import { markdownIdentity } from "./identity.js";
import { inlineTags } from "./inline-tags.js";
import { baseOf, dirOf } from "./paths.js";
import { plainData, readSourceFrontMatter, type SourceFrontMatterKind } from "./source-front-matter.js";
import { mergeTags, tagsFromValue } from "./tag-list.js";

/** A Markdown file to import. */
export interface MarkdownFileInput {
  /** Path inside the imported folder ("/"-separated). */
  relPath: string;
  text: string;
  /** Modification time of the file: the date of last resort. */
  mtimeMs: number;
  /** Zone for dates written without one (IANA name). */
  zone: string;
  /** Read Obsidian inline `#tags` from the text (for vaults and files without front matter). */
  inlineTags: boolean;
  /** The file is a draft by where it is (Jekyll `_drafts/`). */
  draftByFolder?: boolean;
}

/** What a Markdown file becomes. Links are not resolved yet (see links.ts, wikilinks.ts, site-refs.ts). */
export interface MarkdownPost {
  identity: string;
  title: string;
  date: string;
  updated: string | null;
  tags: string[];
  draft: boolean;
  /** The source's other front-matter keys, in order, as plain data (slug, aliases, categories… kept). */
  extras: Record<string, unknown>;
  /** The `slug` of the front matter, if any (names the file). */
  slug: string | null;
  frontMatter: SourceFrontMatterKind;
  body: string;
  warnings: string[];
}

/** The result for one file: a post, or why it cannot be one. */
export type MarkdownPostResult = { ok: true; post: MarkdownPost } | { ok: false; reason: string };

/** Keys that become Tsuzuri's own and are not copied as they are. */
/** Keys read for the date when `date` is missing: Hugo's publish date, Obsidian's `created` property. */
const FALLBACK_DATE_KEYS = ["publishDate", "pubDate", "created"];

const CONSUMED = new Set(["id", "title", "date", "updated", "tags", "draft", "imported_from"]);

function textOf(v: unknown): string | null {
  return typeof v === "string" ? v : typeof v === "number" ? String(v) : null;
}

/** A title from the file's path: its name without date prefix and extension; an `index.md` of a Hugo bundle is named by its folder. */
export function titleFromPath(relPath: string): string {
  const base = baseOf(relPath);
  if (/^_?index\.(md|markdown)$/i.test(base) && dirOf(relPath)) return titleFromFileName(baseOf(dirOf(relPath)));
  return titleFromFileName(base);
}

/** Makes a Markdown file into a post. Fails only when its front matter cannot be read. */
export function markdownFileToPost(input: MarkdownFileInput): MarkdownPostResult {
  const fm = readSourceFrontMatter(input.text);
  if (fm.problem) return { ok: false, reason: fm.problem };
  const data = fm.data;
  const warnings: string[] = [];
  const body = fm.body.replace(/\r\n/g, "\n");

  const fmTitle = textOf(data.title);
  const title = fmTitle !== null && fmTitle.trim() !== "" ? fmTitle : (firstHeading(body) ?? titleFromPath(input.relPath));

  let date: string | null = null;
  if (data.date !== undefined && data.date !== null && data.date !== "") {
    date = parseLooseDate(data.date, input.zone);
    if (date === null) warnings.push(`its date ${JSON.stringify(plainData(data.date))} could not be read; kept as original_date`);
  }
  for (const key of FALLBACK_DATE_KEYS) date ??= parseLooseDate(data[key], input.zone);
  const prefix = datePrefixOf(baseOf(input.relPath));
  date ??= prefix ? parseLooseDate(prefix, input.zone) : null;
  date ??= isoOfInstant(input.mtimeMs, input.zone);
  const updated = data.updated !== undefined ? parseLooseDate(data.updated, input.zone) : null;

  const tags = mergeTags(
    tagsFromValue(data.tags),
    tagsFromValue(data.categories),
    tagsFromValue(data.category),
    input.inlineTags || fm.kind === "none" ? inlineTags(body) : [],
  );
  const draft =
    data.draft === true || data.draft === "true" || data.published === false || data.published === "false" || input.draftByFolder === true;

  const extras: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (CONSUMED.has(key) || value === null || value === undefined) continue;
    extras[key] = plainData(value);
  }
  if (data.id !== undefined && data.id !== null) extras.source_id = plainData(data.id);
  if (data.updated !== undefined && updated === null) extras.original_updated = plainData(data.updated);
  if (data.date !== undefined && data.date !== null && data.date !== "" && parseLooseDate(data.date, input.zone) === null)
    extras.original_date = plainData(data.date);

  return {
    ok: true,
    post: {
      identity: markdownIdentity(input.relPath),
      title,
      date,
      updated,
      tags,
      draft,
      extras,
      slug: textOf(data.slug),
      frontMatter: fm.kind,
      body,
      warnings,
    },
  };
}
