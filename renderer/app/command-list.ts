// The registry of commands: each command's label (in the catalog, en + ja) and keys (COMMAND_KEYS of
// the contract, which a host menu also shows). The palette, the shortcut sheet and the window's key
// handler are all derived from it, so a command added to CommandName is in all three.
import { COMMAND_KEYS, type CommandName } from "../../core/contract/index.js";
import { t, type MessageKey } from "../../core/common/i18n/index.js";
import { editingShortcuts } from "../editor/index.js";
import { lang, tr } from "../i18n/index.js";
import type { PaletteCommand } from "../palette/index.js";
import { acceleratorLabel, codeMirrorKeyLabel, type ShortcutSection } from "../shortcuts/index.js";

/** Each command's label, in the order the palette and the sheet list them. */
export const COMMAND_LABELS: Readonly<Record<CommandName, MessageKey>> = {
  newPost: "menu.newPost",
  savePost: "menu.savePost",
  goToPost: "menu.goToPost",
  searchJournal: "menu.searchJournal",
  find: "menu.find",
  insertImage: "menu.insertImage",
  togglePreview: "menu.togglePreview",
  showEditorOnly: "menu.editorOnly",
  showSplit: "menu.splitView",
  showPreviewOnly: "menu.previewOnly",
  toggleFocus: "desk.focus",
  toggleTypewriter: "desk.typewriter",
  printPost: "menu.print",
  exportPdf: "menu.exportPdf",
  exportPost: "menu.exportPost",
  exportSite: "menu.exportSite",
  publishHatena: "menu.publishHatena",
  syncHatena: "menu.syncHatena",
  importSource: "menu.import",
  openJournal: "menu.openJournal",
  deletePost: "menu.deletePost",
  showTrash: "menu.trash",
  openSettings: "menu.settings",
  showShortcuts: "menu.shortcuts",
  commandPalette: "menu.commandPalette",
};

/** Every command name, in the registry's order. */
export const COMMAND_NAMES = Object.keys(COMMAND_LABELS) as CommandName[];

/** The keys of a command, as written on this platform. */
export function commandKeys(name: CommandName): string[] {
  return COMMAND_KEYS[name].map((k) => acceleratorLabel(k));
}

/** The palette's entries: the commands `available` allows (the palette itself left out), running through `run`. */
export function paletteCommands(available: (name: CommandName) => boolean, run: (name: CommandName) => void): PaletteCommand[] {
  return COMMAND_NAMES.filter((name) => name !== "commandPalette" && available(name)).map((name) => ({
    id: name,
    label: tr(COMMAND_LABELS[name]),
    englishLabel: lang() === "en" ? "" : t("en", COMMAND_LABELS[name]),
    keys: commandKeys(name),
    run: () => run(name),
  }));
}

/** The shortcut sheet: every command with a key, then every key of the editor. */
export function shortcutSections(available: (name: CommandName) => boolean): ShortcutSection[] {
  const app = COMMAND_NAMES.filter((name) => available(name) && COMMAND_KEYS[name].length > 0).map((name) => ({
    label: tr(COMMAND_LABELS[name]),
    keys: commandKeys(name),
  }));
  const editor = editingShortcuts.map((s) => ({ label: tr(s.name), keys: [codeMirrorKeyLabel(s.key)] }));
  return [
    { title: tr("shortcuts.app"), rows: app },
    { title: tr("shortcuts.editor"), rows: editor },
  ];
}
