// Tuning constants of the counts in the status bar.

/** Quiet time after the last edit or selection change before the counts are taken again. */
export const COUNT_DEBOUNCE_MS = 400;
/** A slow count stretches the next wait to this many times its duration (a long post is counted less often). */
export const COUNT_SLOW_FACTOR = 3;
/** The longest the wait is ever stretched to. */
export const COUNT_MAX_DEBOUNCE_MS = 3000;
/** One slice of a count: a long post's first count stops after this long and goes on when the page is idle. */
export const COUNT_SLICE_MS = 30;
/** The rest of a sliced count waits for an idle moment at most this long. */
export const COUNT_IDLE_TIMEOUT_MS = 200;
