// What Markdown cannot say is kept as HTML, sanitised by the same DOMPurify policy the preview uses:
// ruby, sup/sub, kbd, definition lists, details, tables with block content or merged cells. Scripts
// and styles are dropped; video and audio become links; emphasis next to punctuation is written as
// HTML so that it still renders in Japanese text.
import type TurndownService from "turndown";
import type { Sanitize } from "../../../common/markdown/index.js";
import { KEEP_BLOCK, KEEP_INLINE, REMOVE, TABLE_BLOCKERS } from "./constants.js";
import { asDom, type DomNode } from "./dom.js";

/** True for a table that a Markdown pipe table cannot hold. */
export function isComplexTable(table: DomNode): boolean {
  for (const name of TABLE_BLOCKERS) if (table.querySelectorAll(name.toLowerCase()).length > 0) return true;
  for (const cell of Array.from(table.querySelectorAll("td, th"))) {
    if (Number(cell.getAttribute("colspan") ?? "1") > 1 || Number(cell.getAttribute("rowspan") ?? "1") > 1) return true;
  }
  return false;
}

/** Sanitised HTML of `node`, as one HTML block (no blank lines, which would end it) or inline. */
function keptHtml(node: DomNode, sanitize: Sanitize): string {
  const html = sanitize(node.outerHTML ?? "").trim();
  if (!html) return "";
  return node.isBlock ? `\n\n${html.replace(/\n[ \t]*(?=\n)/g, "\n").replace(/\n{2,}/g, "\n")}\n\n` : html;
}

const PUNCTUATION_EDGE = /^[\p{P}\p{S}]|[\p{P}\p{S}]$/u;

/** Turndown's replacement for kept elements (its `keepReplacement` option, read when the service is made): sanitised HTML. */
export function keepReplacement(sanitize: Sanitize): TurndownService.ReplacementFunction {
  return (_content, n) => keptHtml(asDom(n), sanitize);
}

/** Adds the keep/remove rules to `service` (made with keepReplacement(sanitize)); kept HTML goes through `sanitize`. */
export function addKeepRules(service: TurndownService, sanitize: Sanitize): void {
  service.keep((n) => KEEP_INLINE.includes(asDom(n).nodeName) || KEEP_BLOCK.includes(asDom(n).nodeName));
  // Keep rules are consulted after added rules, so complex tables need an added rule to beat the table plugin.
  service.addRule("complexTable", {
    filter: (n) => asDom(n).nodeName === "TABLE" && isComplexTable(asDom(n)),
    replacement: (_content, n) => keptHtml(asDom(n), sanitize),
  });
  service.remove((n) => REMOVE.includes(asDom(n).nodeName.toUpperCase()));

  service.addRule("media", {
    filter: ["video", "audio", "embed"],
    replacement: (_content, n) => {
      const node = asDom(n);
      const src = node.getAttribute("src") ?? node.querySelectorAll("source")[0]?.getAttribute("src") ?? "";
      return /^https?:\/\//.test(src) ? `\n\n<${src}>\n\n` : "";
    },
  });

  service.addRule("strong", {
    filter: ["strong", "b"],
    replacement: (content) => emphasis(content, "**", "strong"),
  });
  service.addRule("emphasis", {
    filter: ["em", "i"],
    replacement: (content) => emphasis(content, "*", "em"),
  });
}

/**
 * Emphasis as Markdown, or as HTML when its text starts or ends with punctuation: `の**「強調」**です`
 * is not emphasis in CommonMark (the delimiters touch punctuation inside and letters outside).
 */
function emphasis(content: string, delimiter: string, tag: string): string {
  const inner = content.trim();
  if (!inner) return content;
  const lead = content.slice(0, content.length - content.trimStart().length);
  const trail = content.slice(content.trimEnd().length);
  const marked =
    PUNCTUATION_EDGE.test(inner) || inner.includes(delimiter.charAt(0)) ? `<${tag}>${inner}</${tag}>` : `${delimiter}${inner}${delimiter}`;
  return lead + marked + trail;
}
