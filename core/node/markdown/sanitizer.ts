// DOMPurify over jsdom, configured exactly as the preview configures it over the page's window.
import createDOMPurify, { type WindowLike } from "dompurify";
import { JSDOM } from "jsdom";
import { installSanitizeHooks, SANITIZE_CONFIG, type Sanitize } from "../../common/markdown/index.js";

/** A sanitiser for Node: a DOMPurify instance on its own jsdom window, with Tsuzuri's config and hooks. */
export function createNodeSanitizer(): Sanitize {
  const { window } = new JSDOM("<!DOCTYPE html>");
  const purify = createDOMPurify(window as unknown as WindowLike);
  installSanitizeHooks(purify);
  return (html) => purify.sanitize(html, SANITIZE_CONFIG);
}
