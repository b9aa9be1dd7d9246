// The excerpt of a post: its first line of prose, as plain text.
import { proseLines } from "./blocks.js";
import { EXCERPT_LENGTH } from "./constants.js";
import { plainLine } from "./plain-text.js";

const SKIP = [
  /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/, // thematic break
  /^ {0,3}\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$/, // table delimiter row
  /^ {0,3}\[[^\]]+\]:[ \t]*\S+/, // link reference definition
  /^ {0,3}(?:=+|-+)[ \t]*$/, // setext underline
];

/**
 * The first line of text of `body` ("\n" line breaks) that is not a heading, code or markup, as
 * plain text, at most `max` characters (code points) with "…" when cut. Falls back to the first
 * heading's text, then "".
 */
export function excerptOf(body: string, max: number = EXCERPT_LENGTH): string {
  let heading: string | null = null;
  for (const line of proseLines(body)) {
    if (SKIP.some((re) => re.test(line.text))) continue;
    const text = plainLine(line.text.replace(/\|/g, " "));
    if (!text) continue;
    if (line.heading) {
      heading ??= text;
      continue;
    }
    return truncate(text, max);
  }
  return heading === null ? "" : truncate(heading, max);
}

/** `text` cut to at most `max` code points, ending in "…" when cut. */
export function truncate(text: string, max: number): string {
  const points = Array.from(text);
  if (points.length <= max) return text;
  return (
    points
      .slice(0, Math.max(0, max - 1))
      .join("")
      .trimEnd() + "…"
  );
}
