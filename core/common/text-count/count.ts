// The counts of a Markdown body: characters as read, and 400字詰め原稿用紙 lines and sheets.
import { countGraphemes, visibleGraphemes } from "./graphemes.js";
import { manuscriptPages, paragraphLines } from "./manuscript.js";
import { readableParagraphs } from "./readable.js";

/** What the counts of a text are. */
export interface TextCounts {
  /** Characters as read: grapheme clusters of the text without Markdown, URLs or whitespace. */
  chars: number;
  /** Lines of 400字詰め原稿用紙 the text fills. */
  manuscriptLines: number;
  /** Sheets of 400字詰め原稿用紙 (20 lines each) the text fills. */
  manuscriptPages: number;
}

/** Counts a Markdown body (README, "Counts", states the rules). */
export function countText(markdown: string): TextCounts {
  return totals(countParagraphs(readableParagraphs(markdown)));
}

/** Characters and manuscript lines of some paragraphs as read. */
export function countParagraphs(paragraphs: readonly string[]): { chars: number; lines: number } {
  let chars = 0;
  let lines = 0;
  for (const paragraph of paragraphs) {
    const n = countGraphemes(paragraph);
    if (n === 0) continue;
    chars += n;
    lines += paragraphLines(visibleGraphemes(paragraph));
  }
  return { chars, lines };
}

/** The counts of a text from its characters and manuscript lines. */
export function totals({ chars, lines }: { chars: number; lines: number }): TextCounts {
  return { chars, manuscriptLines: lines, manuscriptPages: manuscriptPages(lines) };
}
