// Enter, whatever the cursor is in: code (fence-enter.ts), a list item (list-enter.ts), or other
// text, where a new line starts at the margin of the block it is in: a list item's continuation
// keeps its indentation, a paragraph after a list or code starts at the left edge. A line of white
// space only is emptied first, so Enter never leaves such lines behind.
import { EditorSelection, type EditorState, type TransactionSpec } from "@codemirror/state";
import { codeEnter } from "./fence-enter.js";
import { listEnter } from "./list-enter.js";
import { parseItemLine, treeUpTo } from "./list-structure.js";
import { codeAt } from "./code-context.js";
import type { SyntaxNode } from "@lezer/common";

/** True when the text at `pos` is inside a list item. */
function inListItem(state: EditorState, pos: number): boolean {
  for (let n: SyntaxNode | null = treeUpTo(state, pos).resolveInner(pos, 1); n; n = n.parent) if (n.name === "ListItem") return true;
  return false;
}

/** True when `pos` is on a blockquote line (lang-markdown continues those). */
export function inBlockquote(state: EditorState, pos: number): boolean {
  return /^[ \t]*>/.test(state.doc.lineAt(pos).text);
}

/** Enter in text that is neither code nor a list item's first line. */
export function plainEnter(state: EditorState): TransactionSpec {
  const { from, to } = state.selection.main;
  const line = state.doc.lineAt(from);
  if (!/\S/.test(line.text)) {
    return {
      changes: { from: line.from, to: Math.max(to, line.to), insert: "\n" },
      selection: EditorSelection.cursor(line.from + 1),
      scrollIntoView: true,
      userEvent: "input",
    };
  }
  const lead = /^[ \t]*/.exec(line.text)![0];
  const indent = lead && inListItem(state, line.from + lead.length) ? lead.slice(0, from - line.from) : "";
  return {
    changes: { from, to, insert: `\n${indent}` },
    selection: EditorSelection.cursor(from + 1 + indent.length),
    scrollIntoView: true,
    userEvent: "input",
  };
}

/** Enter on a single cursor or selection: null only on a blockquote line (left to lang-markdown). */
export function markdownEnter(state: EditorState): TransactionSpec | null {
  const range = state.selection.main;
  if (range.empty) {
    return codeEnter(state) ?? (inBlockquote(state, range.from) ? null : (listEnter(state) ?? plainEnter(state)));
  }
  // With a selection: delete it, then press Enter on the cursor left behind, as one change.
  const cleared = state.update({ changes: { from: range.from, to: range.to }, selection: EditorSelection.cursor(range.from) });
  const next = markdownEnter(cleared.state);
  if (!next) return null;
  const second = cleared.state.update(next);
  return { changes: cleared.changes.compose(second.changes), selection: second.selection, scrollIntoView: true, userEvent: "input" };
}

/**
 * Shift-Enter: a line break inside the current block without new markup: in a list item the new
 * line is indented to the item's text (the same item goes on), in code it keeps the indentation.
 */
export function softEnter(state: EditorState): TransactionSpec | null {
  const range = state.selection.main;
  if (codeAt(state, range.head)) return codeEnter(state);
  const line = state.doc.lineAt(range.head);
  const shape = parseItemLine(line.text);
  if (!shape || !inListItem(state, line.from + shape.indentText.length)) return plainEnter(state);
  const indent = " ".repeat(shape.contentCol);
  return {
    changes: { from: range.from, to: range.to, insert: `\n${indent}` },
    selection: EditorSelection.cursor(range.from + 1 + indent.length),
    scrollIntoView: true,
    userEvent: "input",
  };
}
