// A Markdown body as a reader reads it: the text of each paragraph, heading, list item, table row and
// code line, without the Markdown syntax, link and image URLs, raw HTML tags or ruby readings.
import type { MarkdownIt, Token } from "markdown-it";
import { createMarkdownIt } from "../markdown/create-markdown-it.js";
import { hasRawHtml } from "../markdown/raw-html.js";
import { READ_INLINE, SKIPPED_SPANS } from "./constants.js";

let parser: MarkdownIt | null = null;

/** The parser of the preview (same extensions, so what is counted is what is shown). */
function md(): MarkdownIt {
  parser ??= createMarkdownIt("full");
  return parser;
}

/**
 * The paragraphs of `markdown` as read, in order: each starts a new line on manuscript paper. A hard
 * line break starts a new one; a soft break (a line break in the source inside a paragraph) does not.
 * Not read: images (alt text included), the address of a link and a bare URL made into a link, raw
 * HTML, footnote marks, task checkboxes, ruby readings (the base text is read).
 */
export function readableParagraphs(markdown: string): string[] {
  return paragraphsOf(md().parse(markdown, {}));
}

/**
 * The paragraphs of one piece of a body (core/common/markdown/blocks.ts), read as in the whole body; null
 * when the piece may read otherwise alone (a reference or footnote definition, raw HTML): count the whole then.
 */
export function pieceParagraphs(piece: string): string[] | null {
  const env: Record<string, unknown> = {};
  const tokens = md().parse(piece, env);
  if (env.references !== undefined || env.footnotes !== undefined || hasRawHtml(tokens)) return null;
  return paragraphsOf(tokens);
}

function paragraphsOf(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  let row: string | null = null;
  for (const token of tokens) {
    switch (token.type) {
      case "tr_open":
        row = "";
        break;
      case "tr_close":
        if (row !== null) out.push(row);
        row = null;
        break;
      case "inline": {
        const parts = inlineText(token.children ?? []);
        if (row !== null) row += parts.join("");
        else out.push(...parts);
        break;
      }
      case "fence":
      case "code_block":
        out.push(...token.content.replace(/\n$/, "").split("\n"));
        break;
    }
  }
  return out;
}

/** The text of an inline token's children, split at hard line breaks. */
function inlineText(children: Token[]): string[] {
  const parts: string[] = [];
  let text = "";
  let skipUntil: string | null = null;
  let depth = 0;
  for (const child of children) {
    if (skipUntil !== null) {
      if (child.type === skipUntil && --depth === 0) skipUntil = null;
      else if (child.type === opening(skipUntil)) depth++;
      continue;
    }
    const close = SKIPPED_SPANS[child.type] ?? (child.type === "link_open" && isBareUrl(child) ? "link_close" : null);
    if (close) {
      skipUntil = close;
      depth = 1;
    } else if (child.type === "hardbreak") {
      parts.push(text);
      text = "";
    } else if (READ_INLINE.has(child.type)) {
      text += child.content;
    }
  }
  parts.push(text);
  return parts;
}

function opening(close: string): string {
  return close.replace(/_close$/, "_open");
}

/** A link whose text is its own address: `<https://…>` or a URL typed in running text. */
function isBareUrl(token: Token): boolean {
  return token.markup === "linkify" || token.markup === "autolink";
}
