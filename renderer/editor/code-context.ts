// Where the cursor is in code: the fenced code block around it (its fence lines, indentation,
// fence marks and language) or an indented code block, read from the syntax tree.
import { countColumn, type EditorState, type Line } from "@codemirror/state";
import type { SyntaxNode } from "@lezer/common";
import { treeUpTo } from "./list-structure.js";

/** A fenced code block. */
export interface Fence {
  /** The opening fence's line. */
  open: Line;
  /** The closing fence's line, or null while the block is still open (it runs to the end). */
  close: Line | null;
  /** White space before the opening fence, as written (a list item's indentation included). */
  indentText: string;
  /** The fence marks: three or more backticks or tildes. */
  marks: string;
  /** The language named after the opening fence, lower case ("" when none). */
  lang: string;
  /** True when the block is inside a list item (its indentation is the item's). */
  inList: boolean;
}

/** The code block at `pos`: a fence, `"indented"` for an indented code block, or null. */
export function codeAt(state: EditorState, pos: number): Fence | "indented" | null {
  const tree = treeUpTo(state, pos);
  for (const side of [-1, 1] as const) {
    for (let n: SyntaxNode | null = tree.resolveInner(pos, side); n; n = n.parent) {
      if (n.name === "FencedCode") return fenceOf(state, n);
      if (n.name === "CodeBlock") return "indented";
    }
  }
  return null;
}

function fenceOf(state: EditorState, node: SyntaxNode): Fence {
  const doc = state.doc;
  const open = doc.lineAt(node.from);
  const marks = /^(`{3,}|~{3,})/.exec(doc.sliceString(node.from, open.to))?.[1] ?? "```";
  const last = node.lastChild;
  const close = last && last.name === "CodeMark" && doc.lineAt(last.from).number > open.number ? doc.lineAt(last.from) : null;
  const info = node.getChild("CodeInfo");
  const lang = info ? (/^\S*/.exec(doc.sliceString(info.from, info.to))![0] ?? "").toLowerCase() : "";
  let inList = false;
  for (let p = node.parent; p; p = p.parent) if (p.name === "ListItem") inList = true;
  // A fence on a list item's first line (`- ```js`) is indented as far as the marker's width.
  const before = open.text.slice(0, node.from - open.from);
  const indentText = /\S/.test(before) ? " ".repeat(countColumn(before, 4)) : before;
  return { open, close, indentText, marks, lang, inList };
}

/** True when `text` (a whole line) is a fence that closes `fence`: the same mark, at least as long. */
export function closesFence(fence: Fence, text: string): boolean {
  const m = /^[ \t]*(`{3,}|~{3,})[ \t]*$/.exec(text);
  return !!m && m[1]![0] === fence.marks[0] && m[1]!.length >= fence.marks.length;
}
