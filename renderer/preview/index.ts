// The live preview: a sandboxed iframe filled from the shared Markdown pipeline, with scroll sync.
export { Preview } from "./preview.js";
export type { PreviewOptions } from "./preview.js";
export { ScrollSync } from "./scroll-sync.js";
export type { SyncEditor, SyncPreview } from "./scroll-sync.js";

export type { LinkAction } from "./links.js";
