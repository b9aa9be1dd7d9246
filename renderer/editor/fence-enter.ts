// Enter in code. A new line keeps the indentation of the line it came from and nothing more (no
// language indentation that could push a closing fence out of place). A closing fence typed at the
// wrong indentation is put back at the opening fence's before the line ends, and the line after a
// block starts at the block's own margin: nothing after the code inherits its indentation.
import { EditorSelection, type EditorState, type TransactionSpec } from "@codemirror/state";
import { closesFence, codeAt, type Fence } from "./code-context.js";

/** White space at the start of `text`. */
const leading = (text: string) => /^[ \t]*/.exec(text)![0];

/** A newline at the cursor followed by `indent`, replacing the selection. */
function newline(state: EditorState, indent: string, before: { from: number; to: number; insert: string }[] = []): TransactionSpec {
  const { from, to } = state.selection.main;
  const changes = state.changes([...before, { from, to, insert: `\n${indent}` }]);
  return { changes, selection: EditorSelection.cursor(changes.mapPos(to, 1)), scrollIntoView: true, userEvent: "input" };
}

/** The margin of the text around a fence: its indentation inside a list item, none at the top level. */
const margin = (fence: Fence) => (fence.inList ? fence.indentText : "");

/** Enter on a fence's own lines or in its code. */
function fenceEnter(state: EditorState, fence: Fence): TransactionSpec | null {
  const { from } = state.selection.main;
  const line = state.doc.lineAt(from);
  const column = from - line.from;
  const lead = leading(line.text);
  if (line.number === fence.open.number) return column < lead.length ? null : newline(state, fence.indentText);
  const atEnd = !/\S/.test(line.text.slice(column));
  if (atEnd && (line.number === fence.close?.number || closesFence(fence, line.text))) {
    const realign = lead === fence.indentText ? [] : [{ from: line.from, to: line.from + lead.length, insert: fence.indentText }];
    return newline(state, margin(fence), realign);
  }
  if (!/\S/.test(line.text)) {
    // A line of white space only is emptied; the new line keeps its indentation.
    return newline(
      state,
      line.text.slice(0, column),
      [{ from: line.from, to: line.to, insert: "" }].filter(() => column === line.length),
    );
  }
  return newline(state, column < lead.length ? lead.slice(0, column) : lead);
}

/** Enter in a fenced or indented code block, or null when the cursor is not in code. */
export function codeEnter(state: EditorState): TransactionSpec | null {
  const range = state.selection.main;
  const code = codeAt(state, range.from);
  if (!code) return null;
  if (code === "indented") {
    const line = state.doc.lineAt(range.from);
    return newline(state, leading(line.text).slice(0, range.from - line.from));
  }
  return fenceEnter(state, code);
}
