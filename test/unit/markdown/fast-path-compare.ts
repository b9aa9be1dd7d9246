// Comparing the sanitiser's fast path (core/common/markdown/fast-sanitize.ts) with DOMPurify over the same
// markdown-it output: the DOM trees (tags, sorted attributes, merged text) and the block lines must agree.
import type { Token } from "markdown-it";
import { createMarkdownIt } from "../../../core/common/markdown/index.js";
import { sanitizeOwnMarkup } from "../../../core/common/markdown/fast-sanitize.js";
import { takeLineMarks } from "../../../core/common/markdown/line-marks.js";
import { hasRawHtml } from "../../../core/common/markdown/raw-html.js";
import { createNodeSanitizer } from "../../../core/node/markdown/index.js";
import { parse } from "./inspect-html.js";

const md = createMarkdownIt("full");
const sanitize = createNodeSanitizer();

/** A DOM tree as plain data: elements with sorted attributes, adjacent text merged. */
export function shape(node: Node): unknown {
  if (node.nodeType === node.TEXT_NODE) return node.nodeValue;
  const el = node as Element;
  const attrs = Array.from(el.attributes, (a) => `${a.name}=${JSON.stringify(a.value)}`).sort();
  const children: unknown[] = [];
  for (const child of Array.from(node.childNodes)) {
    const s = shape(child);
    if (typeof s === "string" && typeof children.at(-1) === "string") children[children.length - 1] += s;
    else children.push(s);
  }
  return [el.localName ?? "#fragment", attrs, children];
}

/** What the pipeline does with a body: its tokens, markdown-it's HTML, and the fast path's result (null: DOMPurify's turn). */
export interface Paths {
  tokens: Token[];
  html: string;
  fast: string | null;
}

/** Runs markdown-it and the fast path over `body`. */
export function paths(body: string): Paths {
  const env = {};
  const tokens = md.parse(body, env);
  const html = md.renderer.render(tokens, md.options, env);
  return { tokens, html, fast: hasRawHtml(tokens) ? null : sanitizeOwnMarkup(html) };
}

/** DOMPurify's result (Tsuzuri's config and hooks, over jsdom) for markdown-it's HTML, line marks taken out. */
export function slowPath(html: string): { html: string; blockLines: number[] } {
  return takeLineMarks(sanitize(html));
}

/**
 * How the fast path's result for `body` differs from DOMPurify's: null when they are the same DOM with
 * the same block lines, or when the fast path is not taken; otherwise a description for a failure message.
 */
export function fastPathDifference(body: string): string | null {
  const { html, fast } = paths(body);
  if (fast === null) return null;
  const quick = takeLineMarks(fast);
  const slow = slowPath(html);
  const a = JSON.stringify(shape(parse(quick.html)));
  const b = JSON.stringify(shape(parse(slow.html)));
  if (a === b && JSON.stringify(quick.blockLines) === JSON.stringify(slow.blockLines)) return null;
  return `${JSON.stringify(body.slice(0, 200))}\n  fast ${JSON.stringify(quick)}\n  slow ${JSON.stringify(slow)}`;
}
