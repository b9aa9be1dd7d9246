// Fenced code: highlighted by its language (```ts, ```ruby:app.rb), plain and escaped otherwise (and
// while its language is still loading, which the render reports: see pending-languages.ts).
import type { MarkdownIt } from "markdown-it";
import { escapeMarkup } from "./escape-markup.js";
import { fenceLanguage, highlightCode, isPending } from "./highlight.js";
import { notePendingLanguage } from "./pending-languages.js";

/** Renders fenced code as `<pre><code class="language-x">` with highlight.js token spans inside. */
export function useHighlightedFences(md: MarkdownIt): void {
  md.renderer.rules.fence = (tokens, idx, _options, env: unknown, self) => {
    const token = tokens[idx];
    if (!token) return "";
    const language = fenceLanguage(md.utils.unescapeAll(token.info));
    const cls = language ? ` class="language-${escapeMarkup(language)}"` : "";
    if (isPending(language)) notePendingLanguage(env, language);
    return `<pre${self.renderAttrs(token)}><code${cls}>${highlightCode(token.content, language)}</code></pre>\n`;
  };
}
