// The Markdown pipeline shared by the live preview (browser) and HTML export (Node): markdown-it with
// Tsuzuri's plugins, then DOMPurify with one configuration. Pure: the sanitiser is passed in.
export { createMarkdownRenderer } from "./render.js";
export type { Rendered, RenderOptions, Sanitize } from "./render.js";
export { SANITIZE_CONFIG } from "./sanitize-config.js";
export { installSanitizeHooks } from "./sanitize-hooks.js";
export type { HookHost } from "./sanitize-hooks.js";
export { createMarkdownIt } from "./create-markdown-it.js";
export type { MarkdownMode } from "./create-markdown-it.js";
export { headingId } from "./heading-id.js";
export { allowedImageSrc, allowedLinkHref } from "./url-policy.js";
export { loadLanguages } from "./highlight.js";
export { createIncrementalRenderer } from "./incremental.js";
export type { IncrementalRender, IncrementalRendered } from "./incremental.js";
