// Export and import in the app: the dialogs behind "Export post as HTML…", "Export journal as site…"
// "Export post as PDF…", "Import…" and "Open Journal…", over the contract's exportPost, exportPdf, exportSite, importSource, openJournal, pickPath and showInFolder.
export { exportPostFlow } from "./export-post.js";
export { exportPdfFlow } from "./export-pdf.js";
export { exportSiteFlow } from "./export-site.js";
export { importFlow } from "./import-dialog.js";
export { openJournalFlow } from "./open-journal.js";
export type { TransferDeps } from "./deps.js";
export { TaskDialog, button } from "./task-dialog.js";
