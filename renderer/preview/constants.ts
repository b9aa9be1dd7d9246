// Tuning constants and fixed names of the live preview, in one place.

/** Preview: the shortest quiet time after the last change before the preview is rendered again. */
export const PREVIEW_DEBOUNCE_MS = 40;
/** Preview: a render stops after this long and goes on when the page is idle (a long post's first render). */
export const PREVIEW_SLICE_MS = 40;
/** Preview: a slice of a render holds at most this many pieces (parsing them into the preview takes time too). */
export const PREVIEW_SLICE_PIECES = 800;
/** Preview: the rest of a sliced render waits for an idle moment at most this long. */
export const PREVIEW_IDLE_TIMEOUT_MS = 100;
/** Preview: the quiet time is this many times the last render's duration (a burst of keys coalesces). */
export const PREVIEW_SLOW_FACTOR = 2;
/** Preview: the longest the debounce is ever stretched to. */
export const PREVIEW_MAX_DEBOUNCE_MS = 1500;
/** Preview: blocks are shown in runs of about this many pieces, each laid out only when near the view. */
export const PREVIEW_RUN_PIECES = 32;
/** Preview: the class of a run of blocks (preview.css gives it content-visibility: auto). */
export const PREVIEW_RUN_CLASS = "tsuzuri-run";
/** Scroll sync: scroll events of the pane we just moved are ignored for this long. */
export const SCROLL_SYNC_LOCK_MS = 120;
/** The content theme shared by the preview and exported pages, relative to the app page. */
export const CONTENT_CSS = "themes/content.css";
/** The vertical-text theme (縦書き), relative to the app page. */
export const VERTICAL_CSS = "themes/vertical.css";
/** Vertical text: Page Down and Space move this share of the visible width. */
export const VERTICAL_KEY_STEP = 0.85;
