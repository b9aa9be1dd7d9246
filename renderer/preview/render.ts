// Markdown → sanitised HTML in the browser, through the shared pipeline (same output as Node's).
import DOMPurify, { type Config } from "dompurify";
import { SANITIZE_CONFIG, createMarkdownRenderer, installSanitizeHooks, type Rendered, type RenderOptions } from "../../core/common/markdown/index.js";

/** Renders a post body; created once per page (DOMPurify bound to this window, with the shared hooks). */
export function createBrowserRenderer(): (body: string, options?: RenderOptions) => Rendered {
  const purify = DOMPurify(window);
  installSanitizeHooks(purify);
  const config = SANITIZE_CONFIG as Config;
  return createMarkdownRenderer((html) => String(purify.sanitize(html, config)));
}
