// Rendering in Node that loads each code language the first time a body uses it, as the browser
// does, instead of all of them up front (render.ts): an export that renders one post loads one or
// two languages, not thirty. A body whose fences name a language not loaded yet is rendered, the
// languages are loaded, and it is rendered again, so the HTML is the same as render.ts gives.
import { createMarkdownRenderer, loadLanguages, type Rendered, type RenderOptions, type Sanitize } from "../../common/markdown/index.js";
import { createNodeSanitizer } from "./sanitizer.js";

let sanitize: Sanitize | undefined;
const render = createMarkdownRenderer((html) => (sanitize ??= createNodeSanitizer())(html));

/** Renders a Markdown body to sanitised HTML, exactly as the preview does, loading the code languages it needs first. */
export async function renderLoadingLanguages(body: string, options?: RenderOptions): Promise<Rendered> {
  const first = render(body, options);
  if (!first.pendingLanguages) return first;
  await loadLanguages(first.pendingLanguages);
  return render(body, options);
}
