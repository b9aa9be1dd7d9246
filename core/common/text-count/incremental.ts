// Counting a post again and again as it is edited, at the cost of the change: the body is cut into the
// preview's pieces (markdown/blocks.ts, cut again from the change only), each piece is counted once and
// remembered by its text, and the counts are the sum. The sum is countText's result exactly (each piece
// reads alone as in the whole); a body with reference or footnote definitions or raw HTML, which may read
// otherwise in pieces, is counted whole. Given a clock, a count stops when its time is up and the next
// call goes on from there, so a long post's first count never blocks the page for long.
import { resplit, type SplitBody } from "../markdown/blocks.js";
import { KEEP_PIECES } from "./constants.js";
import { countParagraphs, countText, totals, type TextCounts } from "./count.js";
import { pieceParagraphs } from "./readable.js";

type PieceCount = { chars: number; lines: number } | null;

/** Counts a body; null when `timeLeft` ran out first (call again, with the same or a newer body). */
export type IncrementalCount = (body: string, timeLeft?: () => boolean) => TextCounts | null;

/** A counter for one editor: it remembers the pieces of the bodies it counted. */
export function createIncrementalCounter(): IncrementalCount {
  let split: SplitBody | null = null;
  let known = new Map<string, PieceCount>();
  return (body, timeLeft) => {
    split = resplit(split, body);
    let chars = 0;
    let lines = 0;
    let whole = false;
    let counted = 0;
    for (const { text } of split.blocks) {
      let piece = known.get(text);
      if (piece === undefined) {
        if (timeLeft && counted > 0 && !timeLeft()) return null; // what was counted is kept
        const paragraphs = pieceParagraphs(text);
        piece = paragraphs ? countParagraphs(paragraphs) : null;
        known.set(text, piece);
        counted++;
      }
      if (piece === null) whole = true;
      else {
        chars += piece.chars;
        lines += piece.lines;
      }
    }
    if (known.size > KEEP_PIECES) known = new Map(split.blocks.map(({ text }) => [text, known.get(text)!]));
    return whole ? countText(split.src) : totals({ chars, lines });
  };
}
