// The settings dialog: the editor's font, size, line width and height, where the preview goes,
// the autosave delay, spellchecking, and what exports start with. Every change applies at once and
// is saved (`save`); a number out of bounds is refused with a message beside its field, and nothing
// else changes.
import { EDITOR_FONTS, PREVIEW_POSITIONS, SETTING_BOUNDS, type ExportDefaults, type Settings } from "../../core/contract/index.js";
import type { MessageKey } from "../../core/common/i18n/index.js";
import { h, showModalOnce } from "../dom/index.js";
import { tr } from "../i18n/index.js";
import { STEPS } from "./constants.js";

/** A change of the settings, saved by the app; resolves to the settings as stored. */
export type SaveSettings = (patch: Partial<Settings>) => Promise<Settings>;

let nextId = 0;
const fieldId = () => `settings-field-${++nextId}`;

function labelled(label: string, control: HTMLElement, ...more: HTMLElement[]): HTMLElement {
  control.id ||= fieldId();
  return h("div", { class: "field" }, h("label", { class: "field-label", for: control.id }, label), control, ...more);
}

function select<T extends string>(values: readonly T[], current: T, label: (v: T) => MessageKey): HTMLSelectElement {
  const el = h("select", { class: "text-field" }, ...values.map((v) => h("option", { value: v }, tr(label(v)))));
  el.value = current;
  return el;
}

/** Opens the dialog on `current` (once: a second call while it is open does nothing). */
export function openSettingsDialog(current: Settings, save: SaveSettings): void {
  if (document.querySelector("dialog.settings-dialog")) return;
  let settings = current;
  const titleId = fieldId();
  const dialog = h("dialog", { class: "dialog settings-dialog", "aria-labelledby": titleId });
  const note = h("p", { class: "dialog-note", "aria-live": "polite" });
  const commit = async (patch: Partial<Settings>) => {
    try {
      settings = await save(patch);
      note.textContent = tr("settings.saved");
    } catch (e) {
      note.textContent = tr("settings.failed", { message: e instanceof Error ? e.message : String(e) });
    }
  };

  const font = select(EDITOR_FONTS, settings.editorFont, (v) => `settings.font.${v}`);
  font.addEventListener("change", () => void commit({ editorFont: font.value as Settings["editorFont"] }));
  const preview = select(PREVIEW_POSITIONS, settings.previewPosition, (v) => `settings.preview.${v}`);
  preview.addEventListener("change", () => void commit({ previewPosition: preview.value as Settings["previewPosition"] }));
  const spell = h("input", { type: "checkbox", id: fieldId() });
  spell.checked = settings.spellcheck;
  spell.addEventListener("change", () => void commit({ spellcheck: spell.checked }));

  /** A number field within `bounds` (shown in `scale` units of the stored value: seconds for ms). */
  const numberField = (label: MessageKey, key: keyof typeof SETTING_BOUNDS & keyof Settings, step: number, scale = 1) => {
    const [min, max] = SETTING_BOUNDS[key].map((b) => b / scale) as [number, number];
    const input = h("input", { type: "number", class: "text-field", min, max, step, id: fieldId() });
    input.value = String((settings[key] as number) / scale);
    const error = h("p", { class: "field-error", id: fieldId() });
    input.setAttribute("aria-describedby", error.id);
    input.addEventListener("change", () => {
      const value = Number(input.value);
      const ok = input.value.trim() !== "" && Number.isFinite(value) && value >= min && value <= max;
      input.setAttribute("aria-invalid", String(!ok));
      error.textContent = ok ? "" : tr("settings.outOfRange", { min, max });
      if (ok) void commit({ [key]: Math.round(value * scale * 1000) / 1000 });
    });
    return labelled(tr(label), input, error);
  };

  const exportField = (label: MessageKey, key: keyof ExportDefaults, type = "text") => {
    const input = h("input", { type, class: "text-field", autocomplete: "off", spellcheck: "false", id: fieldId() });
    input.value = settings.exportDefaults[key];
    input.addEventListener("change", () => void commit({ exportDefaults: { ...settings.exportDefaults, [key]: input.value.trim() } }));
    return labelled(tr(label), input);
  };

  const close = h("button", { type: "button", class: "button primary", onclick: () => dialog.close() }, tr("settings.close"));
  dialog.append(
    h("h2", { class: "dialog-title", id: titleId }, tr("settings.title")),
    h(
      "div",
      { class: "settings-body" },
      h(
        "fieldset",
        { class: "settings-group" },
        h("legend", {}, tr("settings.editor")),
        labelled(tr("settings.font"), font),
        h(
          "div",
          { class: "field-row" },
          numberField("settings.fontSize", "fontSize", STEPS.fontSize),
          numberField("settings.lineHeight", "lineHeight", STEPS.lineHeight),
        ),
        numberField("settings.lineWidth", "lineWidth", STEPS.lineWidth),
        labelled(tr("settings.previewPosition"), preview),
        numberField("settings.autosave", "autosaveMs", STEPS.autosaveSeconds, 1000),
        h("div", { class: "field check-field" }, spell, h("label", { for: spell.id }, tr("settings.spellcheck"))),
        h("p", { class: "dialog-hint" }, tr("settings.spellcheckHint")),
      ),
      h(
        "fieldset",
        { class: "settings-group" },
        h("legend", {}, tr("settings.export")),
        exportField("settings.siteTitle", "siteTitle"),
        exportField("settings.author", "author"),
        exportField("settings.lang", "lang"),
        exportField("settings.baseUrl", "baseUrl", "url"),
        exportField("settings.ogImage", "ogImage"),
      ),
    ),
    note,
    h("div", { class: "dialog-actions" }, close),
  );
  showModalOnce(dialog, font);
}
