// Rendering in Node with a sanitiser made on first use: a post without raw HTML never needs one (the
// pipeline's fast path), so an export of such posts never builds a jsdom window.
import { createMarkdownRenderer, type Rendered, type RenderOptions, type Sanitize } from "../../common/markdown/index.js";
import { registerAllLanguages } from "../../common/markdown/all-languages.js";
import { createNodeSanitizer } from "./sanitizer.js";

registerAllLanguages(); // rendering here is synchronous: every code language is ready from the start

let sanitize: Sanitize | undefined;
const render = createMarkdownRenderer((html) => (sanitize ??= createNodeSanitizer())(html));

/** Renders a Markdown body to sanitised HTML (and block lines), exactly as the preview does. */
export function renderMarkdown(body: string, options?: RenderOptions): Rendered {
  return render(body, options);
}
