// Reading front matter: YAML text → a Document and the metadata Tsuzuri understands.
import { isMap, parseDocument, type Document } from "yaml";

/** What Tsuzuri reads from front matter. Absent or unusable values are null (tags: [], draft: false). */
export interface PostMeta {
  id: string | null;
  title: string | null;
  date: string | null;
  updated: string | null;
  tags: string[];
  draft: boolean;
}

/**
 * The state of a file's front matter:
 * - "none": the file has none (one is added on the first save);
 * - "ok": a YAML mapping (or empty) that Tsuzuri may edit;
 * - "unreadable": broken YAML, or YAML that is not a mapping. Tsuzuri never rewrites it (see serialise.ts).
 */
export type FrontMatterStatus = "none" | "ok" | "unreadable";

/** Front matter as read: its status, the parsed document when "ok", and plain data. */
export interface FrontMatter {
  status: FrontMatterStatus;
  /** The parsed document; null unless status is "ok". */
  doc: Document.Parsed | null;
  /** The mapping as plain data ({} unless status is "ok"). */
  data: Record<string, unknown>;
  /** Why the front matter could not be read (status "unreadable"), for people. */
  problem: string | null;
}

/** No front matter at all. */
export const NO_FRONT_MATTER: FrontMatter = { status: "none", doc: null, data: {}, problem: null };

/** Parses the YAML of a front matter block (null: the file has none). Never throws. */
export function readFrontMatter(yaml: string | null): FrontMatter {
  if (yaml === null) return NO_FRONT_MATTER;
  let doc: Document.Parsed;
  try {
    doc = parseDocument(yaml);
  } catch (e) {
    return unreadable(`the YAML could not be parsed (${String(e)})`);
  }
  const first = doc.errors[0];
  if (first) return unreadable(`the YAML is not valid: ${first.message.split("\n")[0]}`);
  if (doc.contents === null) return { status: "ok", doc, data: {}, problem: null };
  if (!isMap(doc.contents)) return unreadable("the YAML is not a list of `key: value` pairs");
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 1000 });
  } catch (e) {
    return unreadable(`the YAML could not be read (${String(e)})`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return unreadable("the YAML is not a list of `key: value` pairs");
  return { status: "ok", doc, data: data as Record<string, unknown>, problem: null };
}

function unreadable(problem: string): FrontMatter {
  return { status: "unreadable", doc: null, data: {}, problem };
}

/** The metadata Tsuzuri understands, taken leniently from front-matter data. */
export function metaFromData(data: Record<string, unknown>): PostMeta {
  return {
    id: text(data.id),
    title: text(data.title),
    date: text(data.date),
    updated: text(data.updated),
    tags: tagsFrom(data.tags),
    draft: data.draft === true || data.draft === "true",
  };
}

function text(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  return null;
}

/** Tags from a YAML list, or from a comma-separated string; trimmed, non-empty, without repeats. */
export function tagsFrom(value: unknown): string[] {
  const raw = Array.isArray(value) ? value : typeof value === "string" ? value.split(",") : [];
  return normaliseTags(raw.map(text).filter((t): t is string => t !== null));
}

/** Trims tags, drops empty ones and repeats, keeping first-seen order. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const t of tags) {
    const tag = t.trim();
    if (tag) seen.add(tag);
  }
  return [...seen];
}
