// The fast path of the sanitiser. HTML that markdown-it wrote from a post WITHOUT raw HTML consists only
// of markdown-it's and the plugins' own tags, with escaped text and double-quoted, escaped attribute
// values. For such HTML, DOMPurify (SANITIZE_CONFIG + sanitize-hooks.ts) does nothing but apply the URL
// rules, so this applies them here, with the same url-policy functions, in one pass over the string.
// It does not guess: anything it does not recognise exactly, or where DOMPurify might change more than
// the URL rules (a value it would trim or probe, a nested link the HTML parser would split …), makes it
// return null, and the caller sanitises with DOMPurify instead. The result is the same DOM DOMPurify
// would produce (test/unit/markdown/fast-path.test.ts checks that over every corpus body).
import { EXTERNAL_LINK_REL, LINE_ATTR, OWN_MARKUP_ATTRIBUTES, OWN_MARKUP_TAGS, URI_SAFE_ATTRIBUTES } from "./constants.js";
import { escapeMarkup } from "./escape-markup.js";
import { SANITIZE_CONFIG } from "./sanitize-config.js";
import { allowedImageSrc, allowedLinkHref, isWebUrl } from "./url-policy.js";

const allowedTags = new Set<string>(SANITIZE_CONFIG.ALLOWED_TAGS);
const forbiddenTags = new Set<string>(SANITIZE_CONFIG.FORBID_TAGS);
const allowedAttributes = new Set<string>(SANITIZE_CONFIG.ALLOWED_ATTR);
const forbiddenAttributes = new Set<string>(SANITIZE_CONFIG.FORBID_ATTR);
const TAGS = new Set<string>(OWN_MARKUP_TAGS.filter((t) => allowedTags.has(t) && !forbiddenTags.has(t)));
const ATTRIBUTES = new Set<string>(OWN_MARKUP_ATTRIBUTES.filter((a) => allowedAttributes.has(a) && !forbiddenAttributes.has(a)));
const URI_SAFE = new Set<string>(URI_SAFE_ATTRIBUTES);
const URI_CHECK = SANITIZE_CONFIG.ALLOWED_URI_REGEXP ?? /^$/;
const VOID_TAGS = new Set(["br", "hr", "img", "input"]);

/** A tag as markdown-it serialises it: lower-case name, attributes `name="escaped value"` (or bare). */
const TAG = /<(\/?)([a-z][a-z0-9]*)((?:\s+[a-z][a-z0-9-]*(?:="[^"]*")?)*)\s*>/y;
const ATTRIBUTE = /\s+([a-z][a-z0-9-]*)(?:="([^"]*)")?/g;
/** The only entities markdown-it writes in attribute values (it escapes & < > " and nothing else). */
const ENTITY = /&(amp|lt|gt|quot);/g;
const ENTITY_CHARS: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"' };
/** Characters in a value that DOMPurify probes (markup breakout), or that the HTML parser rewrites (CR, NUL). */
const PROBED = /[<>\r\0]/;
/** What DOMPurify removes from a value before testing it against ALLOWED_URI_REGEXP. */
const URI_WHITESPACE = /[\u0000-\u0020\u00a0\u1680\u180e\u2000-\u2029\u205f\u3000]/g;
const LINE_VALUE = /^\d+$/;

/** Thrown (and caught below) when DOMPurify must decide. */
class NotOwnMarkup extends Error {}

/**
 * `html` (markdown-it's output for a post without raw HTML) with the URL rules applied, as DOMPurify
 * with SANITIZE_CONFIG and installSanitizeHooks would leave it; or null when DOMPurify must sanitise it.
 */
export function sanitizeOwnMarkup(html: string): string | null {
  try {
    return rewrite(html);
  } catch (e) {
    if (e instanceof NotOwnMarkup) return null;
    throw e;
  }
}

function rewrite(html: string): string {
  let out = "";
  let copiedTo = 0;
  let inLink = false;
  for (let at = html.indexOf("<"); at >= 0; at = html.indexOf("<", at + 1)) {
    TAG.lastIndex = at;
    const m = TAG.exec(html);
    if (!m) throw new NotOwnMarkup();
    const [whole, closing, name = "", attrs = ""] = m;
    if (!TAGS.has(name)) throw new NotOwnMarkup();
    if (closing) {
      if (attrs !== "" || VOID_TAGS.has(name)) throw new NotOwnMarkup();
      if (name === "a") inLink = false;
      continue;
    }
    if (name === "a") {
      // The HTML parser closes a link where another starts (a footnote mark inside link text).
      if (inLink) throw new NotOwnMarkup();
      inLink = true;
    }
    // The HTML parser drops a newline right after <pre>; markdown-it always writes <pre><code>.
    if (name === "pre" && !html.startsWith("<code", at + whole.length)) throw new NotOwnMarkup();
    const rebuilt = attrs === "" ? null : rewriteAttributes(name, attrs);
    if (rebuilt !== null) {
      out += `${html.slice(copiedTo, at)}<${name}${rebuilt}>`;
      copiedTo = at + whole.length;
    }
    at += whole.length - 1;
  }
  return copiedTo === 0 ? html : out + html.slice(copiedTo);
}

/** The attributes of an opening tag as DOMPurify would leave them, or null when they stay as written. */
function rewriteAttributes(tag: string, attrs: string): string | null {
  const seen = new Set<string>();
  const kept: [string, string][] = [];
  let changed = false;
  for (const [, name = "", raw = ""] of attrs.matchAll(ATTRIBUTE)) {
    if (seen.has(name)) throw new NotOwnMarkup(); // the parser keeps the first; never written by markdown-it
    seen.add(name);
    const value = decode(raw);
    if (name === LINE_ATTR) {
      if (!LINE_VALUE.test(value)) throw new NotOwnMarkup();
      kept.push([name, value]);
    } else if ((name === "href" && tag === "a") || (name === "src" && tag === "img")) {
      const url = allowedUrl(tag, value);
      if (url !== value) changed = true;
      if (url !== null) kept.push([name, url]);
    } else {
      checkPlainAttribute(name, value);
      kept.push([name, value]);
    }
  }
  if (tag === "a") {
    const href = kept.find(([name]) => name === "href")?.[1];
    if (seen.has("rel")) throw new NotOwnMarkup();
    if (href !== undefined && isWebUrl(href)) {
      kept.push(["rel", EXTERNAL_LINK_REL]);
      changed = true;
    }
  }
  // The task-list checkbox: sanitize-hooks.ts forces type=checkbox and disabled on every <input>.
  if (tag === "input" && (!seen.has("disabled") || kept.find(([name]) => name === "type")?.[1] !== "checkbox")) throw new NotOwnMarkup();
  return changed ? kept.map(([name, value]) => ` ${name}="${escapeMarkup(value)}"`).join("") : null;
}

/** A link's href or an image's src after the URL rules (trimmed first, as DOMPurify does), or null when it goes. */
function allowedUrl(tag: string, value: string): string | null {
  if (PROBED.test(value)) throw new NotOwnMarkup();
  const url = tag === "a" ? allowedLinkHref(value.trim()) : allowedImageSrc(value.trim());
  if (url === null) return null;
  // DOMPurify's own URL gate after the hooks: where it would still drop the URL, let it.
  const dataImage = tag === "img" && url.startsWith("data:");
  if (url !== "" && !dataImage && !URI_CHECK.test(url.replace(URI_WHITESPACE, ""))) throw new NotOwnMarkup();
  return url;
}

/** Accepts an attribute DOMPurify would keep exactly as it is; anything else is for DOMPurify. */
function checkPlainAttribute(name: string, value: string): void {
  if (!ATTRIBUTES.has(name) || PROBED.test(value) || value.trim() !== value) throw new NotOwnMarkup();
  if (!URI_SAFE.has(name) && value !== "" && !URI_CHECK.test(value.replace(URI_WHITESPACE, ""))) throw new NotOwnMarkup();
}

/** An attribute value as the HTML parser reads it; only markdown-it's four escapes are expected. */
function decode(raw: string): string {
  const value = raw.replace(ENTITY, (_, name: string) => ENTITY_CHARS[name] ?? "");
  if (raw.replace(ENTITY, "").includes("&")) throw new NotOwnMarkup();
  return value;
}
