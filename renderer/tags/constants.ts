// Tuning constants and fixed names of the tag editor and the tag dialogs, in one place.

/** Tag editor: quiet time after typing before suggestions are asked for. */
export const TAG_SUGGEST_DEBOUNCE_MS = 80;
/** Rename tag dialog: quiet time after typing before the posts that would change are counted. */
export const RENAME_PREVIEW_DEBOUNCE_MS = 200;
