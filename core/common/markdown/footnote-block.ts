// The footnotes as one block: markdown-it-footnote puts an <hr> before the <section>; here the section
// alone (content.css draws the rule), so the footnotes are a single top-level element for scroll sync.
import type { MarkdownIt } from "markdown-it";

/** Renders the footnote list without the separating <hr>. */
export function useFootnoteBlock(md: MarkdownIt): void {
  md.renderer.rules.footnote_block_open = (tokens, idx, _options, _env, self) => {
    const token = tokens[idx];
    return `<section class="footnotes"${token ? self.renderAttrs(token) : ""}>\n<ol class="footnotes-list">\n`;
  };
}
