// Tuning constants of focus mode and the narrow-window layout.

/** Below this window width the sidebars float over the editor instead of taking columns (also in styles/desk.css). */
export const NARROW_MAX_WIDTH = 999;
