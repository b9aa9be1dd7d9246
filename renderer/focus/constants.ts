// Tuning constants of focus mode and the narrow-window layout.

/** Below this window width the sidebars float over the editor instead of taking columns (also in styles/desk.css). */
export const NARROW_MAX_WIDTH = 999;
/** The key that enters and leaves focus mode (as Typora); Esc leaves too. */
export const FOCUS_KEY = "F8";
/** The key that turns typewriter scrolling on and off in focus mode. */
export const TYPEWRITER_KEY = "F9";
