// The command palette (Ctrl/Cmd+Shift+P): a picker of every command whose label matches what is typed
// (filter.ts), each with its keys; Enter runs it. It is the way to every command where the browser
// keeps a key for itself (Ctrl+N, Ctrl+P in `serve`).
import { h, highlighted, openPicker } from "../dom/index.js";
import { tr } from "../i18n/index.js";
import { filterCommands, type PaletteCommand, type PaletteMatch } from "./filter.js";

/** Opens the palette over `commands` (once: a second call while it is open does nothing). */
export function openPalette(commands: readonly PaletteCommand[]): void {
  openPicker<PaletteMatch>({
    className: "switcher palette",
    title: tr("palette.title"),
    input: tr("palette.input"),
    placeholder: tr("palette.placeholder"),
    results: tr("palette.results"),
    none: tr("palette.none"),
    hint: tr("palette.hint"),
    find: (query) => filterCommands(commands, query),
    render: (m, li) => {
      li.append(h("span", { class: "switcher-title" }, highlighted(m.command.label, m.match.ranges)));
      if (m.command.keys.length) li.append(h("span", { class: "palette-keys" }, ...m.command.keys.map((k) => h("kbd", {}, k))));
    },
    pick: (m) => m.command.run(),
  });
}
