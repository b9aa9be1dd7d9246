// The changes export makes to a post's rendered body, and only these: link and image targets, and an
// accessible name for task-list checkboxes. The body is the pipeline's sanitised HTML, serialised by
// a DOM, so its start tags are regular (attribute values always in double quotes, `"` escaped, text
// `<` escaped, no raw-text elements) and can be rewritten exactly with a tokenizer; everything else
// is copied byte for byte.
import { escapeAttr } from "./escape.js";

/** What to do with one URL: a new value, null to drop the attribute, undefined to keep it as it is. */
export type UrlRewrite = (url: string) => string | null | undefined;

/** The rewrites of rewriteBody. */
export interface BodyRewrite {
  /** For each `href` of an <a>. */
  link?: UrlRewrite;
  /** For each `src` of an <img>. */
  image?: UrlRewrite;
  /**
   * Give each task-list checkbox (`<input type="checkbox">` without a name) an `aria-label`: the text
   * of its item, so that assistive technology says what was done rather than just "checkbox".
   */
  taskLabels?: boolean;
}

/** Comments (skipped whole), end tags, start tags; text between them is never matched (the engine skips to the next "<"). */
const TOKEN = /<!--[\s\S]*?-->|<\/[^>]*>|<([A-Za-z][^\s/>]*)((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)(\s*\/?)>/g;
const ATTR = /(\s+)([^\s"'>/=]+)(?:="([^"]*)")?/g;

/**
 * Calls `visit(tag, attrs, end)` for every start tag of `html` (`end`: the index just after the tag);
 * its result (if a string) replaces the attributes.
 */
function mapStartTags(html: string, visit: (tag: string, attrs: string, end: number) => string | undefined): string {
  // Only replaced tags are spliced in; the text between them is copied in slices (most bodies change little or not at all).
  let out = "";
  let copied = 0;
  for (const m of html.matchAll(TOKEN)) {
    const tag = m[1];
    const attrs = m[2];
    if (tag === undefined || attrs === undefined) continue;
    const end = m.index + m[0].length;
    const replaced = visit(tag.toLowerCase(), attrs, end);
    if (replaced === undefined) continue;
    out += `${html.slice(copied, m.index)}<${tag}${replaced}${m[3] ?? ""}>`;
    copied = end;
  }
  return copied === 0 ? html : out + html.slice(copied);
}

/** Decodes the entities a DOM serialiser writes in attribute values. */
export function decodeAttr(value: string): string {
  return value.replace(/&(?:amp|quot|lt|gt|nbsp|#(\d+)|#x([0-9a-fA-F]+));/g, (entity, dec?: string, hex?: string) => {
    if (dec !== undefined || hex !== undefined) {
      const cp = dec !== undefined ? Number(dec) : parseInt(hex ?? "", 16);
      return cp <= 0x10ffff ? String.fromCodePoint(cp) : entity;
    }
    return { "&amp;": "&", "&quot;": '"', "&lt;": "<", "&gt;": ">", "&nbsp;": "\u00a0" }[entity] ?? entity;
  });
}

function rewriteUrlAttr(attrs: string, name: string, rewrite: UrlRewrite): string | undefined {
  let changed = false;
  const out = attrs.replace(ATTR, (whole, space: string, attr: string, value?: string) => {
    if (attr.toLowerCase() !== name || value === undefined) return whole;
    const next = rewrite(decodeAttr(value));
    if (next === undefined) return whole;
    changed = true;
    return next === null ? "" : `${space}${attr}="${escapeAttr(next)}"`;
  });
  return changed ? out : undefined;
}

const attrValue = (attrs: string, name: string): string | undefined => {
  for (const m of attrs.matchAll(ATTR)) if (m[2]?.toLowerCase() === name) return m[3] ?? "";
  return undefined;
};

/** The text of a task item: what follows its checkbox up to the item's end, a nested list or the paragraph's end. */
function taskText(html: string, from: number): string {
  const rest = html.slice(from, from + 2000);
  const end = rest.search(/<\/li>|<ul[\s>]|<ol[\s>]|<\/p>/);
  return decodeAttr((end === -1 ? rest : rest.slice(0, end)).replace(/<[^>]*>/g, ""))
    .replace(/\s+/g, " ")
    .trim();
}

function labelTask(html: string, attrs: string, end: number): string | undefined {
  if (attrValue(attrs, "type")?.toLowerCase() !== "checkbox") return undefined;
  if (["aria-label", "aria-labelledby", "id", "title"].some((a) => attrValue(attrs, a) !== undefined)) return undefined;
  const text = taskText(html, end);
  return text ? `${attrs} aria-label="${escapeAttr(text)}"` : undefined;
}

/**
 * `html` (a rendered body) with the URLs of links and images rewritten and, if asked, task checkboxes
 * named. Nothing else changes: with no rewrites, the result is `html` itself.
 */
export function rewriteBody(html: string, rewrite: BodyRewrite): string {
  return mapStartTags(html, (tag, attrs, end) => {
    if (tag === "a" && rewrite.link) return rewriteUrlAttr(attrs, "href", rewrite.link);
    if (tag === "img" && rewrite.image) return rewriteUrlAttr(attrs, "src", rewrite.image);
    if (tag === "input" && rewrite.taskLabels) return labelTask(html, attrs, end);
    return undefined;
  });
}

/** The `href`s of links and `src`s of images in `html` (decoded), in order. */
export function urlsInBody(html: string): { links: string[]; images: string[] } {
  const links: string[] = [];
  const images: string[] = [];
  const collect =
    (into: string[]): UrlRewrite =>
    (url) => {
      into.push(url);
      return undefined;
    };
  rewriteBody(html, { link: collect(links), image: collect(images) });
  return { links, images };
}
