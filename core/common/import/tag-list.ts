// Tags of imported posts: from front-matter lists and strings, Movable Type TAGS and CATEGORY lines,
// cleaned by the journal's tag rules (core/common/tags) and merged without repeats.
import { readTag } from "../tags/index.js";

/** A tag-ish scalar as text (numbers too: `tags: [2019]`). */
function scalarText(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return null;
}

/**
 * Tags from a front-matter value: a list (of strings or numbers), or one string separated by commas
 * (`"a, b c"` → a, b c) or, without commas, by white space (`"a b"` → a, b). Trimmed, not cleaned yet.
 */
export function tagsFromValue(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(scalarText).filter((t): t is string => t !== null);
  const text = scalarText(value);
  if (text === null) return [];
  return (/[,、，]/.test(text) ? text.split(/[,、，]/) : text.split(/\s+/)).map((t) => t.trim()).filter(Boolean);
}

/**
 * The tags of a Movable Type TAGS line: words separated by commas or white space, where a tag with
 * spaces is written in double quotes (`"Movable Type",foo bar` → Movable Type, foo, bar).
 */
export function parseMtTags(raw: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|([^\s,"]+)/g;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    const tag = m[1] ?? m[2] ?? "";
    if (tag.trim()) out.push(tag);
  }
  return out;
}

/**
 * The tags of `lists`, in order, cleaned as the journal reads tags (NFKC, trimmed, one leading "#"
 * dropped, nested levels trimmed) and without repeats (compared case-insensitively; the first
 * spelling wins).
 */
export function mergeTags(...lists: readonly (readonly string[])[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const list of lists) {
    for (const raw of list) {
      const t = readTag(raw);
      if (!t || seen.has(t.key)) continue;
      seen.add(t.key);
      out.push(t.tag);
    }
  }
  return out;
}
