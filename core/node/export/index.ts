// HTML export in Node: one post as a self-contained file, or a journal as a static site folder.
// Reads posts with the store's layout, renders bodies with the one Markdown pipeline, writes atomically.
export { exportSite } from "./export-site.js";
export { exportPost, renderPostPage } from "./export-post.js";
export { exportPostPdf, type PrintToPdf } from "./export-pdf.js";
export { findPost } from "./find-post.js";

export { MANIFEST_FILE } from "./constants.js";
export type { JournalSource, ListedPost } from "./read-posts.js";
export type {
  ExportPhase,
  ExportProgress,
  ExportCommonOptions,
  ExportSiteOptions,
  ExportSiteResult,
  ExportPostOptions,
  ExportPostResult,
} from "./types.js";
