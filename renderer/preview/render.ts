// Markdown → sanitised HTML in the browser, through the shared pipeline (same output as Node's).
import DOMPurify, { type Config } from "dompurify";
import {
  SANITIZE_CONFIG,
  createIncrementalRenderer,
  installSanitizeHooks,
  type IncrementalRender,
} from "../../core/common/markdown/index.js";

/**
 * Renders a post body, again and again as it is edited: only changed pieces are rendered anew (the result
 * is the full render's). Created once per preview (DOMPurify bound to this window, with the shared hooks).
 */
export function createBrowserRenderer(): IncrementalRender {
  const purify = DOMPurify(window);
  installSanitizeHooks(purify);
  const config = SANITIZE_CONFIG as Config;
  return createIncrementalRenderer((html) => String(purify.sanitize(html, config)));
}
