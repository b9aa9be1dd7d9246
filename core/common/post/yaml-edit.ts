// Editing front-matter YAML in place: only the keys Tsuzuri owns change; every other byte stays.
import { Document, isCollection, isMap, isScalar, parseDocument } from "yaml";
import { MANAGED_KEYS } from "./constants.js";
import type { Eol } from "./eol.js";
import { blockListYaml, inlineYaml, type ManagedValue } from "./yaml-value.js";

/** New values for the keys Tsuzuri owns; an absent key is left as it is. */
export interface FrontMatterChanges {
  id?: string;
  title?: string;
  date?: string;
  updated?: string;
  tags?: readonly string[];
  draft?: boolean;
  /** Only for posts that already have a `slug:` key: it follows a rename of the file (see post details). */
  slug?: string;
}

/** The keys an edit may change: Tsuzuri's own, and `slug` (which it never adds to a new post). */
const EDITED_KEYS = [...MANAGED_KEYS, "slug"] as const;

interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * The YAML text `yaml` (already parsed as `doc`, a mapping or empty) with `changes` applied.
 * Values that change are replaced in place, new keys are appended at the end, and everything else
 * (unknown keys, comments, quoting, key order, blank lines) is kept byte for byte. The result is
 * checked by parsing it again; if an in-place edit is impossible (a flow mapping, tags on a value…)
 * the document is re-serialised by the yaml library instead, which still keeps keys and comments.
 * Throws only if neither way gives the expected data (nothing is written then).
 */
export function editFrontMatterYaml(yaml: string, doc: Document.Parsed, changes: FrontMatterChanges, eol: Eol): string {
  const before = (doc.contents === null ? {} : doc.toJS()) as Record<string, unknown>;
  const wanted: Record<string, unknown> = { ...before };
  for (const key of EDITED_KEYS) if (changes[key] !== undefined) wanted[key] = changes[key];
  const inPlace = editInPlace(yaml, doc, changes, eol, before);
  if (inPlace !== null && yieldsData(inPlace, wanted)) return inPlace;
  const rebuilt = rebuild(doc, changes, eol);
  if (yieldsData(rebuilt, wanted)) return rebuilt;
  throw new Error("the front matter could not be updated without changing other keys");
}

function editInPlace(
  yaml: string,
  doc: Document.Parsed,
  changes: FrontMatterChanges,
  eol: Eol,
  before: Record<string, unknown>,
): string | null {
  const map = doc.contents;
  if (map !== null && (!isMap(map) || map.flow)) return null;
  const edits: Edit[] = [];
  const appended: string[] = [];
  const indent =
    map && map.items[0] && isScalar(map.items[0].key) && map.items[0].key.range ? columnOf(yaml, map.items[0].key.range[0]) : "";
  if (indent === null) return null;
  for (const key of EDITED_KEYS) {
    const value = changes[key];
    if (value === undefined) continue;
    const pair = map?.items.find((p) => isScalar(p.key) && p.key.value === key);
    if (!pair) {
      appended.push(`${indent}${key}: ${inlineYaml(value)}${eol}`);
      continue;
    }
    if (sameValue(before[key], value)) continue;
    const node = pair.value;
    if (!node || !(isScalar(node) || isCollection(node)) || !node.range || node.tag || node.anchor) return null;
    const start = node.range[0];
    let end = node.range[1];
    if (isCollection(node) && !node.flow) {
      while (end > start && (yaml[end - 1] === "\n" || yaml[end - 1] === "\r")) end--;
      const column = columnOf(yaml, start);
      if (column === null) return null;
      edits.push({
        start,
        end,
        text: Array.isArray(value) ? blockListYaml(value as string[], column, eol) : inlineYaml(value as ManagedValue),
      });
    } else {
      const text = inlineYaml(value as ManagedValue);
      edits.push({ start, end, text: start === end && yaml[start - 1] === ":" ? " " + text : text });
    }
  }
  let out = yaml;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  if (appended.length) {
    if (out.length && !out.endsWith("\n")) out += eol;
    out += appended.join("");
  }
  return out;
}

/** The whitespace before `pos` on its line, or null when other text precedes it there. */
function columnOf(text: string, pos: number): string | null {
  const lineStart = text.lastIndexOf("\n", pos - 1) + 1;
  const before = text.slice(lineStart, pos);
  return /^[ ]*$/.test(before) ? before : null;
}

function rebuild(doc: Document.Parsed, changes: FrontMatterChanges, eol: Eol): string {
  const copy: Document = doc.contents === null ? new Document({}) : doc.clone();
  if (doc.contents === null) copy.commentBefore = doc.commentBefore ?? doc.comment;
  for (const key of EDITED_KEYS) {
    const value = changes[key];
    if (value === undefined) continue;
    copy.set(key, Array.isArray(value) ? copy.createNode(value, { flow: true }) : value);
  }
  const text = copy.toString({ lineWidth: 0, blockQuote: false, flowCollectionPadding: false });
  return eol === "\n" ? text : text.replace(/\r?\n/g, eol);
}

function yieldsData(yaml: string, wanted: Record<string, unknown>): boolean {
  const doc = parseDocument(yaml);
  if (doc.errors.length) return false;
  return sameValue(doc.contents === null ? {} : doc.toJS(), wanted);
}

/** Deep equality of plain data (what YAML and JSON hold); object key order does not matter. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  const ka = Object.keys(a),
    kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const rb = b as Record<string, unknown>,
    ra = a as Record<string, unknown>;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(rb, k) && sameValue(ra[k], rb[k]));
}
