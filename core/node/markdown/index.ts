// The Markdown pipeline in Node (export, CLI): the pure pipeline of core/common/markdown with DOMPurify over jsdom.
export { createNodeSanitizer } from "./sanitizer.js";
export { renderMarkdown } from "./render.js";
export type { Rendered, Sanitize } from "../../common/markdown/index.js";
