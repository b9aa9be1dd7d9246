// Export and import in the app: the dialogs behind "Export post as HTML…", "Export journal as site…"
// and "Import…", over the contract's exportPost, exportSite, importSource, pickPath and showInFolder.
export { exportPostFlow, htmlNameOf } from "./export-post.js";
export { exportSiteFlow, tagList } from "./export-site.js";
export { importFlow, DEFAULT_IMPORT_ZONE } from "./import-dialog.js";
export type { TransferDeps } from "./deps.js";
export { TaskDialog, button } from "./task-dialog.js";
