// HTML → Markdown for imported posts: turndown with GFM tables, strikethrough and task lists, and
// Tsuzuri's rules for lists, code, Hatena's markup, and HTML kept where Markdown cannot say it.
import TurndownService from "turndown";
import { strikethrough, tables, taskListItems } from "@joplin/turndown-plugin-gfm";
import { MORE_MARKER } from "../../../common/import/index.js";
import type { Sanitize } from "../../../common/markdown/index.js";
import { createNodeSanitizer } from "../../markdown/index.js";
import { addBlockRules } from "./block-rules.js";
import { MORE_ELEMENT } from "./constants.js";
import { ConversionContext, withContext } from "./context.js";
import { addHatenaRules } from "./hatena-rules.js";
import { addKeepRules, keepReplacement } from "./keep-rules.js";

/** Markdown made from HTML, and what could not be carried over exactly. */
export interface Converted {
  markdown: string;
  warnings: string[];
}

/** Converts HTML bodies to Markdown. One converter is reused for every entry of an import. */
export interface HtmlConverter {
  /** The Markdown of `html` (a fragment: a post body), footnotes at its end. Never throws for odd HTML. */
  toMarkdown(html: string): Converted;
}

const MORE_COMMENT = /<!--\s*more\s*-->/gi;

/** A converter; `sanitize` (default: DOMPurify over jsdom with the preview's policy) cleans the HTML that is kept. */
export function createHtmlConverter(sanitize: Sanitize = createNodeSanitizer()): HtmlConverter {
  const service = new TurndownService({
    headingStyle: "atx",
    hr: "---",
    bulletListMarker: "-",
    codeBlockStyle: "fenced",
    fence: "```",
    emDelimiter: "*",
    strongDelimiter: "**",
    linkStyle: "inlined",
    keepReplacement: keepReplacement(sanitize),
  });
  service.use([tables, strikethrough, taskListItems]);
  addKeepRules(service, sanitize);
  addBlockRules(service);
  addHatenaRules(service);
  return {
    toMarkdown(html) {
      const ctx = new ConversionContext();
      const marked = html.replace(MORE_COMMENT, `<${MORE_ELEMENT}>`);
      const body = withContext(ctx, () => (marked.trim() === "" ? "" : service.turndown(marked)));
      const notes = ctx.footnoteDefinitions();
      const markdown = tidy(notes ? `${body}\n\n${notes}` : body);
      return { markdown, warnings: ctx.warnings };
    },
  };
}

/** Trailing spaces off, at most one blank line in a row outside code, one final newline. */
function tidy(markdown: string): string {
  const lines = markdown.split("\n");
  const out: string[] = [];
  let fence: string | null = null;
  for (const line of lines) {
    const m = /^[ \t]*(`{3,}|~{3,})/.exec(line);
    if (fence === null && m?.[1]) fence = m[1];
    else if (fence !== null && m?.[1] && line.trim() === m[1] && m[1].length >= fence.length) fence = null;
    if (fence === null && line.trim() === "" && (out.length === 0 || out[out.length - 1] === "")) continue;
    out.push(fence === null && line !== MORE_MARKER ? line.replace(/[ \t]+$/, "") : line);
  }
  while (out.length && out[out.length - 1] === "") out.pop();
  return out.length ? out.join("\n") + "\n" : "";
}
