// The application menu, labelled in the UI language. No key is written here: each command shows the
// first of its keys in COMMAND_KEYS (the registry the renderer binds, the palette and the shortcut
// sheet show), the menu's own items (zoom) theirs in MENU_KEYS. A command's key is shown
// without registering it on Linux and Windows, so one key press is handled once. On macOS a menu key
// equivalent cannot be display-only; there the page sees the key first and, when it handles it
// (preventDefault), the menu does not fire.
import { Menu, type MenuItemConstructorOptions } from "electron";
import { COMMAND_KEYS, MENU_KEYS, type CommandName } from "../../core/contract/index.js";
import type { Translator } from "../../core/common/i18n/index.js";

/** What the menu's items do. */
export interface MenuActions {
  command(name: CommandName): void;
}

/** A menu item that sends `name` to the renderer, showing the renderer's own key for it. */
function command(label: string, name: CommandName, actions: MenuActions): MenuItemConstructorOptions {
  const shortcut: string | undefined = COMMAND_KEYS[name][0];
  return {
    label,
    click: () => actions.command(name),
    ...(shortcut ? { accelerator: shortcut, registerAccelerator: false } : {}),
  };
}

/** Builds the menu template for `platform` (macOS: an app menu and a Window menu). `dev` adds Reload and Developer Tools. */
export function menuTemplate(
  t: Translator,
  actions: MenuActions,
  dev: boolean,
  platform: NodeJS.Platform = process.platform,
): MenuItemConstructorOptions[] {
  const isMac = platform === "darwin";
  const sep: MenuItemConstructorOptions = { type: "separator" };
  const file: MenuItemConstructorOptions = {
    label: t("menu.file"),
    submenu: [
      command(t("menu.newPost"), "newPost", actions),
      command(t("menu.savePost"), "savePost", actions),
      command(t("menu.openJournal"), "openJournal", actions),
      sep,
      command(t("menu.import"), "importSource", actions),
      command(t("menu.exportPost"), "exportPost", actions),
      command(t("menu.exportPdf"), "exportPdf", actions),
      command(t("menu.exportSite"), "exportSite", actions),
      command(t("menu.publishHatena"), "publishHatena", actions),
      command(t("menu.syncHatena"), "syncHatena", actions),
      sep,
      command(t("menu.deletePost"), "deletePost", actions),
      command(t("menu.trash"), "showTrash", actions),
      sep,
      command(t("menu.print"), "printPost", actions),
      ...(isMac ? [] : [sep, command(t("menu.settings"), "openSettings", actions)]),
      sep,
      isMac ? { role: "close", label: t("menu.close") } : { role: "quit", label: t("menu.quit") },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: t("menu.edit"),
    submenu: [
      { role: "undo", label: t("menu.undo") },
      { role: "redo", label: t("menu.redo") },
      sep,
      { role: "cut", label: t("menu.cut") },
      { role: "copy", label: t("menu.copy") },
      { role: "paste", label: t("menu.paste") },
      { role: "selectAll", label: t("menu.selectAll") },
      sep,
      command(t("menu.insertImage"), "insertImage", actions),
      sep,
      command(t("menu.find"), "find", actions),
      command(t("menu.searchJournal"), "searchJournal", actions),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: t("menu.view"),
    submenu: [
      command(t("menu.goToPost"), "goToPost", actions),
      sep,
      command(t("menu.togglePreview"), "togglePreview", actions),
      command(t("menu.editorOnly"), "showEditorOnly", actions),
      command(t("menu.splitView"), "showSplit", actions),
      command(t("menu.previewOnly"), "showPreviewOnly", actions),
      sep,
      command(t("desk.focus"), "toggleFocus", actions),
      command(t("desk.typewriter"), "toggleTypewriter", actions),
      command(t("menu.commandPalette"), "commandPalette", actions),
      sep,
      ...(dev
        ? ([
            { role: "reload", label: t("menu.reload") },
            { role: "toggleDevTools", label: t("menu.toggleDevTools") },
            sep,
          ] satisfies MenuItemConstructorOptions[])
        : []),
      { role: "resetZoom", label: t("menu.actualSize") },
      {
        role: "zoomIn",
        label: t("menu.zoomIn"),
        accelerator: MENU_KEYS.zoomIn,
      },
      {
        role: "zoomOut",
        label: t("menu.zoomOut"),
        accelerator: MENU_KEYS.zoomOut,
      },
      sep,
      { role: "togglefullscreen", label: t("menu.toggleFullScreen") },
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    role: "windowMenu",
    label: t("menu.window"),
  };
  const help: MenuItemConstructorOptions = {
    role: "help",
    label: t("menu.help"),
    submenu: [command(t("menu.shortcuts"), "showShortcuts", actions), { role: "about", label: t("menu.about") }],
  };
  // macOS: the app menu holds About, Settings… (⌘,), Services, Hide and Quit.
  const appMenu: MenuItemConstructorOptions = {
    role: "appMenu",
    submenu: [
      { role: "about", label: t("menu.about") },
      sep,
      command(t("menu.settings"), "openSettings", actions),
      sep,
      { role: "services" },
      sep,
      { role: "hide" },
      { role: "hideOthers" },
      { role: "unhide" },
      sep,
      { role: "quit", label: t("menu.quit") },
    ],
  };
  return [...(isMac ? [appMenu] : []), file, edit, view, ...(isMac ? [windowMenu] : []), help];
}

/** Sets the application menu. */
export function installMenu(t: Translator, actions: MenuActions, dev: boolean): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(t, actions, dev)));
}
