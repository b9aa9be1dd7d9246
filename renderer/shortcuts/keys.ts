// Key notations: Electron's accelerators (the commands' keys, COMMAND_KEYS) and CodeMirror's key
// names (the editor's keys): matching a key press, and writing a key the way the platform does
// (Ctrl+Shift+P; ⇧⌘P on macOS).

/** A key with its modifiers. `mod` is ⌘ on macOS, Ctrl elsewhere. */
export interface Chord {
  mod: boolean;
  shift: boolean;
  alt: boolean;
  /** The key as KeyboardEvent.key names it, lower-cased for letters ("p", "/", "\\", "F1", "Enter"). */
  key: string;
}

/** True on macOS (and iOS): the command key is ⌘. */
export function isMacPlatform(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform);
}

const MODIFIERS: Record<string, keyof Omit<Chord, "key">> = {
  cmdorctrl: "mod",
  commandorcontrol: "mod",
  mod: "mod",
  cmd: "mod",
  command: "mod",
  ctrl: "mod",
  control: "mod",
  shift: "shift",
  alt: "alt",
  option: "alt",
};

function chordOf(parts: string[], last: string): Chord {
  const chord: Chord = { mod: false, shift: false, alt: false, key: last.length === 1 ? last.toLowerCase() : last };
  for (const part of parts) {
    const which = MODIFIERS[part.toLowerCase()];
    if (which) chord[which] = true;
  }
  if (chord.key === "Esc") chord.key = "Escape";
  return chord;
}

/** An Electron accelerator ("CmdOrCtrl+Shift+P", "F1", "/") as a chord. */
export function parseAccelerator(accelerator: string): Chord {
  // "CmdOrCtrl++" names the plus key: the key is what follows the last separating "+".
  const cut = accelerator.length > 1 && accelerator.endsWith("+") ? accelerator.length - 1 : accelerator.lastIndexOf("+") + 1;
  const mods = accelerator.slice(0, Math.max(0, cut - 1));
  return chordOf(mods ? mods.split("+") : [], accelerator.slice(cut));
}

/** A CodeMirror key name ("Mod-b", "Shift-Tab", "Mod--") as a chord. */
export function parseCodeMirrorKey(name: string): Chord {
  const cut = name.length > 1 && name.endsWith("-") ? name.length - 1 : name.lastIndexOf("-") + 1;
  const mods = name.slice(0, Math.max(0, cut - 1));
  return chordOf(mods ? mods.split("-") : [], name.slice(cut));
}

/** Keys whose KeyboardEvent.code also counts (the backslash sits elsewhere on Japanese keyboards, as ¥ or ろ). */
const CODES: Record<string, readonly string[]> = { "\\": ["Backslash", "IntlYen", "IntlRo"] };

/** True when the key press `e` is `chord`, with exactly its modifiers. */
export function matchesChord(e: KeyboardEvent, chord: Chord): boolean {
  const mac = isMacPlatform();
  const mod = mac ? e.metaKey && !e.ctrlKey : e.ctrlKey && !e.metaKey;
  const noMod = !e.metaKey && !e.ctrlKey;
  if (chord.mod ? !mod : !noMod) return false;
  if (chord.alt !== e.altKey) return false;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  const byKey = key === chord.key || (CODES[chord.key]?.includes(e.code) ?? false);
  if (!byKey) return false;
  // A printed symbol may need Shift on some keyboards ("/" is Shift+7 on German ones): only letters
  // and named keys must match Shift exactly.
  const symbol = chord.key.length === 1 && !/[a-z0-9]/.test(chord.key);
  return symbol && !chord.shift ? true : chord.shift === e.shiftKey;
}

/** True for a chord that types a character (no Ctrl/⌘/Alt): it acts only outside text fields. */
export function isTypingChord(chord: Chord): boolean {
  return !chord.mod && !chord.alt && chord.key.length === 1;
}

const NAMES: Record<string, [mac: string, other: string]> = {
  Escape: ["Esc", "Esc"],
  Enter: ["↩", "Enter"],
  Tab: ["⇥", "Tab"],
  Backspace: ["⌫", "Backspace"],
  ArrowUp: ["↑", "↑"],
  ArrowDown: ["↓", "↓"],
  ArrowLeft: ["←", "←"],
  ArrowRight: ["→", "→"],
  " ": ["Space", "Space"],
};

/** How `chord` is written on this platform: "Ctrl+Shift+P" (⇧⌘P on macOS). */
export function chordLabel(chord: Chord, mac = isMacPlatform()): string {
  const named = NAMES[chord.key];
  const key = named ? named[mac ? 0 : 1] : chord.key.length === 1 ? chord.key.toUpperCase() : chord.key;
  if (mac) return `${chord.alt ? "⌥" : ""}${chord.shift ? "⇧" : ""}${chord.mod ? "⌘" : ""}${key}`;
  return [chord.mod && "Ctrl", chord.alt && "Alt", chord.shift && "Shift", key].filter(Boolean).join("+");
}

/** How an Electron accelerator is written on this platform. */
export function acceleratorLabel(accelerator: string, mac = isMacPlatform()): string {
  return chordLabel(parseAccelerator(accelerator), mac);
}

/** How a CodeMirror key name is written; a sequence ("Escape Tab") is written as its keys in turn. */
export function codeMirrorKeyLabel(name: string, mac = isMacPlatform()): string {
  return name
    .split(" ")
    .map((k) => chordLabel(parseCodeMirrorKey(k), mac))
    .join(" ");
}
