// Tuning constants of the post list, in one place.

/** Rows rendered beyond the viewport, above and below, in CSS pixels. */
export const LIST_OVERSCAN_PX = 600;
/** First guesses of a row's height: a plain row, one starting a month, one starting a year (measured once rendered). */
export const ROW_HEIGHTS: readonly number[] = [84, 112, 160];
