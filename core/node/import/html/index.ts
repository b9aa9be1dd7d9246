// HTML → Markdown for imports (Hatena Blog, Movable Type): turndown with GFM and Tsuzuri's rules.
export { createHtmlConverter, type HtmlConverter, type Converted } from "./converter.js";
export { embedTarget } from "./hatena-rules.js";
