// The rules of a tag: what a user may type, what a front matter may hold, and when two tags are the same.
import { MAX_TAG_LENGTH, TAG_SEPARATOR } from "./constants.js";

/** Why a tag was refused (stable codes, for a translated message). */
export type TagProblem = "empty" | "line-break" | "comma" | "control" | "empty-level" | "too-long";

/**
 * A tag as typed, checked: either the tag to store (`tag`) and its comparison key (`key`), or the
 * reason it cannot be one.
 */
export type NormalizedTag = { ok: true; tag: string; key: string } | { ok: false; reason: string; problem: TagProblem };

/** A tag read leniently from a file: its clean spelling and its key. */
export interface ReadTag {
  tag: string;
  key: string;
}

const LINE_BREAK = /[\n\r\v\f\u0085\u2028\u2029]/u;
const COMMA = /[,、]/u; // NFKC has already turned ， and ､ into these
const CONTROL = /\p{Cc}/u;
const CONTROLS = /\p{Cc}/gu;
const SPACES = /\s+/gu;
const VARIATION_SELECTORS = /[\uFE0E\uFE0F]/gu;

const REASONS: Record<TagProblem, string> = {
  empty: "A tag cannot be empty.",
  "line-break": "A tag cannot contain a line break.",
  comma: "A tag cannot contain a comma: commas separate tags, so add each tag on its own.",
  control: "A tag cannot contain control characters.",
  "empty-level": `A nested tag cannot have an empty level: write its levels with one "${TAG_SEPARATOR}" between them, like dev/frontend.`,
  "too-long": `A tag can be at most ${MAX_TAG_LENGTH} characters long.`,
};

const refuse = (problem: TagProblem): NormalizedTag => ({ ok: false, reason: REASONS[problem], problem });

/** NFKC, trimmed, without one leading "#" (a hashtag as typed). */
function cleaned(raw: string): string {
  const s = raw.normalize("NFKC").trim();
  return s.startsWith("#") ? s.slice(1).trim() : s;
}

/** Levels of a cleaned tag, each trimmed, inner white space collapsed to one space. */
function levelsOf(s: string): string[] {
  return s.split(TAG_SEPARATOR).map((level) => level.replace(SPACES, " ").trim());
}

/**
 * The comparison key of a clean tag: lower case, without emoji variation selectors, so that
 * `Kubernetes`, `kubernetes` and `ＫＵＢＥＲＮＥＴＥＳ` (after NFKC) are one tag.
 */
export function keyOfTag(tag: string): string {
  return tag.toLowerCase().replace(VARIATION_SELECTORS, "");
}

/**
 * Checks a tag typed by the user. Trims it, drops one leading "#", applies NFKC (so full-width
 * letters and half-width katakana become ordinary ones), collapses inner white space to one space,
 * and trims each level of a nested tag (`dev / frontend` → `dev/frontend`). Refuses empty tags,
 * line breaks, commas (`,` `，` `、`: they separate tags), control characters, empty levels
 * (`dev//x`, `/dev`, `dev/`) and tags over MAX_TAG_LENGTH characters. Case is kept in `tag`
 * (the spelling shown) and folded in `key`.
 */
export function normalizeTag(raw: string): NormalizedTag {
  const s = cleaned(raw);
  if (s === "") return refuse("empty");
  if (LINE_BREAK.test(s)) return refuse("line-break");
  if (COMMA.test(s)) return refuse("comma");
  if (CONTROL.test(s.replace(SPACES, " "))) return refuse("control");
  const levels = levelsOf(s);
  if (levels.some((level) => level === "")) return refuse("empty-level");
  const tag = levels.join(TAG_SEPARATOR);
  if ([...tag].length > MAX_TAG_LENGTH) return refuse("too-long");
  return { ok: true, tag, key: keyOfTag(tag) };
}

/**
 * Reads a tag found in a file, leniently: the same cleaning as normalizeTag, but line breaks and
 * control characters become spaces, empty levels are dropped and nothing is too long or refused.
 * For a tag normalizeTag accepts, the result is the same. Null when nothing is left.
 */
export function readTag(raw: string): ReadTag | null {
  const s = cleaned(raw).replace(CONTROLS, " ");
  const tag = levelsOf(s)
    .filter((level) => level !== "")
    .join(TAG_SEPARATOR);
  return tag === "" ? null : { tag, key: keyOfTag(tag) };
}

/** The key of a tag as found in a file (see readTag), or null for an empty one. */
export function tagKey(raw: string): string | null {
  return readTag(raw)?.key ?? null;
}

/** A clean tag or key and every tag above it, outermost first: `a/b/c` → ["a", "a/b", "a/b/c"]. */
export function tagAndAncestors(tag: string): string[] {
  const out: string[] = [];
  let at = tag.indexOf(TAG_SEPARATOR);
  while (at !== -1) {
    out.push(tag.slice(0, at));
    at = tag.indexOf(TAG_SEPARATOR, at + 1);
  }
  out.push(tag);
  return out;
}

/** True when the key `key` is `parent` or nested under it (`dev/frontend` is under `dev`, `devops` is not). */
export function isTagOrDescendant(key: string, parent: string): boolean {
  return key === parent || (key.length > parent.length && key.startsWith(parent) && key.charAt(parent.length) === TAG_SEPARATOR);
}
