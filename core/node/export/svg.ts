// SVG images made inert for publishing. An SVG is a document: opened on its own (a link to it, or its
// address typed in) it runs its scripts in the site's origin. Before an export copies or embeds one,
// DOMPurify (its SVG profiles, parsed as XML) removes scripts, event handlers, foreignObject,
// animation of attributes, and every reference that is not to a part of the same file; the result
// is checked again, and an SVG that is not well-formed or does not pass is not published at all.
import { createRequire } from "node:module";
import createDOMPurify, { type WindowLike } from "dompurify";

// jsdom is loaded on the first SVG only: loading it takes longer than an export of posts without one.
const require = createRequire(import.meta.url);

type Purify = ReturnType<typeof createDOMPurify>;
type JsdomWindow = import("jsdom").DOMWindow;

let made: { purify: Purify; window: JsdomWindow } | undefined;

const SVG_NS = "http://www.w3.org/2000/svg";
/** Elements removed with their content (DOMPurify's SVG profile already leaves most of them out). */
const FORBID_TAGS = [
  "script",
  "foreignObject",
  "set",
  "animate",
  "animateMotion",
  "animateTransform",
  "animateColor",
  "iframe",
  "object",
  "embed",
  "style",
];
/** What the check refuses in the result, whatever DOMPurify did: any of these means "not published". */
const ACTIVE_ELEMENT =
  /^(script|foreignobject|set|animate|animatemotion|animatetransform|animatecolor|iframe|object|embed|style|handler|listener)$/i;
/** References to a part of the same file: the only ones kept. */
const LOCAL_REF = /^#[^\s"'<>]*$/;

function sanitizer(): { purify: Purify; window: JsdomWindow } {
  if (made) return made;
  const { JSDOM } = require("jsdom") as typeof import("jsdom");
  const { window } = new JSDOM("");
  const purify = createDOMPurify(window as unknown as WindowLike);
  purify.addHook("uponSanitizeAttribute", (_node, data) => {
    const name = data.attrName.toLowerCase();
    if ((name === "href" || name.endsWith(":href") || name === "src") && !LOCAL_REF.test(data.attrValue.trim())) data.keepAttr = false;
    // url(…) in a presentation attribute (fill, filter, mask …) may name another file: only #fragments stay.
    if (/url\s*\(/i.test(data.attrValue) && !/^\s*url\(\s*['"]?#[^)]*\)\s*$/i.test(data.attrValue)) data.keepAttr = false;
  });
  made = { purify, window };
  return made;
}

/** The XML prolog and a DOCTYPE (with an internal subset: where entity bombs live) are dropped before parsing. */
function withoutProlog(text: string): string {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/^\s*<\?xml[^>]*\?>/, "")
    .replace(/<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/i, "");
}

/** True when `svg` (serialised) parses as one SVG document without anything active in it. */
function inert(svg: string, window: JsdomWindow): boolean {
  const doc = new window.DOMParser().parseFromString(svg, "image/svg+xml");
  const root = doc.documentElement;
  if (doc.getElementsByTagName("parsererror").length || root.namespaceURI !== SVG_NS || root.localName !== "svg") return false;
  for (const el of [root, ...root.querySelectorAll("*")]) {
    if (ACTIVE_ELEMENT.test(el.localName) || (el.namespaceURI !== SVG_NS && el.localName !== "title")) return false;
    for (const a of el.attributes) {
      if (/^on/i.test(a.localName)) return false;
      if (/^(href|src)$/i.test(a.localName) && !LOCAL_REF.test(a.value.trim())) return false;
    }
  }
  return true;
}

/**
 * The SVG image `bytes` (UTF-8) with everything that could run, navigate or load another file
 * removed, as UTF-8 bytes; null when it cannot be vouched for (not well-formed, not an SVG document,
 * or something active left after sanitising). The same bytes always give the same result.
 */
export function inertSvg(bytes: Uint8Array): Uint8Array | null {
  const text = Buffer.from(bytes).toString("utf8");
  if (text.includes("\uFFFD")) return null;
  const { purify, window } = sanitizer();
  const clean = purify
    .sanitize(withoutProlog(text), {
      USE_PROFILES: { svg: true, svgFilters: true },
      PARSER_MEDIA_TYPE: "application/xhtml+xml",
      FORBID_TAGS,
      ADD_TAGS: ["use"],
      KEEP_CONTENT: true,
    })
    .trim();
  if (!clean.startsWith("<svg") || !inert(clean, window)) return null;
  return Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n${clean}\n`, "utf8");
}
