// The rules of the counts, named in one place.

/** Squares in one line of a 400字詰め原稿用紙 (genkō yōshi). */
export const MANUSCRIPT_COLUMNS = 20;

/** Lines on one sheet of a 400字詰め原稿用紙. */
export const MANUSCRIPT_ROWS = 20;

/**
 * Characters that never start a line of the manuscript (行頭禁則): the full-width and half-width
 * 句読点 and every closing bracket or quote. At the end of a full line they hang in the margin of
 * that line (ぶら下げ) instead of taking the first square of the next one.
 */
export const NO_LINE_START = new Set([
  "。",
  "、",
  "，",
  "．",
  "｡",
  "､",
  "」",
  "』",
  "）",
  "】",
  "〕",
  "〉",
  "》",
  "］",
  "｝",
  "〙",
  "〗",
  "〟",
  "”",
  "’",
  "｣",
  ")",
  "]",
  "}",
]);

/** Inline token types whose text is read (markdown-it's `text` and `code_inline`). */
export const READ_INLINE = new Set(["text", "code_inline"]);

/** Inline tokens whose content, up to the matching close, is not read: images, ruby readings. */
export const SKIPPED_SPANS: Record<string, string> = { rt_open: "rt_close" };

/** Incremental counts (incremental.ts): pieces counted are remembered, of any body, up to this many; then only the current body's. */
export const KEEP_PIECES = 50_000;
