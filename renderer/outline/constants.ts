// Tuning constants of the outline.

/** Quiet time after the last edit before the headings are collected again. */
export const OUTLINE_DEBOUNCE_MS = 300;
/** How long one collection may spend parsing the rest of a long post before it shows what it has. */
export const OUTLINE_PARSE_BUDGET_MS = 50;
/** With the outline on "auto", it is shown when the window is at least this wide. */
export const OUTLINE_SHOWN_MIN_WIDTH = 1200;
