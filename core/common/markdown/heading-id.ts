// Heading ids that keep Japanese: letters and digits of every script survive, ASCII is lower-cased,
// white space becomes "-". markdown-it-anchor makes them unique within a post ("-1", "-2" …).
import { EMPTY_SLUG } from "./constants.js";

/** Characters dropped from a slug: everything but letters, marks, digits, "-", "_" and white space. */
const DROPPED = /[^\p{L}\p{M}\p{N}\s_-]/gu;

/** The id of a heading with this text, e.g. "Go の Context 入門" → "go-の-context-入門". */
export function headingId(text: string): string {
  const slug = text
    .replace(/[A-Z]+/g, (ascii) => ascii.toLowerCase())
    .replace(DROPPED, "")
    .trim()
    .replace(/\s+/gu, "-");
  return slug === "" ? EMPTY_SLUG : slug;
}
