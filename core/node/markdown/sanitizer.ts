// DOMPurify over jsdom, configured exactly as the preview configures it over the page's window.
import { createRequire } from "node:module";
import createDOMPurify, { type WindowLike } from "dompurify";
import { installSanitizeHooks, SANITIZE_CONFIG, type Sanitize } from "../../common/markdown/index.js";

// jsdom is loaded when the first sanitiser is made, not with this module: loading it takes longer
// than starting the CLI, and bodies without raw HTML (the pipeline's fast path) never need it.
const require = createRequire(import.meta.url);

/** A sanitiser for Node: a DOMPurify instance on its own jsdom window, with Tsuzuri's config and hooks. */
export function createNodeSanitizer(): Sanitize {
  const { JSDOM } = require("jsdom") as typeof import("jsdom");
  const { window } = new JSDOM("<!DOCTYPE html>");
  const purify = createDOMPurify(window as unknown as WindowLike);
  installSanitizeHooks(purify);
  return (html) => purify.sanitize(html, SANITIZE_CONFIG);
}
