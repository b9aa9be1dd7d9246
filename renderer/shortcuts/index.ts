// Keys: their notations (matching a press, writing it for this platform) and the shortcut sheet.
export { parseAccelerator, matchesChord, isTypingChord, acceleratorLabel, codeMirrorKeyLabel, type Chord } from "./keys.js";
export { openShortcutSheet, type ShortcutRow, type ShortcutSection } from "./sheet.js";
