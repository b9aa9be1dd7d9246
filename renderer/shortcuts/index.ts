// Keys: their notations (matching a press, writing it for this platform) and the shortcut sheet.
export { parseAccelerator, parseCodeMirrorKey, matchesChord, isTypingChord, chordLabel, acceleratorLabel, codeMirrorKeyLabel, isMacPlatform, type Chord } from "./keys.js";
export { openShortcutSheet, type ShortcutRow, type ShortcutSection } from "./sheet.js";
