// Formatting commands: bold, italic, inline code and link around the selection, each undone by the
// same command; the heading level of the selected lines one step up (toward `#`) or down; and a
// list item made a task, or its box checked and unchecked.
import { EditorSelection, type ChangeSpec, type EditorState, type SelectionRange, type TransactionSpec } from "@codemirror/state";
import type { SyntaxNode } from "@lezer/common";
import { parseItemLine, treeUpTo } from "./list-structure.js";
import { codeAt } from "./code-context.js";

/** The inline styles, with their Markdown marks and syntax-tree names. */
const INLINE = {
  bold: { mark: "**", node: "StrongEmphasis", markNode: "EmphasisMark" },
  italic: { mark: "*", node: "Emphasis", markNode: "EmphasisMark" },
  code: { mark: "`", node: "InlineCode", markNode: "CodeMark" },
} as const;

/** An inline style. */
export type InlineStyle = keyof typeof INLINE;

/** The innermost node named `name` that holds all of `range`, or null. */
function enclosing(state: EditorState, range: SelectionRange, name: string): SyntaxNode | null {
  const tree = treeUpTo(state, range.to);
  for (const [pos, side] of [
    [range.from, 1],
    [range.to, -1],
  ] as const) {
    for (let n: SyntaxNode | null = tree.resolveInner(pos, side); n; n = n.parent) {
      if (n.name === name && n.from <= range.from && n.to >= range.to) return n;
    }
  }
  return null;
}

/** The range after `changes` (this range's own), as changeByRange wants it. */
function after(state: EditorState, range: SelectionRange, changes: ChangeSpec[]): { changes: ChangeSpec[]; range: SelectionRange } {
  return { changes, range: range.map(state.changes(changes)) };
}

/** Bold, italic or inline code on each selection: added around it, or removed where it is already. */
export function toggleInline(state: EditorState, style: InlineStyle): TransactionSpec {
  const { mark, node, markNode } = INLINE[style];
  return {
    ...state.changeByRange((range) => {
      const inside = enclosing(state, range, node);
      if (inside) {
        const marks = inside.getChildren(markNode);
        const [open, close] = [marks[0], marks[marks.length - 1]];
        if (open && close && open !== close)
          return after(state, range, [
            { from: open.from, to: open.to },
            { from: close.from, to: close.to },
          ]);
      }
      // An empty pair just typed with this command (`**▮**`) is taken away again.
      const around = state.sliceDoc(range.from - mark.length, range.to + mark.length);
      if (range.empty && around === mark + mark && state.sliceDoc(range.from - mark.length - 1, range.from - mark.length) !== mark[0]) {
        return {
          changes: [{ from: range.from - mark.length, to: range.to + mark.length }],
          range: EditorSelection.cursor(range.from - mark.length),
        };
      }
      // Spaces at the ends of a selection stay outside the marks (`** bold**` would not be bold).
      const text = state.sliceDoc(range.from, range.to);
      const from = range.from + (text.length - text.trimStart().length);
      const to = Math.max(from, range.to - (text.length - text.trimEnd().length));
      return {
        changes: [
          { from, insert: mark },
          { from: to, insert: mark },
        ],
        range: EditorSelection.range(from + mark.length, to + mark.length),
      };
    }),
    userEvent: "input.format",
  };
}

const URL_LIKE = /^(?:https?:\/\/|mailto:)\S+$/;

/**
 * A link: the selection becomes its text and the cursor lands in its address (a selected address
 * becomes the address, the cursor in the text). Inside a link, the link is taken away, its text kept.
 */
export function toggleLink(state: EditorState): TransactionSpec {
  return {
    ...state.changeByRange((range) => {
      const link = enclosing(state, range, "Link");
      const marks = link?.getChildren("LinkMark") ?? [];
      if (link && marks.length >= 2) {
        const [open, close] = [marks[0]!, marks[1]!];
        const text = state.sliceDoc(open.to, close.from);
        return {
          changes: [{ from: link.from, to: link.to, insert: text }],
          range: EditorSelection.range(link.from, link.from + text.length),
        };
      }
      const text = state.sliceDoc(range.from, range.to);
      if (URL_LIKE.test(text)) {
        return { changes: [{ from: range.from, to: range.to, insert: `[](${text})` }], range: EditorSelection.cursor(range.from + 1) };
      }
      const insert = `[${text}]()`;
      const cursor = range.from + (range.empty ? 1 : insert.length - 1);
      return { changes: [{ from: range.from, to: range.to, insert }], range: EditorSelection.cursor(cursor) };
    }),
    userEvent: "input.format",
  };
}

const HEADING = /^( {0,3})(#{1,6})(?:[ \t]+|$)/;
/** The deepest heading level Markdown has. */
const DEEPEST = 6;

/** Line numbers touched by the selection. */
function selectedLines(state: EditorState): number[] {
  const out = new Set<number>();
  for (const r of state.selection.ranges) {
    for (let n = state.doc.lineAt(r.from).number; n <= state.doc.lineAt(r.to).number; n++) out.add(n);
  }
  return [...out].sort((a, b) => a - b);
}

/** The changes, with cursors at an insertion point moved past what was inserted. */
function withCursorsAfter(state: EditorState, specs: ChangeSpec[]): TransactionSpec {
  const changes = state.changes(specs);
  return { changes, selection: state.selection.map(changes, 1), userEvent: "input.format" };
}

/** True when line `n` is code (or a code fence), where formatting never applies. */
const isCode = (state: EditorState, n: number) => codeAt(state, state.doc.line(n).from) !== null;

/**
 * The selected lines' heading level one step up (`raise`: paragraph → `######` → … → `#`) or down
 * (`#` → … → `######` → paragraph). List items and code are left alone.
 */
export function changeHeading(state: EditorState, raise: boolean): TransactionSpec {
  const changes: ChangeSpec[] = [];
  for (const n of selectedLines(state)) {
    const line = state.doc.line(n);
    if (!/\S/.test(line.text) || parseItemLine(line.text) || isCode(state, n)) continue;
    const m = HEADING.exec(line.text);
    const level = m ? m[2]!.length : 0;
    const next = raise ? (level === 0 ? DEEPEST : Math.max(1, level - 1)) : level === 0 ? 0 : level === DEEPEST ? 0 : level + 1;
    if (next === level) continue;
    const prefixEnd = m ? m[0].length : /^ {0,3}/.exec(line.text)![0].length;
    changes.push({ from: line.from, to: line.from + prefixEnd, insert: next ? `${"#".repeat(next)} ` : "" });
  }
  return withCursorsAfter(state, changes);
}

/**
 * Mod-Enter: a list item becomes a task (`- [ ] `), a task's box is checked or unchecked, and a line
 * of text becomes a task item.
 */
export function toggleTask(state: EditorState): TransactionSpec {
  const changes: ChangeSpec[] = [];
  for (const n of selectedLines(state)) {
    const line = state.doc.line(n);
    if (isCode(state, n) || HEADING.test(line.text)) continue;
    const shape = parseItemLine(line.text);
    if (shape?.task != null) {
      const box = line.from + shape.contentStart - (line.text[shape.contentStart - 1] === " " ? 3 : 2);
      changes.push({ from: box, to: box + 1, insert: shape.task === " " ? "x" : " " });
    } else if (shape) {
      const at = shape.empty ? line.text.length : shape.contentStart;
      const gap = shape.empty && !/[ \t]$/.test(line.text) ? " " : "";
      changes.push({ from: line.from + at, insert: `${gap}[ ] ` });
    } else {
      const lead = /^[ \t]*/.exec(line.text)![0].length;
      changes.push({ from: line.from + lead, insert: "- [ ] " });
    }
  }
  return withCursorsAfter(state, changes);
}
