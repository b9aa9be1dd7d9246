// Walking the lines of a Markdown body while skipping what is never prose: fenced code and HTML comments.
import { closesFence, fenceOf } from "./fence.js";

/** A line of the body that is outside fenced code blocks and HTML comments. */
export interface ProseLine {
  text: string;
  /** True for an ATX heading line (`# …`). */
  heading: boolean;
}

const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;

/** The lines of `body` ("\n" line breaks) outside fenced code and HTML comments, in order. */
export function* proseLines(body: string): Generator<ProseLine> {
  let fence: string | null = null;
  let comment = false;
  for (let start = 0; start <= body.length;) {
    const nl = body.indexOf("\n", start);
    const end = nl === -1 ? body.length : nl;
    const line = body.slice(start, end);
    start = end + 1;
    if (fence !== null) {
      if (closesFence(line, fence)) fence = null;
      continue;
    }
    if (comment) {
      if (line.includes("-->")) comment = false;
      continue;
    }
    const open = fenceOf(line);
    if (open) {
      fence = open;
      continue;
    }
    if (/^ {0,3}<!--/.test(line)) {
      if (!line.includes("-->")) comment = true;
      continue;
    }
    yield { text: line, heading: HEADING.test(line) };
  }
}
