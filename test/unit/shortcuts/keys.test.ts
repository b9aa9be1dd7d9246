// Key notations: the commands' accelerators and the editor's key names, matched against key presses
// and written the way each platform writes them.
import assert from "node:assert/strict";
import { test } from "node:test";
import { COMMAND_KEYS } from "../../../core/contract/index.js";
import { acceleratorLabel, codeMirrorKeyLabel, isTypingChord, matchesChord, parseAccelerator } from "../../../renderer/shortcuts/keys.js";

// keys.ts reads navigator.platform: Linux here.
Object.defineProperty(globalThis, "navigator", { value: { platform: "Linux x86_64" }, configurable: true });

const press = (key: string, mods: Partial<Record<"ctrlKey" | "metaKey" | "shiftKey" | "altKey", boolean>> = {}, code = "") =>
  ({ key, code, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods }) as KeyboardEvent;

test("accelerators and CodeMirror keys are written as Linux/Windows and macOS write them", () => {
  assert.equal(acceleratorLabel("CmdOrCtrl+Shift+P", false), "Ctrl+Shift+P");
  assert.equal(acceleratorLabel("CmdOrCtrl+Shift+P", true), "⇧⌘P");
  assert.equal(acceleratorLabel("CmdOrCtrl+\\", false), "Ctrl+\\");
  assert.equal(acceleratorLabel("CmdOrCtrl++", false), "Ctrl++");
  assert.equal(acceleratorLabel("F1", true), "F1");
  assert.equal(codeMirrorKeyLabel("Mod--", false), "Ctrl+-");
  assert.equal(codeMirrorKeyLabel("Mod-Enter", true), "⌘↩");
  assert.equal(codeMirrorKeyLabel("Escape Tab", false), "Esc Tab");
  assert.equal(codeMirrorKeyLabel("Shift-Tab", false), "Shift+Tab");
});

test("a key press matches its chord only with exactly its modifiers; ¥ and ろ count as the backslash", () => {
  const palette = parseAccelerator("CmdOrCtrl+Shift+P");
  assert.equal(matchesChord(press("P", { ctrlKey: true, shiftKey: true }), palette), true);
  assert.equal(matchesChord(press("p", { ctrlKey: true }), palette), false);
  assert.equal(matchesChord(press("P", { ctrlKey: true, shiftKey: true, altKey: true }), palette), false);
  assert.equal(matchesChord(press("P", { metaKey: true, shiftKey: true }), palette), false, "⌘ is not Ctrl off macOS");
  const preview = parseAccelerator("CmdOrCtrl+\\");
  assert.equal(matchesChord(press("¥", { ctrlKey: true }, "IntlYen"), preview), true);
  assert.equal(matchesChord(press("\\", { ctrlKey: true }, "IntlRo"), preview), true);
  const sheet = parseAccelerator("CmdOrCtrl+/");
  assert.equal(matchesChord(press("/", { ctrlKey: true, shiftKey: true }), sheet), true, "a symbol may need Shift on some keyboards");
  assert.equal(matchesChord(press("/", {}), sheet), false);
  assert.equal(isTypingChord(parseAccelerator("/")), true);
  assert.equal(isTypingChord(parseAccelerator("F1")), false);
  assert.equal(isTypingChord(sheet), false);
});

test("no two commands share a key", () => {
  const seen = new Map<string, string>();
  for (const [name, keys] of Object.entries(COMMAND_KEYS)) {
    for (const key of keys) {
      const label = acceleratorLabel(key, false);
      assert.equal(seen.get(label), undefined, `${label} is the key of both ${seen.get(label)} and ${name}`);
      seen.set(label, name);
    }
  }
});
