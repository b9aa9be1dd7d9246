// Nesting and un-nesting list items with their children (Tab / Shift-Tab, and Enter on an empty
// nested item). A nested item moves to its new parent's content column (3 for `1. `, 2 for `- `)
// or joins the parent's existing sub-list; an un-nested one becomes its parent's next sibling.
// An item joining a list takes that list's marker; task boxes are kept; ordered lists renumber.
import type { EditorState, TransactionSpec } from "@codemirror/state";
import { blockAround, parseForest, previousSibling, rootsIn, type Item, type Line } from "./list-structure.js";
import { blockChanges, setMarker, shiftLines } from "./list-lines.js";
import { renumber, sameKind, snapshot } from "./list-renumber.js";

/** The result of a structural edit on a block: new lines, or `stuck` when it cannot apply here. */
export type BlockEdit = Line[] | "stuck" | null;

/** After items moved: each takes the marker of the list it joined, then lists renumber. */
function settle(lines: Line[], original: readonly Line[], moved: Set<number>): Line[] {
  const forest = parseForest(lines);
  for (const item of forest.items) {
    if (!moved.has(lines[item.line]!.id)) continue;
    const prev = previousSibling(forest, lines, item);
    if (prev && !sameKind(prev.shape, item.shape)) {
      setMarker(lines, item, prev.shape.bullet ?? `${(prev.shape.number ?? 0) + 1}${prev.shape.delimiter}`);
    }
  }
  return renumber(lines, snapshot(original), moved);
}

const ids = (lines: readonly Line[], items: Item[]) => new Set(items.map((i) => lines[i.line]!.id));

/** Nests the items on lines `from`..`to` of the block under their previous siblings. */
export function nestLines(lines: readonly Line[], from: number, to: number): BlockEdit {
  const forest = parseForest(lines);
  const roots = rootsIn(forest, lines, from, to);
  if (!roots.length) return null;
  const out = lines.slice();
  let target = 0;
  for (const [k, root] of roots.entries()) {
    const prev = previousSibling(forest, lines, root);
    if (k === 0 || prev !== roots[k - 1]) {
      if (!prev) return "stuck";
      const last = prev.children[prev.children.length - 1];
      target = last ? last.shape.indent : prev.shape.contentCol;
    }
    shiftLines(out, root.line, root.end, target - root.shape.indent);
  }
  return settle(out, lines, ids(lines, roots));
}

/** Un-nests the items on lines `from`..`to` of the block: each becomes its parent's next sibling. */
export function unnestLines(lines: readonly Line[], from: number, to: number): BlockEdit {
  const forest = parseForest(lines);
  const roots = rootsIn(forest, lines, from, to);
  if (!roots.length) return null;
  if (roots.some((r) => !r.parent)) return "stuck";
  const out = lines.slice();
  for (const root of roots) shiftLines(out, root.line, root.end, root.parent!.shape.indent - root.shape.indent);
  return settle(out, lines, ids(lines, roots));
}

/**
 * Tab (`nest`) or Shift-Tab on the list items of the selection. Null when the selection is not on
 * a list item (the key is not ours); an empty spec when the items cannot move (the first item of a
 * list has nothing to nest under), so the key is still taken and nothing changes.
 */
export function indentListItems(state: EditorState, nest: boolean): TransactionSpec | null {
  const { from, to } = state.selection.main;
  const first = state.doc.lineAt(from).number;
  const last = state.doc.lineAt(to).number;
  const block = blockAround(state, first, last);
  if (!block) return null;
  const edit = (nest ? nestLines : unnestLines)(block.lines, first - block.firstLine, last - block.firstLine);
  if (edit === null) return null;
  if (edit === "stuck") return {};
  return { changes: blockChanges(state, block, edit), scrollIntoView: true, userEvent: nest ? "indent" : "dedent" };
}
