// Line-level edits of a list block: moving lines left or right, changing an item's marker (its
// children follow when the marker's width changes), and turning the edited lines back into
// minimal document changes, so cursors elsewhere on the lines stay where they were.
import { countColumn, type ChangeSpec, type EditorState } from "@codemirror/state";
import { isBlank, parseItemLine, type Block, type Item, type Line } from "./list-structure.js";

/** Moves a line `delta` columns right (or left, removing leading white space). Blank lines stay empty. */
export function shiftLine(text: string, delta: number): string {
  if (delta === 0 || isBlank(text)) return text;
  if (delta > 0) return " ".repeat(delta) + text;
  const lead = /^[ \t]*/.exec(text)![0];
  const keep = Math.max(0, countColumn(lead, 4) + delta);
  return " ".repeat(keep) + text.slice(lead.length);
}

/** Shifts the non-blank lines `from`..`to` (exclusive) of `lines` by `delta` columns, in place. */
export function shiftLines(lines: Line[], from: number, to: number, delta: number): void {
  for (let i = from; i < to; i++) lines[i] = { ...lines[i]!, text: shiftLine(lines[i]!.text, delta) };
}

/**
 * Replaces `item`'s marker (`-`, `2.`) in place; when its width changes, the item's other lines move
 * by as much, so its children stay its children.
 */
export function setMarker(lines: Line[], item: Item, marker: string): void {
  const line = lines[item.line]!;
  const shape = parseItemLine(line.text);
  if (!shape) return;
  const start = shape.indentText.length;
  const old = line.text.slice(start, shape.markerEnd);
  if (old === marker) return;
  lines[item.line] = { ...line, text: line.text.slice(0, start) + marker + line.text.slice(shape.markerEnd) };
  shiftLines(lines, item.line + 1, item.end, marker.length - old.length);
}

/** The smallest change turning `from` into `to`, at document offset `at`. */
function lineChange(at: number, from: string, to: string): ChangeSpec {
  let head = 0;
  while (head < from.length && head < to.length && from[head] === to[head]) head++;
  let tail = 0;
  while (tail < from.length - head && tail < to.length - head && from[from.length - 1 - tail] === to[to.length - 1 - tail]) tail++;
  return { from: at + head, to: at + from.length - tail, insert: to.slice(head, to.length - tail) };
}

/** Document changes that turn the block's lines into `edited` (same number of lines, in order). */
export function blockChanges(state: EditorState, block: Block, edited: readonly Line[]): ChangeSpec[] {
  const changes: ChangeSpec[] = [];
  edited.forEach((line, i) => {
    const old = block.lines[i]!.text;
    if (line.text !== old) changes.push(lineChange(state.doc.line(block.firstLine + i).from, old, line.text));
  });
  return changes;
}
