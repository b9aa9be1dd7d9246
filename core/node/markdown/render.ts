// Rendering in Node with a sanitiser made on first use.
import { createMarkdownRenderer, type Rendered } from "../../common/markdown/index.js";
import { createNodeSanitizer } from "./sanitizer.js";

let render: ((markdownBody: string) => Rendered) | undefined;

/** Renders a Markdown body to sanitised HTML (and block lines), exactly as the preview does. */
export function renderMarkdown(body: string): Rendered {
  render ??= createMarkdownRenderer(createNodeSanitizer());
  return render(body);
}
