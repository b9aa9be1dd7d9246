// The search box's language: words, "quoted phrases" and the qualifiers tag:, before:, after:, is:draft.
import { normalizeTag } from "../tags/index.js";
import { FIELD_SEPARATOR } from "./constants.js";
import { foldForSearch } from "./normalize.js";

/** A problem with part of a query; `from`/`to` are offsets in the query as typed. */
export interface QueryError {
  message: string;
  from: number;
  to: number;
}

/** A parsed query: a post matches when every part holds. */
export interface ParsedQuery {
  /** Normalised text that must all occur (each in the title, the body or a tag). */
  terms: string[];
  /** Tag keys the post must carry (itself or nested under it: `dev` takes `dev/frontend`). */
  tags: string[];
  /** Earliest calendar day (YYYY-MM-DD, inclusive), or null. */
  after: string | null;
  /** Day before which the post must be (YYYY-MM-DD, exclusive), or null. */
  before: string | null;
  /** Only drafts (`is:draft`). */
  draft: boolean;
  /** Malformed qualifiers. A query with errors matches nothing. */
  errors: QueryError[];
}

interface Token {
  text: string;
  from: number;
  to: number;
  /** The whole token was quoted: never a qualifier. */
  quoted: boolean;
}

const SPACE = /\s/u;
const QUOTE = /["＂“”]/u;
const QUALIFIER = /^(tag|before|after|is):/iu;
const DATE = /^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?$/u;
const MAX_DAY = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Splits a query into tokens: runs of non-space, or "quoted text" (an unclosed quote runs to the end). A `name:"…"` token keeps its quoted value. */
function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = query.length;
  while (i < n) {
    if (SPACE.test(query.charAt(i))) {
      i++;
      continue;
    }
    const from = i;
    if (QUOTE.test(query.charAt(i))) {
      const close = findQuote(query, i + 1);
      tokens.push({ text: query.slice(i + 1, close), from, to: Math.min(n, close + 1), quoted: true });
      i = close + 1;
      continue;
    }
    let text = "";
    while (i < n && !SPACE.test(query.charAt(i))) {
      if (QUOTE.test(query.charAt(i)) && QUALIFIER.test(text.normalize("NFKC")) && text.normalize("NFKC").endsWith(":")) {
        const close = findQuote(query, i + 1);
        text += query.slice(i + 1, close);
        i = close + 1;
        break;
      }
      text += query.charAt(i++);
    }
    tokens.push({ text, from, to: Math.min(n, i), quoted: false });
  }
  return tokens;
}

function findQuote(query: string, from: number): number {
  for (let i = from; i < query.length; i++) if (QUOTE.test(query.charAt(i))) return i;
  return query.length;
}

/** YYYY, YYYY-MM or YYYY-MM-DD (or with "/") as the first day of that period, or null when it is no date. */
export function parseDay(value: string): string | null {
  const m = DATE.exec(value);
  if (!m) return null;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > (MAX_DAY[month - 1] as number)) return null;
  const year = Number(m[1]);
  if (month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) return null;
  return `${m[1]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Parses a search query. Terms are separated by white space (the ideographic space too); a quoted
 * phrase ("…", ＂…＂ or “…”) is one term, quotes unclosed run to the end. Terms are normalised
 * like the text (see normalizeForSearch); empty ones are dropped, and so are terms contained in
 * another term (they add nothing to an AND). Qualifiers (names in any case and width, ｔａｇ：日記 works):
 * - `tag:NAME` or `tag:"two words"`: carries the tag or one nested under it; a leading "#" is allowed;
 * - `after:DATE`: dated on or after DATE; `before:DATE`: dated before DATE (so `after:2019-07
 *   before:2019-08` is July 2019). DATE is YYYY-MM-DD, YYYY-MM or YYYY (its first day), "/" allowed.
 *   The post's day is its front-matter date as written (in the writer's zone); undated posts never match;
 * - `is:draft`: drafts only.
 * A malformed qualifier (`before:yesterday`, `tag:`, `is:done`) is an error, and a query with errors
 * matches nothing. Any other `word:value` (https://…, note:) is an ordinary term, as is a quoted qualifier.
 */
export function parseQuery(query: string): ParsedQuery {
  const parsed: ParsedQuery = { terms: [], tags: [], after: null, before: null, draft: false, errors: [] };
  const terms: string[] = [];
  for (const token of tokenize(query)) {
    const nfkc = token.text.normalize("NFKC");
    const q = token.quoted ? null : QUALIFIER.exec(nfkc);
    if (!q) {
      terms.push(token.text);
      continue;
    }
    const name = (q[1] as string).toLowerCase();
    const value = nfkc.slice(q[0].length).trim();
    const fail = (message: string): void => {
      parsed.errors.push({ message, from: token.from, to: token.to });
    };
    if (name === "tag") {
      if (value === "") fail('tag: needs a tag name, like tag:日記 or tag:"two words".');
      else {
        const tag = normalizeTag(value);
        if (tag.ok) parsed.tags.push(tag.key);
        else fail(`tag:${value}: ${tag.reason}`);
      }
    } else if (name === "is") {
      if (value.toLowerCase() === "draft") parsed.draft = true;
      else fail(`is:${value} is not known: the only one is is:draft.`);
    } else {
      const day = parseDay(value);
      if (day === null) fail(`${name}: needs a date like ${name}:2019-07-24 (or 2019-07, or 2019)${value ? `, not "${value}"` : ""}.`);
      else if (name === "after") parsed.after = parsed.after === null || day > parsed.after ? day : parsed.after;
      else parsed.before = parsed.before === null || day < parsed.before ? day : parsed.before;
    }
  }
  parsed.tags = [...new Set(parsed.tags)];
  parsed.terms = essentialTerms(terms.map((t) => foldForSearch(t.split(FIELD_SEPARATOR).join(""))));
  return parsed;
}

/** Distinct non-blank terms, without those another term contains; longest first. */
function essentialTerms(terms: string[]): string[] {
  const distinct = [...new Set(terms.filter((t) => t.trim() !== ""))].sort((a, b) => b.length - a.length);
  return distinct.filter((t, i) => !distinct.slice(0, i).some((longer) => longer.includes(t)));
}
