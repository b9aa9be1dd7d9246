// What a "character" is for the counts: a grapheme cluster (what a reader sees as one letter: 漢, が,
// é written as e + accent, 👨‍👩‍👧 and 🇯🇵 are one each), never whitespace.

const segmenter = new Intl.Segmenter("ja", { granularity: "grapheme" });
const WHITESPACE = /^\s+$/u;
/** Text made only of code points that are each a whole grapheme: counted without the segmenter. */
const SIMPLE =
  /^[\u0021-\u007e\u00a1-\u024f\u0370-\u03ff\u0400-\u0482\u3001-\u3098\u309b-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff9d]*$/u;

/** The grapheme clusters of `text` that are not whitespace, in order. */
export function visibleGraphemes(text: string): string[] {
  const out: string[] = [];
  for (const { segment } of segmenter.segment(text)) if (!WHITESPACE.test(segment)) out.push(segment);
  return out;
}

/** How many grapheme clusters of `text` are not whitespace. */
export function countGraphemes(text: string): number {
  const squeezed = text.replace(/\s+/gu, "");
  if (SIMPLE.test(squeezed)) return squeezed.length;
  let n = 0;
  for (const { segment } of segmenter.segment(squeezed)) if (segment) n++;
  return n;
}
