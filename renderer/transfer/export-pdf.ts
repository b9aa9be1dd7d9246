// "Export post as PDF…" in a host that prints PDFs (HostInfo.pdf: the desktop app): the host's save
// dialog (suggesting the post's file name with .pdf), then the host prints the print view's page and
// writes the file, while the dialog shows progress; then "Saved the PDF as …" with "Show in folder",
// or why it failed. A cancelled save dialog does nothing at all.
import { h } from "../dom/index.js";
import { tr } from "../i18n/index.js";
import { messageOf, type TransferDeps } from "./deps.js";
import { exportNameOf, warnings } from "./export-post.js";
import { revealButtons } from "./path-field.js";
import { button, TaskDialog } from "./task-dialog.js";

/** Exports the post at `postPath` as PDF, asking where with the host's dialog. */
export async function exportPdfFlow(deps: TransferDeps, postPath: string): Promise<void> {
  const { client, host } = deps;
  await deps.saveAll();
  const { path: file } = await client.pickPath({ purpose: "export-pdf", suggestedName: exportNameOf(postPath, "pdf") });
  if (!file) return;
  const dialog = new TaskDialog(client, "export", tr("exportPdf.title"));
  const close = button(tr("transfer.close"), () => dialog.close(), true);
  dialog.setActions(close);
  dialog.open();
  const result = await dialog.run(() => client.exportPdf({ path: postPath, file }));
  if (result.ok) {
    dialog.show(h("p", { class: "task-done" }, tr("exportPdf.done", { path: result.value.file })), warnings(result.value.warnings));
    dialog.setActions(...revealButtons(client, host, result.value.file), close);
  } else {
    dialog.showError(tr("exportPdf.failed", { message: messageOf(result.error) }));
  }
}
