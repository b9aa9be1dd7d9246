// What rendered Markdown may contain: a DOMPurify configuration, plain data, used unchanged by the
// preview (DOMPurify over the page's window) and by export (DOMPurify over jsdom). The URL rules and
// the task-list checkbox rule live in sanitize-hooks.ts.
import type { Config } from "dompurify";
import { LINE_MARK_TAG } from "./constants.js";

const TAGS = [
  "a", "abbr", "article", "aside", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "col", "colgroup",
  "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6",
  "hr", "i", "img", "input", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "rp", "rt", "ruby", "s", "samp",
  "section", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead",
  "time", "tr", "u", "ul", "var", "wbr",
  LINE_MARK_TAG,
  // The root DOMPurify walks from; only its content is returned. A root that is not allowed gets its
  // whole content cloned once for nothing (a third of the time of a long post under jsdom).
  "body",
];

const ATTRIBUTES = [
  "href", "src", "alt", "title", "class", "id", "lang", "dir", "width", "height", "loading", "decoding",
  "align", "colspan", "rowspan", "scope", "span", "start", "reversed", "type", "value",
  "checked", "disabled", "open", "datetime",
];

/**
 * The DOMPurify configuration of Tsuzuri: an allow-list of HTML elements and attributes. No scripts,
 * event handlers, styles, frames, plugins, forms (but the disabled task-list checkbox), SVG or MathML.
 * SANITIZE_DOM is off so the result does not depend on which properties the host's `document` has
 * (heading ids such as "images" or "title" survive in Node and the browser alike); with no `name`
 * attribute and no form, embed or object elements allowed, ids cannot clobber document properties.
 */
export const SANITIZE_CONFIG: Config = Object.freeze({
  ALLOWED_TAGS: TAGS,
  ALLOWED_ATTR: ATTRIBUTES,
  FORBID_TAGS: ["style", "script", "iframe", "object", "embed", "form", "base", "meta", "link", "svg", "math", "template"],
  FORBID_ATTR: ["style", "srcset", "action", "formaction", "xlink:href"],
  // Parsers differ inside <select> (Chromium keeps elements there, parse5 does not): drop it whole.
  ADD_FORBID_CONTENTS: ["select", "option", "optgroup", "datalist"],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: true,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // A first gate only: sanitize-hooks.ts decides every href and src exactly.
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  SANITIZE_DOM: false,
  KEEP_CONTENT: true,
  WHOLE_DOCUMENT: false,
  RETURN_DOM: false,
  RETURN_DOM_FRAGMENT: false,
  RETURN_TRUSTED_TYPE: false,
});
