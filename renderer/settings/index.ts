// The settings dialog, and applying the editor's settings live.
export { openSettingsDialog, type SaveSettings } from "./dialog.js";
export { applyEditorLook, spellcheckAttribute, type EditorLook } from "./apply.js";
