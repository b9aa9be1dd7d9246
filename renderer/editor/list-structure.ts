// List items as the editing commands see them: each line of a list block parsed into its marker,
// task box and content, and the items arranged into a tree (parent, children, the lines each one
// spans), the way CommonMark nests them: a line belongs to an item while it is indented at least to
// the item's content column. Code and HTML lines (known from the syntax tree) are never items.
import { countColumn, type EditorState } from "@codemirror/state";
import { ensureSyntaxTree, syntaxTree } from "@codemirror/language";
import type { Tree } from "@lezer/common";

/** Tab stops in list indentation, as CommonMark counts them. */
const TAB = 4;
/** The longest gap after a marker that still sets the content column (more means indented code). */
const MAX_GAP = 4;
/** How far up and down a list block is looked for around the cursor, in lines. */
const MAX_BLOCK_LINES = 4000;
/** The parse is waited for this long at most before a command reads the tree. */
const PARSE_TIMEOUT_MS = 100;

/** The marker, task box and content of a list item's first line. */
export interface ItemShape {
  /** Leading white space, as written. */
  indentText: string;
  /** Its width in columns. */
  indent: number;
  /** `-`, `*` or `+`; null for an ordered item. */
  bullet: string | null;
  /** The number of an ordered item; null for a bullet. */
  number: number | null;
  /** `.` or `)` after the number; "" for a bullet. */
  delimiter: string;
  /** Offset of the end of the marker in the line. */
  markerEnd: number;
  /** `" "`, `"x"` or `"X"` inside the task box, or null when the item is not a task. */
  task: string | null;
  /** Offset where the item's text starts (after marker, gap and task box). */
  contentStart: number;
  /** The column the item's children and continuation lines are indented to. */
  contentCol: number;
  /** Nothing but white space after the marker (and task box). */
  empty: boolean;
}

const ITEM = /^([ \t]*)(?:([-*+])|(\d{1,9})([.)]))(?=[ \t]|$)/;
const TASK = /^\[([ xX])\](?=[ \t]|$)[ \t]?/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/** The marker text of `shape`: `-` or `3.`. */
export function markerText(shape: ItemShape): string {
  return shape.bullet ?? `${shape.number}${shape.delimiter}`;
}

/** Width in columns of the leading white space of `text`. */
export function indentOf(text: string): number {
  return countColumn(/^[ \t]*/.exec(text)![0], TAB);
}

/** True when `text` is empty or white space only. */
export function isBlank(text: string): boolean {
  return !/\S/.test(text);
}

/** Parses a line as a list item's first line (no blockquote prefix), or null. */
export function parseItemLine(text: string): ItemShape | null {
  const m = ITEM.exec(text);
  if (!m || THEMATIC_BREAK.test(text)) return null;
  const indentText = m[1]!;
  const markerEnd = m[0].length;
  const markerCol = countColumn(text, TAB, markerEnd);
  const gapText = /^[ \t]*/.exec(text.slice(markerEnd))![0];
  const afterGap = markerEnd + gapText.length;
  const rest = text.slice(afterGap);
  const gap = countColumn(text, TAB, afterGap) - markerCol;
  const blankRest = isBlank(rest);
  const contentCol = markerCol + (blankRest || gap > MAX_GAP ? 1 : gap);
  let task: string | null = null;
  let contentStart = blankRest ? text.length : afterGap;
  const t = gapText && !blankRest ? TASK.exec(rest) : null;
  if (t) {
    task = t[1]!;
    contentStart = afterGap + t[0].length;
  }
  return {
    indentText,
    indent: countColumn(indentText, TAB),
    bullet: m[2] ?? null,
    number: m[3] ? Number(m[3]) : null,
    delimiter: m[4] ?? "",
    markerEnd,
    task,
    contentStart,
    contentCol,
    empty: isBlank(text.slice(contentStart)),
  };
}

/** One line of a list block being edited. `verbatim` lines (code, HTML) are never items. */
export interface Line {
  text: string;
  verbatim: boolean;
  /** The line's index in the block before the edit; -1 for a line the edit added. */
  id: number;
}

/** A list item and the lines it spans. */
export interface Item {
  /** Index of its first line in the block. */
  line: number;
  shape: ItemShape;
  parent: Item | null;
  children: Item[];
  /** Index just past its last non-blank line (children included). */
  end: number;
}

/** The items of a block of lines, in order, and the innermost item each line belongs to. */
export interface Forest {
  items: Item[];
  owner: (Item | null)[];
}

/** Arranges the lines' items into a tree, CommonMark-style (lazy continuation lines excepted). */
export function parseForest(lines: readonly Line[]): Forest {
  const items: Item[] = [];
  const owner: (Item | null)[] = [];
  const stack: Item[] = [];
  let lastText = -1;
  lines.forEach((line, i) => {
    if (isBlank(line.text)) {
      owner.push(stack[stack.length - 1] ?? null);
      return;
    }
    const indent = indentOf(line.text);
    while (stack.length && indent < stack[stack.length - 1]!.shape.contentCol) stack.pop()!.end = lastText + 1;
    const shape = line.verbatim ? null : parseItemLine(line.text);
    const parent = stack[stack.length - 1] ?? null;
    if (shape) {
      const item: Item = { line: i, shape, parent, children: [], end: i + 1 };
      parent?.children.push(item);
      items.push(item);
      stack.push(item);
      owner.push(item);
    } else {
      owner.push(parent);
    }
    lastText = i;
  });
  while (stack.length) stack.pop()!.end = lastText + 1;
  // A blank line after an item's last line is not the item's.
  owner.forEach((item, i) => {
    let o = item;
    while (o && i >= o.end) o = o.parent;
    owner[i] = o;
  });
  return { items, owner };
}

/** The items at the same level as `item` (its parent's children, or the top-level items). */
export function siblingsOf(forest: Forest, item: Item): Item[] {
  return item.parent ? item.parent.children : forest.items.filter((i) => !i.parent);
}

/** The item just before `item` in the same list (no other text between them), or null. */
export function previousSibling(forest: Forest, lines: readonly Line[], item: Item): Item | null {
  const siblings = siblingsOf(forest, item);
  const prev = siblings[siblings.indexOf(item) - 1];
  if (!prev) return null;
  for (let i = prev.end; i < item.line; i++) if (!isBlank(lines[i]!.text)) return null;
  return prev;
}

/** The items whose first line is in `[from, to]`, plus the item owning line `from`, outermost only. */
export function rootsIn(forest: Forest, lines: readonly Line[], from: number, to: number): Item[] {
  const chosen = new Set<Item>(forest.items.filter((i) => i.line >= from && i.line <= to));
  const first = forest.owner[from];
  if (first && !isBlank(lines[from]!.text)) chosen.add(first);
  const roots = [...chosen].filter((item) => {
    for (let p = item.parent; p; p = p.parent) if (chosen.has(p)) return false;
    return true;
  });
  return roots.sort((a, b) => a.line - b.line);
}

/** A list block of the document: its lines from `firstLine` (1-based) on. */
export interface Block {
  firstLine: number;
  lines: Line[];
}

/** The syntax tree, parsed at least up to `pos` when that takes no longer than a moment. */
export function treeUpTo(state: EditorState, pos: number): Tree {
  return ensureSyntaxTree(state, pos, PARSE_TIMEOUT_MS) ?? syntaxTree(state);
}

const VERBATIM = new Set(["FencedCode", "CodeBlock", "HTMLBlock", "CommentBlock", "ProcessingInstructionBlock"]);

/** True when the text at `pos` is inside a code or HTML block. */
export function inVerbatim(tree: Tree, pos: number): boolean {
  for (let n: ReturnType<Tree["resolveInner"]> | null = tree.resolveInner(pos, 1); n; n = n.parent) if (VERBATIM.has(n.name)) return true;
  return false;
}

/** How line `n` of the document takes part in a list block. */
function classify(state: EditorState, tree: Tree, n: number): Line & { item: boolean } {
  const line = state.doc.line(n);
  const lead = /^[ \t]*/.exec(line.text)![0].length;
  const verbatim = !isBlank(line.text) && inVerbatim(tree, line.from + lead);
  let item = !verbatim && parseItemLine(line.text) !== null;
  // The parser knows better than the pattern (`2019. year` after a paragraph is text, `- ` under one a heading).
  if (item && tree.length > line.from + lead) item = tree.resolveInner(line.from + lead, 1).name === "ListMark";
  return { text: line.text, verbatim: verbatim || (!item && parseItemLine(line.text) !== null), id: 0, item };
}

/** The list block around document lines `from`..`to` (1-based), or null when no list is there. */
export function blockAround(state: EditorState, from: number, to: number): Block | null {
  const doc = state.doc;
  const tree = treeUpTo(state, doc.line(Math.min(doc.lines, to + 1)).to);
  const outside = (l: Line & { item: boolean }) => !isBlank(l.text) && !l.item && indentOf(l.text) === 0;
  let first = from;
  while (first > 1 && from - first < MAX_BLOCK_LINES && !outside(classify(state, tree, first))) first--;
  if (outside(classify(state, tree, first)) && first < from) first++;
  let last = to;
  while (last < doc.lines && last - to < MAX_BLOCK_LINES && !outside(classify(state, tree, last + 1))) last++;
  const lines: Line[] = [];
  let anyItem = false;
  for (let n = first; n <= last; n++) {
    const l = classify(state, tree, n);
    anyItem ||= l.item;
    lines.push({ text: l.text, verbatim: l.verbatim, id: n - first });
  }
  return anyItem ? { firstLine: first, lines } : null;
}
