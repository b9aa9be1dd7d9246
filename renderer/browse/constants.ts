// Tuning constants and fixed names of the search box and the quick switcher, in one place.

/** Search box: quiet time after typing before the list is searched. */
export const SEARCH_DEBOUNCE_MS = 150;
/** Quick switcher: titles shown at most. */
export const SWITCHER_LIMIT = 50;
