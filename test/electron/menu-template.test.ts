// The application menu's template per platform, built from electron/main/menu.ts against the stand-in
// `electron` module: macOS gets an app menu (About, Settings…, Services, Hide, Quit) and a Window
// menu and closes windows from File; Windows and Linux keep Settings… and Quit in File.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { bundleWithFakeElectron } from "./boot-main.js";
import { createTranslator } from "../../core/common/i18n/index.js";
import { COMMAND_KEYS, MENU_KEYS, type CommandName } from "../../core/contract/index.js";
import { editingShortcuts } from "../../renderer/editor/keymap.js";
import { parseAccelerator, parseCodeMirrorKey } from "../../renderer/shortcuts/keys.js";

type Item = {
  label?: string;
  role?: string;
  accelerator?: string;
  click?: () => void;
  submenu?: Item[];
};
type Template = (
  t: ReturnType<typeof createTranslator>,
  actions: { command(name: CommandName): void },
  dev: boolean,
  platform: NodeJS.Platform,
) => Item[];

let out: string;
let menuTemplate: Template;

before(async () => {
  out = await mkdtemp(join(tmpdir(), "tsuzuri-menu-"));
  const file = join(out, "menu.js");
  await bundleWithFakeElectron(join(import.meta.dirname, "../../electron/main/menu.ts"), file);
  ({ menuTemplate } = (await import(pathToFileURL(file).href)) as {
    menuTemplate: Template;
  });
});

after(() => rm(out, { recursive: true, force: true }));

/** The template for `platform`, and the command each clickable item sends. */
function menusOf(platform: NodeJS.Platform) {
  let sent: string | null = null;
  const menus = menuTemplate(createTranslator("en"), { command: (name) => void (sent = name) }, false, platform);
  const sends = (item: Item): string | null => {
    sent = null;
    item.click?.();
    return sent;
  };
  return { menus, sends };
}

test("on macOS the first menu is the app menu: About, Settings… (⌘,), Services, Hide, Hide Others, Show All, Quit", () => {
  const { menus, sends } = menusOf("darwin");
  const app = menus[0];
  assert.equal(app?.role, "appMenu");
  const items = app?.submenu ?? [];
  const settings = items.find((i) => sends(i) === "openSettings");
  assert.ok(settings, "Settings… is in the app menu");
  assert.equal(settings.accelerator, COMMAND_KEYS.openSettings[0]);
  assert.deepEqual(items.map((i) => i.role).filter(Boolean), ["about", "services", "hide", "hideOthers", "unhide", "quit"]);
  assert.ok(
    menus.some((m) => m.role === "windowMenu"),
    "a Window menu",
  );
  const file = menus[1]?.submenu ?? [];
  assert.ok(!file.some((i) => sends(i) === "openSettings"), "Settings… is not also in File");
  assert.equal(file.at(-1)?.role, "close", "File ends with Close Window");
  assert.ok(!file.some((i) => i.role === "quit"), "Quit is in the app menu, not File");
});

for (const platform of ["linux", "win32"] as const) {
  test(`on ${platform} there is no app menu and no Window menu; File holds Settings… and ends with Quit`, () => {
    const { menus, sends } = menusOf(platform);
    assert.ok(!menus.some((m) => m.role === "appMenu" || m.role === "windowMenu"));
    assert.equal(menus[0]?.label, "File");
    const file = menus[0]?.submenu ?? [];
    const settings = file.find((i) => sends(i) === "openSettings");
    assert.equal(settings?.accelerator, COMMAND_KEYS.openSettings[0]);
    assert.equal(file.at(-1)?.role, "quit");
    // Open Journal… is the renderer's command, as in the palette: the menu sends it, with its key.
    const openJournal = file.find((i) => i.label === "Open Journal…");
    assert.equal(openJournal && sends(openJournal), "openJournal");
    assert.equal(openJournal?.accelerator, "CmdOrCtrl+O");
  });
}

test("on every platform each command item shows the first of its keys, and no shortcut is taken twice", () => {
  for (const platform of ["darwin", "linux", "win32"] as const) {
    const { menus, sends } = menusOf(platform);
    const items = menus.flatMap((m) => m.submenu ?? []);
    for (const item of items) {
      const name = sends(item);
      if (name && name in COMMAND_KEYS) assert.equal(item.accelerator, COMMAND_KEYS[name as CommandName][0], `${platform} ${name}`);
    }
    const taken = items.map((i) => i.accelerator).filter(Boolean);
    assert.deepEqual(
      taken.filter((a, i) => taken.indexOf(a) !== i),
      [],
      `${platform}: no shortcut twice`,
    );
  }
});

test("every key in the menu comes from a registry (COMMAND_KEYS for commands, MENU_KEYS for zoom), and the menu's own keys are none a command or the editor takes", () => {
  const menuOwn: string[] = Object.values(MENU_KEYS);
  for (const platform of ["darwin", "linux", "win32"] as const) {
    const { menus, sends } = menusOf(platform);
    for (const item of menus.flatMap((m) => m.submenu ?? [])) {
      if (!item.accelerator) continue;
      const name = sends(item);
      if (name && name in COMMAND_KEYS) continue; // checked against COMMAND_KEYS above
      assert.ok(menuOwn.includes(item.accelerator), `${platform} “${item.label ?? item.role}”: ${item.accelerator} is in MENU_KEYS`);
    }
  }
  const chord = (c: object) => JSON.stringify(c);
  const taken = new Map<string, string>([
    ...Object.entries(COMMAND_KEYS).flatMap(([name, keys]) => keys.map((k): [string, string] => [chord(parseAccelerator(k)), name])),
    ...editingShortcuts.flatMap((s) => s.key.split(" ").map((k): [string, string] => [chord(parseCodeMirrorKey(k)), `editor ${s.name}`])),
  ]);
  for (const [item, key] of Object.entries(MENU_KEYS)) {
    assert.equal(taken.get(chord(parseAccelerator(key))), undefined, `${item} (${key}) is not also a command's or the editor's key`);
  }
});
