// The Markdown editor (CodeMirror 6).
export { Editor } from "./editor.js";
export type { EditorHooks } from "./extensions.js";

export { editingShortcuts, type EditingShortcut } from "./keymap.js";
