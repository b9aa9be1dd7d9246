// Tuning constants of the trash views, named in one place.

/** How long "Moved … to the trash — Undo" stays up (paused while the pointer or focus is on it). */
export const UNDO_TOAST_MS = 8000;
