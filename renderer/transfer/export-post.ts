// "Export post as HTML…": where to (the host's save dialog, or a typed path), then the export with
// its progress, then "Exported to …" with "Show in folder" — or why it failed.
import { h } from "../dom/index.js";
import { tr } from "../i18n/index.js";
import { codeOf, messageOf, type TransferDeps } from "./deps.js";
import { pathField, revealButtons } from "./path-field.js";
import { button, TaskDialog } from "./task-dialog.js";

/** The file name offered for a post's export: its own, with `.ext` (html, pdf) instead of .md. */
export function exportNameOf(postPath: string, ext: string): string {
  const base = postPath.split("/").pop() ?? "post";
  return `${base.replace(/\.(md|markdown)$/i, "") || "post"}.${ext}`;
}

/** Exports the post at `postPath`, asking where. */
export async function exportPostFlow(deps: TransferDeps, postPath: string): Promise<void> {
  const { client, host } = deps;
  const suggestedName = exportNameOf(postPath, "html");
  await deps.saveAll();
  // With native dialogs the file is chosen first; the dialog then only shows the export.
  let chosen: string | null = null;
  let native = false;
  if (host.kind === "electron") {
    const picked = await client.pickPath({ purpose: "export-file", suggestedName }).catch(() => ({ supported: false, path: null }));
    native = picked.supported;
    if (native && !picked.path) return;
    chosen = picked.path;
  }
  const dialog = new TaskDialog(client, "export", tr("exportPost.title"));
  const close = button(tr("transfer.close"), () => dialog.close());
  const field = native
    ? null
    : pathField(client, host, {
        label: tr("exportPost.file"),
        purpose: "export-file",
        value: `~/${suggestedName}`,
        suggestedName,
        onEnter: () => run.click(),
      });
  if (field) dialog.form.append(field.element);
  const run = button(tr("exportPost.run"), () => void start(false), true);

  const start = async (overwrite: boolean): Promise<void> => {
    if (dialog.running) return;
    const file = chosen ?? field?.value();
    if (!file) return;
    const result = await dialog.run(() => client.exportPost({ path: postPath, file, overwrite }));
    if (result.ok) {
      dialog.show(h("p", { class: "task-done" }, tr("exportPost.done", { path: result.value.file })), warnings(result.value.warnings));
      dialog.setActions(
        ...revealButtons(client, host, result.value.file),
        button(tr("transfer.close"), () => dialog.close(), true),
      );
      return;
    }
    dialog.showError(tr("exportPost.failed", { message: messageOf(result.error) }));
    // Only a file that is there and not an earlier export can be replaced (not a file in the way of a folder).
    const replace =
      codeOf(result.error) === "exists" && /not a Tsuzuri export/.test(messageOf(result.error))
        ? button(tr("exportPost.replace"), () => void start(true))
        : null;
    dialog.setActions(
      ...(replace ? [replace] : []),
      ...(native ? [button(tr("transfer.close"), () => dialog.close(), true)] : [close, run]),
    );
  };
  dialog.setActions(close, run);
  dialog.open(field?.input);
  field?.input.select();
  if (native) void start(false);
}

/** The export's notes (an image left out, a link made plain text), if any. */
export function warnings(list: string[]): HTMLElement | null {
  if (list.length === 0) return null;
  return h(
    "div",
    { class: "task-notes" },
    h("p", { class: "dialog-hint" }, tr("transfer.notes", { count: list.length })),
    h("ul", { class: "task-list" }, ...list.slice(0, 50).map((w) => h("li", {}, w))),
  );
}
