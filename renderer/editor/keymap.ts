// The editor's Markdown keys: Enter, Shift-Enter, Backspace, Tab and Shift-Tab that know lists and
// code, and the formatting shortcuts. Commands are pure functions of the state (unit-tested without
// a DOM); here they are bound to keys, never while an IME composition is under way (the key that
// confirms a conversion belongs to the IME).
import { Prec, type EditorState, type Extension, type TransactionSpec } from "@codemirror/state";
import { keymap, type Command, type EditorView, type KeyBinding } from "@codemirror/view";
import { insertNewlineAndIndent } from "@codemirror/commands";
import { deleteMarkupBackward, insertNewlineContinueMarkup } from "@codemirror/lang-markdown";
import type { MessageKey } from "../../core/common/i18n/index.js";
import { markdownEnter, softEnter } from "./enter.js";
import { changeHeading, toggleInline, toggleLink, toggleTask } from "./format-commands.js";
import { tabCommand } from "./tab.js";
import { noteTabTaken } from "./tab-focus.js";

type StateCommand = (state: EditorState) => TransactionSpec | null;

const composing = (view: EditorView) => view.composing || view.compositionStarted;

/** A key command from a state command: runs it unless composing; an empty spec takes the key and changes nothing. */
function bind(command: StateCommand, after?: (view: EditorView) => void): Command {
  return (view) => {
    if (composing(view)) return false;
    const spec = command(view.state);
    if (!spec) return false;
    if (spec.changes !== undefined || spec.selection !== undefined) view.dispatch(spec);
    after?.(view);
    return true;
  };
}

/** Several cursors at once: lang-markdown's continuation, else a plain newline. */
const multiEnter: Command = (view) => insertNewlineContinueMarkup(view) || insertNewlineAndIndent(view);

const single = (command: StateCommand, fallback: Command): Command => {
  const bound = bind(command);
  return (view) => {
    if (composing(view)) return false;
    return (view.state.selection.ranges.length === 1 && bound(view)) || fallback(view);
  };
};

/** A formatting shortcut: its key (CodeMirror notation, Mod = Ctrl or Cmd) and the name of what it does. */
export interface EditingShortcut {
  key: string;
  name: MessageKey;
}

/** Every key the editor adds, for the shortcut list (in the order shown). */
export const editingShortcuts: readonly EditingShortcut[] = [
  { key: "Mod-b", name: "editor.cmd.bold" },
  { key: "Mod-i", name: "editor.cmd.italic" },
  { key: "Mod-k", name: "editor.cmd.link" },
  { key: "Mod-e", name: "editor.cmd.code" },
  { key: "Mod-=", name: "editor.cmd.headingUp" },
  { key: "Mod--", name: "editor.cmd.headingDown" },
  { key: "Mod-Enter", name: "editor.cmd.task" },
  { key: "Tab", name: "editor.cmd.nest" },
  { key: "Shift-Tab", name: "editor.cmd.unnest" },
  { key: "Shift-Enter", name: "editor.cmd.softBreak" },
  { key: "Escape Tab", name: "editor.cmd.leave" },
];

const format = (command: StateCommand): Omit<KeyBinding, "key"> => ({ run: bind(command), preventDefault: true });

/** The bindings, above CodeMirror's defaults. */
export function markdownKeys(): Extension {
  return Prec.high(
    keymap.of([
      { key: "Enter", run: single(markdownEnter, multiEnter), shift: single(softEnter, multiEnter) },
      { key: "Backspace", run: (view) => !composing(view) && deleteMarkupBackward(view) },
      { key: "Tab", run: bind((s) => tabCommand(s, false), noteTabTaken), shift: bind((s) => tabCommand(s, true), noteTabTaken) },
      { key: "Mod-b", ...format((s) => toggleInline(s, "bold")) },
      { key: "Mod-i", ...format((s) => toggleInline(s, "italic")) },
      { key: "Mod-e", ...format((s) => toggleInline(s, "code")) },
      { key: "Mod-k", ...format(toggleLink) },
      { key: "Mod-=", ...format((s) => changeHeading(s, true)) },
      { key: "Mod-+", ...format((s) => changeHeading(s, true)) },
      { key: "Mod--", ...format((s) => changeHeading(s, false)) },
      { key: "Mod-Enter", ...format(toggleTask) },
    ]),
  );
}
