// The headings of a post, from the editor's Markdown syntax tree (ATX # headings and setext ones).
import { ensureSyntaxTree, syntaxTree } from "@codemirror/language";
import type { EditorState } from "@codemirror/state";
import { OUTLINE_PARSE_BUDGET_MS } from "./constants.js";

/** One heading of the post. */
export interface Heading {
  /** 1–6. */
  level: number;
  /** The heading as read (without # marks, emphasis or link addresses). */
  text: string;
  /** Where its line starts in the document. */
  from: number;
  /** Its 0-based line number. */
  line: number;
}

const HEADING_NODE = /^(?:ATXHeading|SetextHeading)(\d)$/;

/** The heading text without the Markdown around it. */
function plainText(source: string): string {
  return source
    .replace(/^#{1,6}(?:\s+|$)/, "")
    .replace(/\s+#+\s*$/, "")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`~]+/g, "")
    .trim();
}

/** The headings of `state`'s document, in order; `complete` is false while a long post is still being parsed. */
export function collectHeadings(state: EditorState): { headings: Heading[]; complete: boolean } {
  const full = ensureSyntaxTree(state, state.doc.length, OUTLINE_PARSE_BUDGET_MS);
  const tree = full ?? syntaxTree(state);
  const headings: Heading[] = [];
  tree.iterate({
    enter: (node) => {
      const m = HEADING_NODE.exec(node.name);
      if (!m) return;
      const line = state.doc.lineAt(node.from);
      headings.push({ level: Number(m[1]), text: plainText(line.text), from: line.from, line: line.number - 1 });
      return false;
    },
  });
  return { headings, complete: full !== null };
}

/** The index of the heading whose section holds `pos` (the last one starting at or before it), or -1. */
export function sectionAt(headings: readonly Heading[], pos: number): number {
  let lo = 0;
  let hi = headings.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((headings[mid]?.from ?? 0) <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
