// "Import…": the source (a Hatena / Movable Type export file or a Markdown folder, typed or chosen in
// the host's dialog), its format and the zone of its dates, a dry run that shows what would happen,
// then the import with progress and Cancel, and the report. New posts join the list as they land.
import type { ImportReport } from "../../core/contract/index.js";
import { h } from "../dom/index.js";
import { tr } from "../i18n/index.js";
import { messageOf, type TransferDeps } from "./deps.js";
import { reportView } from "./import-report.js";
import { pathField } from "./path-field.js";
import { button, TaskDialog } from "./task-dialog.js";

/** The zone of a Hatena export's dates, unless the person says otherwise. */
export const DEFAULT_IMPORT_ZONE = "Asia/Tokyo";

let nextId = 0;

/** Zones to suggest in the time zone field. */
function zones(): string[] {
  try {
    return Intl.supportedValuesOf("timeZone");
  } catch {
    return [DEFAULT_IMPORT_ZONE, "UTC"];
  }
}

/** Opens the dialog. */
export function importFlow(deps: TransferDeps): void {
  const { client, host } = deps;
  const id = ++nextId;
  const dialog = new TaskDialog(client, "import", tr("import.title"));
  let detected: ImportReport["format"] | null = null;
  const source = pathField(client, host, {
    label: tr("import.source"),
    purpose: "import-source",
    hint: tr("import.sourceHint"),
    onEnter: () => preview.click(),
    onPicked: () => sourceChanged(),
  });
  const format = h(
    "select",
    { id: `import-format-${id}`, class: "text-field select-field" },
    h("option", { value: "auto" }, tr("import.format.auto")),
    h("option", { value: "markdown" }, tr("import.format.markdown")),
    h("option", { value: "mt" }, tr("import.format.mt")),
  );
  const tz = h("input", {
    type: "text",
    id: `import-tz-${id}`,
    class: "text-field",
    value: DEFAULT_IMPORT_ZONE,
    list: `import-zones-${id}`,
    autocomplete: "off",
    spellcheck: "false",
  });
  const tzField = h(
    "div",
    { class: "field" },
    h("label", { class: "field-label", for: tz.id }, tr("import.tz")),
    tz,
    h("datalist", { id: `import-zones-${id}` }, ...zones().map((z) => h("option", { value: z }))),
  );
  const download = h("input", { type: "checkbox", id: `import-download-${id}`, "aria-describedby": `import-download-${id}-hint` });
  dialog.form.append(
    source.element,
    h(
      "div",
      { class: "field-row" },
      h("div", { class: "field" }, h("label", { class: "field-label", for: format.id }, tr("import.format")), format),
      tzField,
    ),
    h("div", { class: "field check-field" }, download, h("label", { for: download.id }, tr("import.downloadImages"))),
    h("p", { id: `${download.id}-hint`, class: "dialog-hint" }, tr("import.downloadImagesHint")),
  );

  /** The zone matters for Movable Type files only (Markdown dates carry theirs, or use this computer's). */
  const zoneShown = (): boolean =>
    format.value === "mt" ||
    (format.value === "auto" && (detected === "mt" || (detected === null && /\.(txt|xml)$/i.test(source.input.value.trim()))));
  const refresh = () => {
    tzField.hidden = !zoneShown();
  };
  const sourceChanged = () => {
    detected = null;
    refresh();
  };
  source.input.addEventListener("input", sourceChanged);
  format.addEventListener("change", refresh);
  refresh();

  const close = button(tr("transfer.close"), () => dialog.close());
  const preview = button(tr("import.preview"), () => void start(true));
  const run = button(tr("import.run"), () => void start(false), true);
  const start = async (dryRun: boolean): Promise<void> => {
    if (dialog.running) return;
    const path = source.value();
    if (!path) return;
    const chosen = format.value as "auto" | "markdown" | "mt";
    const zone = zoneShown() && tz.value.trim() ? { tz: tz.value.trim() } : {};
    const result = await dialog.run(() =>
      client.importSource({ source: path, format: chosen, dryRun, ...zone, ...(download.checked ? { downloadImages: true } : {}) }),
    );
    if (!result.ok) {
      dialog.showError(tr("import.failed", { message: messageOf(result.error) }));
      return;
    }
    detected = result.value.format;
    refresh();
    dialog.show(reportView(result.value));
    if (!dryRun)
      dialog.setActions(
        close,
        button(
          tr("import.again"),
          () => {
            dialog.show();
            dialog.setActions(close, preview, run);
            source.input.select();
            source.input.focus();
          },
          true,
        ),
      );
  };
  dialog.setActions(close, preview, run);
  dialog.open(source.input);
}
