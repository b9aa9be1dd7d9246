// Tuning constants of the post session, in one place.

/** Autosave: quiet time after the last keystroke (title or body) before the post is saved. */
export const AUTOSAVE_DEBOUNCE_MS = 800;
/** Autosave: while typing goes on, the text still reaches disk at least this often. */
export const AUTOSAVE_MAX_WAIT_MS = 2000;
/** Autosave with a longer quiet time (a setting): while typing goes on, the text reaches disk at least this many quiet times after the first edit. */
export const AUTOSAVE_MAX_WAIT_FACTOR = 2.5;
/** Editor states (with undo history) kept for posts opened in this session. */
export const MAX_CACHED_STATES = 40;
