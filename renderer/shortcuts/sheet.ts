// The shortcut sheet (Ctrl/Cmd+/, F1): a dialog listing every key, in sections (the app's commands,
// the editor's formatting keys), as a table of what it does and its keys. Escape or Close closes it.
import { h, showModalOnce } from "../dom/index.js";
import { tr } from "../i18n/index.js";

/** One row of the sheet: what the key does, and its keys as written on this platform. */
export interface ShortcutRow {
  label: string;
  keys: readonly string[];
}

/** A titled group of rows. */
export interface ShortcutSection {
  title: string;
  rows: readonly ShortcutRow[];
}

function keysCell(keys: readonly string[]): HTMLElement {
  const cell = h("td", { class: "shortcut-keys" });
  keys.forEach((key, i) => {
    if (i > 0) cell.append(h("span", { class: "shortcut-or" }, tr("shortcuts.or")));
    cell.append(h("kbd", {}, key));
  });
  return cell;
}

/** Opens the sheet (once: a second call while it is open does nothing); `note` is shown under the tables. */
export function openShortcutSheet(sections: readonly ShortcutSection[], note = ""): void {
  if (document.querySelector("dialog.shortcut-sheet")) return;
  const titleId = "shortcut-sheet-title";
  const dialog = h("dialog", { class: "dialog shortcut-sheet", "aria-labelledby": titleId });
  const close = h("button", { type: "button", class: "button primary", onclick: () => dialog.close() }, tr("shortcuts.close"));
  // The tables scroll inside the dialog: the region takes the focus so arrow keys and Page Down scroll it.
  const body = h("div", { class: "shortcut-body", role: "region", tabindex: 0, "aria-label": tr("shortcuts.title") });
  for (const section of sections) {
    const caption = h("caption", {}, section.title);
    const table = h(
      "table",
      { class: "shortcut-table" },
      caption,
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, tr("shortcuts.action")), h("th", { scope: "col" }, tr("shortcuts.keys")))),
    );
    const rows = h("tbody");
    for (const row of section.rows) rows.append(h("tr", {}, h("td", {}, row.label), keysCell(row.keys)));
    table.append(rows);
    body.append(table);
  }
  if (note) body.append(h("p", { class: "dialog-hint" }, note));
  dialog.append(h("h2", { class: "dialog-title", id: titleId }, tr("shortcuts.title")), body, h("div", { class: "dialog-actions" }, close));
  showModalOnce(dialog, close);
}
