// Counting a post the way a writer counts it: characters as read (no Markdown, no URLs, no
// whitespace; a character is a grapheme cluster) and 400字詰め原稿用紙 lines and sheets, with kinsoku.
export { countText } from "./count.js";
export type { TextCounts } from "./count.js";
export { createIncrementalCounter, type IncrementalCount } from "./incremental.js";
export { readableParagraphs } from "./readable.js";
export { paragraphLines } from "./manuscript.js";
