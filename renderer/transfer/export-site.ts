// "Export journal as site…": the folder (typed, or chosen in the host's dialog) and a few options —
// drafts, tags, a date range, the address it will live at — then the export with progress and
// Cancel, then what it did (files written, unchanged, removed) and "Show in folder".
import { h, isComposing } from "../dom/index.js";
import { tr } from "../i18n/index.js";
import { messageOf, type TransferDeps } from "./deps.js";
import { warnings } from "./export-post.js";
import { pathField, revealButtons } from "./path-field.js";
import { button, TaskDialog } from "./task-dialog.js";

let nextId = 0;

/** A labelled input. */
function field(label: string, input: HTMLInputElement): HTMLElement {
  input.id = `site-field-${++nextId}`;
  return h("div", { class: "field" }, h("label", { class: "field-label", for: input.id }, label), input);
}

/** The tags of a comma-separated list (either width of comma), without blanks. */
export function tagList(text: string): string[] {
  return text
    .split(/[,，、]/)
    .map((t) => t.trim())
    .filter((t) => t !== "");
}

/** Opens the dialog. */
export async function exportSiteFlow(deps: TransferDeps): Promise<void> {
  const { client, host } = deps;
  await deps.saveAll();
  const dialog = new TaskDialog(client, "export", tr("exportSite.title"));
  const folder = pathField(client, host, { label: tr("exportSite.folder"), purpose: "export-folder", onEnter: () => run.click() });
  const drafts = h("input", { type: "checkbox", id: `site-drafts-${++nextId}` });
  const tags = h("input", { type: "text", class: "text-field", autocomplete: "off", spellcheck: "false" });
  const from = h("input", { type: "date", class: "text-field" });
  const to = h("input", { type: "date", class: "text-field" });
  const baseUrl = h("input", {
    type: "url",
    class: "text-field",
    placeholder: "https://example.com/blog/",
    autocomplete: "off",
    spellcheck: "false",
  });
  const defaults = deps.exportDefaults?.();
  baseUrl.value = defaults?.baseUrl ?? "";
  for (const input of [tags, baseUrl]) {
    input.addEventListener("keydown", (e) => {
      if (e.key !== "Enter" || isComposing(e)) return;
      e.preventDefault();
      run.click();
    });
  }
  dialog.form.append(
    folder.element,
    h("div", { class: "field check-field" }, drafts, h("label", { for: drafts.id }, tr("exportSite.drafts"))),
    field(tr("exportSite.tags"), tags),
    h("div", { class: "field-row" }, field(tr("exportSite.from"), from), field(tr("exportSite.to"), to)),
    field(tr("exportSite.baseUrl"), baseUrl),
  );
  const close = button(tr("transfer.close"), () => dialog.close());
  const run = button(tr("exportSite.run"), () => void start(), true);

  const start = async (): Promise<void> => {
    if (dialog.running) return;
    const dir = folder.value();
    if (!dir) return;
    const picked = tagList(tags.value);
    const url = baseUrl.value.trim();
    const result = await dialog.run(() =>
      client.exportSite({
        dir,
        drafts: drafts.checked,
        ...(picked.length ? { tags: picked } : {}),
        ...(from.value ? { from: from.value } : {}),
        ...(to.value ? { to: to.value } : {}),
        ...(url ? { baseUrl: url } : {}),
        ...(defaults?.siteTitle ? { title: defaults.siteTitle } : {}),
      }),
    );
    if (!result.ok) {
      dialog.showError(tr("exportSite.failed", { message: messageOf(result.error) }));
      return;
    }
    const r = result.value;
    dialog.show(
      h("p", { class: "task-done" }, tr("exportSite.done", { path: r.outDir })),
      h(
        "p",
        { class: "task-summary" },
        [
          tr("exportSite.posts", { count: r.posts }),
          tr("exportSite.written", { count: r.written.length }),
          tr("exportSite.unchanged", { count: r.unchanged }),
          tr("exportSite.removed", { count: r.removed.length }),
        ].join(" · "),
      ),
      warnings(r.warnings),
    );
    dialog.setActions(
      ...revealButtons(client, host, r.outDir),
      button(tr("transfer.close"), () => dialog.close(), true),
    );
  };
  dialog.setActions(close, run);
  dialog.open(folder.input);
}
