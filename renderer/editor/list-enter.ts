// Enter on a list item. In an item with text it starts the next item (the next number, a fresh
// `[ ] ` for a task) and carries the text after the cursor over. On an empty nested item it moves
// the item out one level; on an empty top-level item it ends the list: the marker goes, a blank
// line is left, and the cursor sits on a fresh line below it, outside the list.
import { EditorSelection, type EditorState, type TransactionSpec } from "@codemirror/state";
import { blockAround, markerText, parseForest, parseItemLine, type Block, type Line } from "./list-structure.js";
import { unnestLines } from "./list-indentation.js";
import { blockChanges } from "./list-lines.js";
import { renumber, snapshot } from "./list-renumber.js";

/** The first line of a new item after `text`'s item: same indentation and kind, next number. */
function nextItemPrefix(text: string): string {
  const shape = parseItemLine(text)!;
  const marker = shape.number === null ? markerText(shape) : `${shape.number + 1}${shape.delimiter}`;
  return `${shape.indentText}${marker} ${shape.task !== null ? "[ ] " : ""}`;
}

/** Splits item line `index` of the block at column `cut`, the second part becoming the next item. */
function split(state: EditorState, block: Block, index: number, cut: number): TransactionSpec {
  const text = block.lines[index]!.text;
  const contentStart = parseItemLine(text)!.contentStart;
  const head = cut > contentStart ? text.slice(0, cut).trimEnd() : text.slice(0, cut);
  const next = nextItemPrefix(text) + text.slice(cut).trimStart();
  const lines: Line[] = [...block.lines];
  lines.splice(index, 1, { ...lines[index]!, text: head }, { text: next, verbatim: false, id: -1 });
  const out = renumber(lines, snapshot(block.lines), new Set());
  const [first, second] = [out[index]!.text, out[index + 1]!.text];
  const rest = out.filter((_, i) => i !== index + 1);
  const changes = blockChanges(
    state,
    block,
    rest.map((l, i) => (i === index ? { ...l, text: block.lines[index]!.text } : l)),
  );
  const line = state.doc.line(block.firstLine + index);
  changes.push({ from: line.from, to: line.to, insert: `${first}\n${second}` });
  const mapped = state.changes(changes);
  const cursor = mapped.mapPos(line.from, -1) + first.length + 1 + parseItemLine(second)!.contentStart;
  return { changes: mapped, selection: EditorSelection.cursor(cursor), scrollIntoView: true, userEvent: "input" };
}

/** Ends the list at empty top-level item `index`: a blank line, then the cursor on a line of its own. */
function endList(state: EditorState, block: Block, index: number): TransactionSpec {
  const line = state.doc.line(block.firstLine + index);
  const following = line.number < state.doc.lines ? state.doc.line(line.number + 1).text : "";
  const insert = /\S/.test(following) ? "\n\n" : "\n";
  return {
    changes: { from: line.from, to: line.to, insert },
    selection: EditorSelection.cursor(line.from + 1),
    scrollIntoView: true,
    userEvent: "input",
  };
}

/** Enter with the cursor on a list item's first line, or null when the cursor is not on one. */
export function listEnter(state: EditorState): TransactionSpec | null {
  const range = state.selection.main;
  if (!range.empty) return null;
  const line = state.doc.lineAt(range.head);
  const block = blockAround(state, line.number, line.number);
  if (!block) return null;
  const index = line.number - block.firstLine;
  const item = parseForest(block.lines).items.find((i) => i.line === index);
  if (!item) return null;
  if (!item.shape.empty) return split(state, block, index, Math.max(range.head - line.from, item.shape.contentStart));
  if (!item.parent) return endList(state, block, index);
  const edit = unnestLines(block.lines, index, index);
  if (!Array.isArray(edit)) return null;
  const changes = state.changes(blockChanges(state, block, edit));
  const cursor = changes.mapPos(line.from, -1) + edit[index]!.text.length;
  return { changes, selection: EditorSelection.cursor(cursor), scrollIntoView: true, userEvent: "input" };
}
