// A post body cut into pieces that markdown-it parses exactly as it parses the whole: a cut is made only
// before a line that must start a new top-level block whatever came before — a line at column 0, after a
// blank line, that is not a list item (which could continue a list above) and not inside fenced code.
// Raw HTML blocks may hold blank lines too; a piece with raw HTML makes the caller render the whole body
// instead (see incremental.ts), so they need no rule here.

/** One piece of a body: its text (whole lines) and the 0-based line it starts at. */
export interface BodyBlock {
  text: string;
  line: number;
}

const BLANK = /^[ \t]*$/;
const LIST_ITEM = /^(?:[*+-]|\d{1,9}[.)])(?:[ \t]|$)/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/** Cuts `body` (newlines normalised as markdown-it does) into pieces; joined, they are the normalised body. */
export function splitBlocks(body: string): BodyBlock[] {
  const src = body.replace(/\r\n?/g, "\n");
  const blocks: BodyBlock[] = [];
  let start = 0; // offset of the current piece
  let startLine = 0;
  let line = 0;
  let fence: { char: string; length: number } | null = null;
  let prevBlank = false;
  for (let at = 0; at < src.length; line++) {
    const nl = src.indexOf("\n", at);
    const end = nl < 0 ? src.length : nl;
    const text = src.slice(at, end);
    if (fence) {
      if (closesFence(text, fence)) fence = null;
      prevBlank = false;
    } else {
      const blank = BLANK.test(text);
      if (prevBlank && !blank && at > start && text[0] !== " " && text[0] !== "\t" && !LIST_ITEM.test(text)) {
        blocks.push({ text: src.slice(start, at), line: startLine });
        start = at;
        startLine = line;
      }
      const open = blank ? null : FENCE_OPEN.exec(text);
      if (open && !(open[1]![0] === "`" && open[2]!.includes("`"))) fence = { char: open[1]![0]!, length: open[1]!.length };
      prevBlank = blank;
    }
    at = nl < 0 ? src.length : nl + 1;
  }
  if (start < src.length) blocks.push({ text: src.slice(start), line: startLine });
  return blocks;
}

/** True when `text` closes a fence opened with `fence` (the same character, at least as many, nothing after). */
function closesFence(text: string, fence: { char: string; length: number }): boolean {
  let i = 0;
  while (i < 3 && text[i] === " ") i++;
  let n = 0;
  while (text[i + n] === fence.char) n++;
  return n >= fence.length && BLANK.test(text.slice(i + n));
}
