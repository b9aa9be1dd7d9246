// Looks at rendered HTML the way a browser would: parses it with jsdom and lists what could run script,
// load a foreign page or style, or leave the page through a dangerous URL.
import { JSDOM } from "jsdom";

const { document } = new JSDOM("<!DOCTYPE html>").window;

const FORBIDDEN_TAGS = new Set([
  "script",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "applet",
  "base",
  "meta",
  "link",
  "style",
  "form",
  "svg",
  "math",
  "template",
  "noscript",
  "xmp",
]);
const URL_ATTRIBUTES = ["href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "srcset", "ping"];
const BAD_URL = /^(?:javascript|vbscript|data:text|file):|^data:/i;

/** The body of `html` as a detached element. */
export function parse(html: string): HTMLElement {
  const div = document.createElement("div");
  div.innerHTML = html;
  return div;
}

/** What in `html` could execute or escape: an empty list means nothing. */
export function dangers(html: string): string[] {
  const found: string[] = [];
  for (const el of parse(html).querySelectorAll("*")) {
    const tag = el.localName;
    if (FORBIDDEN_TAGS.has(tag)) found.push(`<${tag}>`);
    if (tag === "input" && (el.getAttribute("type") !== "checkbox" || !el.hasAttribute("disabled")))
      found.push("enabled or non-checkbox <input>");
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith("on")) found.push(`${tag}[${name}]`);
      if (name === "style" || name === "srcdoc" || name === "target" || name === "http-equiv") found.push(`${tag}[${name}]`);
      if (URL_ATTRIBUTES.includes(name)) {
        const url = attr.value.replace(/[\u0000-\u0020]/g, "");
        const dataImage = tag === "img" && name === "src" && /^data:image\/(png|jpeg|gif|webp|avif|svg\+xml)[;,]/i.test(url);
        if (BAD_URL.test(url) && !dataImage) found.push(`${tag}[${name}=${attr.value}]`);
        if (!(tag === "a" && name === "href") && !(tag === "img" && name === "src"))
          found.push(`${tag}[${name}] (a URL attribute where none is allowed)`);
      }
    }
  }
  return found;
}
