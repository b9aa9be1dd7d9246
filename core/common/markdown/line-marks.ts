// Source lines of top-level blocks, for scroll sync. Before sanitising, every top-level block carries its
// 0-based source line: as an attribute on its element, or (for a raw HTML block, whose tags the renderer
// cannot touch) on an empty mark element just before it. After sanitising, one pass over the clean HTML
// records the line of every top-level element and takes the attributes and marks out again. A raw HTML
// block that sanitises to nothing, or to several elements, therefore still lines up.
import type { MarkdownIt, StateCore, Token } from "markdown-it";
import { LINE_ATTR, LINE_MARK_TAG } from "./constants.js";

const MARK_TOKEN = "tsuzuri_line_mark";
/** Mark-like names typed by the user in raw HTML are renamed, so only the renderer's marks count. */
const USER_MARKS = new RegExp(`${LINE_MARK_TAG}|${LINE_ATTR}`, "gi");
/** A start or end tag of serialised HTML (attribute values are always double-quoted there), or a comment. */
const TAG = /<(\/?)([a-zA-Z][^\s/>]*)((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)\s*\/?>|<!--[\s\S]*?-->/g;
const LINE_IN_TAG = new RegExp(`\\s${LINE_ATTR}="(\\d+)"`);
const VOID_ELEMENTS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

/** Adds the core rule (run it last) that gives every top-level block its source line, and the mark's renderer. */
export function useLineMarks(md: MarkdownIt): void {
  md.core.ruler.push("tsuzuri_line_marks", (state) => {
    const lastLine = lastLineOf(state.src);
    const tokens: Token[] = [];
    let inFootnotes = false;
    state.tokens.forEach((token, i) => {
      renameUserMarks(token);
      // markdown-it-footnote makes its tokens with level 0 and without `block`: the list is one block.
      if (token.type === "footnote_block_open") {
        token.attrSet(LINE_ATTR, footnotesLine(state.tokens, i, lastLine));
        inFootnotes = true;
      } else if (!inFootnotes && token.block && token.level === 0 && token.nesting >= 0 && token.map) {
        if (token.type === "html_block") tokens.push(markToken(state, token.map[0]));
        else token.attrSet(LINE_ATTR, token.map[0]);
      }
      if (token.type === "footnote_block_close") inFootnotes = false;
      tokens.push(token);
    });
    state.tokens = tokens;
  });
  md.renderer.rules[MARK_TOKEN] = (tokens, idx) => {
    const line = Number(tokens[idx]?.meta?.line ?? 0);
    return `<${LINE_MARK_TAG} ${LINE_ATTR}="${line}"></${LINE_MARK_TAG}>`;
  };
}

/** Sanitised HTML without its line attributes and marks, and the source line of each of its top-level elements. */
export function takeLineMarks(html: string): { html: string; blockLines: number[] } {
  const blockLines: number[] = [];
  let out = "";
  let copiedTo = 0;
  let depth = 0;
  let line = 0;
  for (const m of html.matchAll(TAG)) {
    const [whole, closing, rawName, attrs] = m;
    if (rawName === undefined) continue; // a comment
    const name = rawName.toLowerCase();
    const marked = attrs ? LINE_IN_TAG.exec(attrs) : null;
    if (name === LINE_MARK_TAG || marked) {
      out += html.slice(copiedTo, m.index);
      copiedTo = m.index + whole.length;
      if (marked && depth === 0) line = Number(marked[1]);
    }
    if (name === LINE_MARK_TAG) continue;
    if (marked) out += whole.replace(LINE_IN_TAG, "");
    if (closing) {
      depth = Math.max(0, depth - 1);
    } else {
      if (depth === 0) blockLines.push(line);
      if (!VOID_ELEMENTS.has(name)) depth++;
    }
  }
  return { html: copiedTo === 0 ? html : out + html.slice(copiedTo), blockLines };
}

function markToken(state: StateCore, line: number): Token {
  const mark = new state.Token(MARK_TOKEN, "", 0);
  mark.meta = { line };
  mark.block = true;
  return mark;
}

function renameUserMarks(token: Token): void {
  if (token.type === "html_block") token.content = token.content.replace(USER_MARKS, "x-$&");
  else if (token.type === "inline" && token.children) {
    for (const child of token.children) {
      if (child.type === "html_inline") child.content = child.content.replace(USER_MARKS, "x-$&");
    }
  }
}

/** The line of the first footnote definition in the source, or else the last line. */
function footnotesLine(tokens: Token[], open: number, lastLine: number): number {
  let first = Infinity;
  for (let i = open + 1; i < tokens.length && tokens[i]?.type !== "footnote_block_close"; i++) {
    const start = tokens[i]?.map?.[0];
    if (start !== undefined && start < first) first = start;
  }
  return first === Infinity ? lastLine : first;
}

/** The 0-based index of the last line of `src` (a final newline does not start another line). */
function lastLineOf(src: string): number {
  let newlines = 0;
  for (let i = src.indexOf("\n"); i >= 0; i = src.indexOf("\n", i + 1)) newlines++;
  return src.endsWith("\n") ? Math.max(0, newlines - 1) : newlines;
}
