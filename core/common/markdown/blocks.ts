// A post body cut into pieces that markdown-it parses exactly as it parses the whole: a cut is made only
// before a line that must start a new top-level block whatever came before — a line at column 0, after a
// blank line, that is not a list item (which could continue a list above) and not inside fenced code.
// Raw HTML blocks may hold blank lines too; a piece with raw HTML makes the caller render the whole body
// instead (see incremental.ts), so they need no rule here.
//
// After an edit the cuts are found again from the piece before the first changed one only: the scanner's
// state at a cut is always the same (not in a fence, after a blank line), so once it makes a cut where an
// unchanged piece of the end starts, the cuts after it are the old ones (their lines shifted).

/** One piece of a body: its text (whole lines) and the 0-based line it starts at. */
export interface BodyBlock {
  text: string;
  line: number;
}

/** A body cut into pieces, kept so that the next version of it can be cut from the change only. */
export interface SplitBody {
  /** The body, newlines normalised. */
  readonly src: string;
  readonly blocks: readonly BodyBlock[];
  /** offsets[i]: where blocks[i] starts in `src`. */
  readonly offsets: readonly number[];
  /** blocks[0, head) are the previous split's first pieces, the same objects. */
  readonly head: number;
  /** The last `tail` pieces have the text of the previous split's last ones (their lines may be shifted). */
  readonly tail: number;
}

const BLANK = /^[ \t]*$/;
const LIST_ITEM = /^(?:[*+-]|\d{1,9}[.)])(?:[ \t]|$)/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/** Cuts `body` (newlines normalised as markdown-it does) into pieces; joined, they are the normalised body. */
export function splitBlocks(body: string): BodyBlock[] {
  return [...resplit(null, body).blocks];
}

/**
 * Cuts `body` into pieces as splitBlocks does, reusing `previous` (the split of an earlier version of the
 * body): only the text from the piece before the first changed one up to the first cut that meets an
 * unchanged piece at the end is scanned.
 */
export function resplit(previous: SplitBody | null, body: string): SplitBody {
  const src = body.includes("\r") ? body.replace(/\r\n?/g, "\n") : body;
  const old = previous?.blocks ?? [];
  const oldOffsets = previous?.offsets ?? [];
  if (previous && previous.src === src) return { src, blocks: old, offsets: oldOffsets, head: old.length, tail: 0 };
  let matched = 0;
  while (matched < old.length && src.startsWith(old[matched]!.text, oldOffsets[matched]!)) matched++;
  // The piece before the first changed one may now end elsewhere (the cut after it depends on the next line).
  const head = Math.max(0, matched - 1);
  const restart = head < old.length ? oldOffsets[head]! : 0;
  let first = old.length; // the first of the unchanged pieces at the end
  let end = src.length;
  while (first - 1 > head) {
    const text = old[first - 1]!.text;
    if (end - text.length <= restart || src.slice(end - text.length, end) !== text) break;
    first--;
    end -= text.length;
  }
  const shift = first < old.length ? end - oldOffsets[first]! : 0;
  const blocks = old.slice(0, head);
  const offsets = oldOffsets.slice(0, head);
  const startLine = head < old.length ? old[head]!.line : 0;
  const tail = scan(src, restart, startLine, head > 0, blocks, offsets, (at, line) => {
    while (first < old.length && oldOffsets[first]! + shift < at) first++;
    if (first >= old.length || oldOffsets[first]! + shift !== at) return 0;
    const lineShift = line - old[first]!.line;
    for (let k = first; k < old.length; k++) {
      const b = old[k]!;
      blocks.push(lineShift === 0 ? b : { text: b.text, line: b.line + lineShift });
      offsets.push(oldOffsets[k]! + shift);
    }
    return old.length - first;
  });
  return { src, blocks, offsets, head, tail };
}

/**
 * Scans `src` from `from` (a cut, or 0) at 0-based line `line`, pushing its pieces; at each new cut asks
 * `rest` whether the pieces from there on are known (it pushes them and says how many) and stops if so.
 * Returns how many pieces `rest` pushed.
 */
function scan(
  src: string,
  from: number,
  line: number,
  afterBlank: boolean,
  blocks: BodyBlock[],
  offsets: number[],
  rest: (at: number, line: number) => number,
): number {
  let start = from; // offset of the current piece
  let startLine = line;
  let fence: { char: string; length: number } | null = null;
  let prevBlank = afterBlank;
  for (let at = from; at < src.length; line++) {
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
        offsets.push(start);
        const known = rest(at, line);
        if (known) return known;
        start = at;
        startLine = line;
      }
      const open = blank ? null : FENCE_OPEN.exec(text);
      if (open && !(open[1]![0] === "`" && open[2]!.includes("`"))) fence = { char: open[1]![0]!, length: open[1]!.length };
      prevBlank = blank;
    }
    at = nl < 0 ? src.length : nl + 1;
  }
  if (start < src.length) {
    blocks.push({ text: src.slice(start), line: startLine });
    offsets.push(start);
  }
  return 0;
}

/** True when `text` closes a fence opened with `fence` (the same character, at least as many, nothing after). */
function closesFence(text: string, fence: { char: string; length: number }): boolean {
  let i = 0;
  while (i < 3 && text[i] === " ") i++;
  let n = 0;
  while (text[i + n] === fence.char) n++;
  return n >= fence.length && BLANK.test(text.slice(i + n));
}
