// Whether a post contains raw HTML: the one thing markdown-it passes through without escaping.
import type { Token } from "markdown-it";

/** True when the token stream (block tokens and their inline children) has an html_block or html_inline token. */
export function hasRawHtml(tokens: readonly Token[]): boolean {
  for (const token of tokens) {
    if (token.type === "html_block" || token.type === "html_inline") return true;
    if (token.children && hasRawHtml(token.children)) return true;
  }
  return false;
}
