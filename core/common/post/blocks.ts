// Walking the lines of a Markdown body while skipping what is never prose: fenced code and HTML comments.

/** A line of the body that is outside fenced code blocks and HTML comments. */
export interface ProseLine {
  text: string;
  /** True for an ATX heading line (`# …`). */
  heading: boolean;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;

/** The lines of `body` ("\n" line breaks) outside fenced code and HTML comments, in order. */
export function* proseLines(body: string): Generator<ProseLine> {
  let fence: string | null = null;
  let comment = false;
  for (let start = 0; start <= body.length; ) {
    const nl = body.indexOf("\n", start);
    const end = nl === -1 ? body.length : nl;
    const line = body.slice(start, end);
    start = end + 1;
    if (fence !== null) {
      const m = FENCE.exec(line);
      if (m?.[1] && m[1][0] === fence[0] && m[1].length >= fence.length && line.trim() === m[1]) fence = null;
      continue;
    }
    if (comment) {
      if (line.includes("-->")) comment = false;
      continue;
    }
    const open = FENCE.exec(line);
    if (open?.[1]) {
      fence = open[1];
      continue;
    }
    if (/^ {0,3}<!--/.test(line)) {
      if (!line.includes("-->")) comment = true;
      continue;
    }
    yield { text: line, heading: HEADING.test(line) };
  }
}
