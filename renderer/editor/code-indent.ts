// Tab and Shift-Tab in code, as in a code editor: Tab inserts indentation up to the next stop (the
// language's unit: 4 for Python, a tab for Go, 2 otherwise), or indents every selected line;
// Shift-Tab removes one unit, never moving code left of its fence.
import { EditorSelection, countColumn, type ChangeSpec, type EditorState, type TransactionSpec } from "@codemirror/state";
import { codeAt, type Fence } from "./code-context.js";
import { CODE_INDENT_BY_LANGUAGE, CODE_INDENT_DEFAULT } from "./constants.js";

/** One indentation step of `fence`'s language: a number of spaces or a tab. */
export function codeIndentUnit(fence: Fence | "indented"): number | "tab" {
  return (fence !== "indented" && CODE_INDENT_BY_LANGUAGE[fence.lang]) || CODE_INDENT_DEFAULT;
}

/** Lines numbered `first`..`last` of the code's content (fence lines excluded). */
function contentLines(state: EditorState, code: Fence | "indented", first: number, last: number): number[] {
  const out: number[] = [];
  for (let n = first; n <= last; n++) {
    if (code !== "indented" && (n === code.open.number || n === code.close?.number)) continue;
    out.push(n);
  }
  return out;
}

/** Tab (`dedent` false) or Shift-Tab in code; null when the selection's head is not in code. */
export function indentCode(state: EditorState, dedent: boolean): TransactionSpec | null {
  const range = state.selection.main;
  const code = codeAt(state, range.head);
  if (!code) return null;
  const unit = codeIndentUnit(code);
  const width = unit === "tab" ? 4 : unit;
  const step = unit === "tab" ? "\t" : " ".repeat(unit);
  const base = code === "indented" ? 0 : countColumn(code.indentText, 4);
  const first = state.doc.lineAt(range.from).number;
  const last = state.doc.lineAt(range.to).number;
  const lines = contentLines(state, code, first, last);
  if (!lines.length) return null;
  if (!dedent && range.empty) {
    const line = state.doc.lineAt(range.head);
    const col = countColumn(line.text, 4, range.head - line.from) - base;
    const insert = unit === "tab" ? "\t" : " ".repeat(width - (((col % width) + width) % width));
    return {
      changes: { from: range.head, insert },
      selection: EditorSelection.cursor(range.head + insert.length),
      userEvent: "input.indent",
    };
  }
  if (!dedent && first === last)
    return {
      changes: { from: range.from, to: range.to, insert: step },
      selection: EditorSelection.cursor(range.from + step.length),
      userEvent: "input.indent",
    };
  const changes: ChangeSpec[] = [];
  for (const n of lines) {
    const line = state.doc.line(n);
    if (lines.length > 1 && !/\S/.test(line.text)) continue;
    const lead = /^[ \t]*/.exec(line.text)![0];
    let cut = 0;
    while (cut < lead.length && countColumn(lead, 4, cut) < base) cut++;
    if (!dedent) {
      changes.push({ from: line.from + cut, insert: step });
      continue;
    }
    let end = cut;
    while (end < lead.length && countColumn(lead, 4, end) - countColumn(lead, 4, cut) < width) end++;
    if (end > cut) changes.push({ from: line.from + cut, to: line.from + end });
  }
  return { changes, userEvent: dedent ? "delete.dedent" : "input.indent" };
}
