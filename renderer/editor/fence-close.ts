// Typing a closing fence inside a code block puts it at the opening fence's indentation, wherever
// the line's indentation had drifted to, so the block really closes where the writer closed it.
import { EditorSelection, type EditorState, type Extension, type TransactionSpec } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { closesFence, codeAt } from "./code-context.js";

/**
 * The typing of `text` over `from`..`to`, made into a realigned closing fence when that is what the
 * line becomes; null when the input is anything else.
 */
export function closeFenceOnInput(state: EditorState, from: number, to: number, text: string): TransactionSpec | null {
  if (text !== "`" && text !== "~") return null;
  const line = state.doc.lineAt(from);
  if (to > line.to) return null;
  const after = line.text.slice(0, from - line.from) + text + line.text.slice(to - line.from);
  const fence = codeAt(state, from);
  if (!fence || fence === "indented" || line.number === fence.open.number || !closesFence(fence, after)) return null;
  const lead = /^[ \t]*/.exec(after)![0];
  if (lead === fence.indentText) return null;
  const fixed = fence.indentText + after.slice(lead.length).trimEnd();
  return {
    changes: { from: line.from, to: line.to, insert: fixed },
    selection: EditorSelection.cursor(line.from + fixed.length),
    userEvent: "input.type",
  };
}

/** The input handler that applies closeFenceOnInput (never during an IME composition). */
export const fenceClose: Extension = EditorView.inputHandler.of((view, from, to, text) => {
  if (view.composing) return false;
  const spec = closeFenceOnInput(view.state, from, to, text);
  if (!spec) return false;
  view.dispatch(spec);
  return true;
});
