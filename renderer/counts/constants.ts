// Tuning constants of the counts in the status bar.

/** Quiet time after the last edit or selection change before the counts are taken again. */
export const COUNT_DEBOUNCE_MS = 400;
/** A slow count stretches the next wait to this many times its duration (a long post is counted less often). */
export const COUNT_SLOW_FACTOR = 3;
/** The longest the wait is ever stretched to. */
export const COUNT_MAX_DEBOUNCE_MS = 3000;
