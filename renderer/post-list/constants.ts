// Tuning constants and fixed names of the post list, in one place.

/** Post list: items rendered in one batch while building the list in the background. */
export const LIST_CHUNK_SIZE = 25;
/** Post list: time spent building the list before yielding to input and painting. */
export const LIST_CHUNK_BUDGET_MS = 10;
/** Post list: items rendered synchronously at first, enough to fill a tall window. */
export const LIST_FIRST_CHUNK = 120;
