// 400字詰め原稿用紙: how many lines and sheets the text fills when written square by square.
import { MANUSCRIPT_COLUMNS, MANUSCRIPT_ROWS, NO_LINE_START } from "./constants.js";

/**
 * The lines a paragraph (its characters, one per square) fills: a paragraph starts on a new line;
 * a line holds MANUSCRIPT_COLUMNS squares; a character of NO_LINE_START that would start a line hangs
 * at the end of the full line before it instead (several in a row, such as 」。, all hang). A
 * paragraph with no characters takes no line.
 */
export function paragraphLines(chars: readonly string[]): number {
  if (chars.length === 0) return 0;
  let lines = 1;
  let column = 0;
  for (const ch of chars) {
    if (column >= MANUSCRIPT_COLUMNS && !NO_LINE_START.has(ch)) {
      lines++;
      column = 0;
    }
    column++;
  }
  return lines;
}

/** Sheets of manuscript paper that `lines` lines fill (a sheet begun counts as one). */
export function manuscriptPages(lines: number): number {
  return Math.ceil(lines / MANUSCRIPT_ROWS);
}
