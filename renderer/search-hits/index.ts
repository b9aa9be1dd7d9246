// Search hits in an opened post: marked and stepped through in the editor (F3 / Shift-F3) and the preview.
export { showEditorHits, stepEditorHit, currentEditorHit } from "./editor-hits.js";
export { showPreviewHits, clearPreviewHits } from "./preview-hits.js";
