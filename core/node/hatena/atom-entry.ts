// Reading Hatena Blog's Atom documents: an entry (a member) and a page of the entry collection.
import { NS, SYNTAX_TYPES, type Syntax } from "./constants.js";
import { HatenaError } from "./errors.js";
import { childNamed, childText, childrenNamed, parseXml, type XmlElement } from "./xml.js";

/** An entry of the blog as the AtomPub answer describes it. */
export interface RemoteEntry {
  /** The member URI (link rel=edit): the entry's identity. */
  editUrl: string;
  /** The public page (link rel=alternate), when the answer names one. */
  url: string | null;
  title: string;
  /** The text as written, in the entry's syntax. */
  content: string;
  /** The entry's syntax (from the content type); null for a type Hatena does not document. */
  syntax: Syntax | null;
  /** The content type as the answer gives it. */
  contentType: string;
  /** hatena:formatted-content: the rendered HTML; null when absent. */
  formatted: string | null;
  /** The public date (`updated`), ISO 8601. */
  updated: string;
  published: string | null;
  /** app:edited: changes with every edit, ours, the author's on the web, or the server's own rewrites. */
  edited: string;
  categories: string[];
  draft: boolean;
}

/** A page of the entry collection: its entries (newest first) and the next page's address. */
export interface FeedPage {
  entries: RemoteEntry[];
  next: string | null;
}

const SYNTAX_OF_TYPE = new Map<string, Syntax>(Object.entries(SYNTAX_TYPES).map(([syntax, type]) => [type, syntax as Syntax]));

/** The syntax a content type names (`text/x-markdown` → markdown), or null. */
export function syntaxOfType(type: string): Syntax | null {
  return SYNTAX_OF_TYPE.get(type.split(";")[0]?.trim().toLowerCase() ?? "") ?? null;
}

/** The href of `el`'s link with `rel`, resolved against the address `base` the document came from. */
function linkHref(el: XmlElement, rel: string, base: string): string | null {
  const link = childrenNamed(el, NS.atom, "link").find((l) => (l.getAttribute("rel") ?? "alternate") === rel);
  const href = link?.getAttribute("href")?.trim();
  if (!href) return null;
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}

function required(el: XmlElement, name: string, where: string): string {
  const text = childText(el, NS.atom, name);
  if (text === null) throw new HatenaError("malformed", `${where} answered with an entry without <${name}>. Nothing was changed.`);
  return text;
}

/** The entry element `el` read; `where` is the address it came from (links are resolved against it; messages name it). */
export function readEntry(el: XmlElement, where: string): RemoteEntry {
  const editUrl = linkHref(el, "edit", where);
  if (!editUrl) throw new HatenaError("malformed", `${where} answered with an entry without an edit link. Nothing was changed.`);
  const edited = childText(el, NS.app, "edited")?.trim();
  if (!edited) throw new HatenaError("malformed", `${where} answered with an entry without <app:edited>. Nothing was changed.`);
  const content = childNamed(el, NS.atom, "content");
  const contentType = content?.getAttribute("type") ?? "";
  const control = childNamed(el, NS.app, "control");
  const draft = control === null ? false : (childText(control, NS.app, "draft") ?? "").trim() === "yes";
  return {
    editUrl,
    url: linkHref(el, "alternate", where),
    title: required(el, "title", where),
    content: content?.textContent ?? "",
    syntax: syntaxOfType(contentType),
    contentType,
    formatted: childText(el, NS.hatena, "formatted-content"),
    updated: required(el, "updated", where).trim(),
    published: childText(el, NS.atom, "published")?.trim() ?? null,
    edited,
    categories: childrenNamed(el, NS.atom, "category")
      .map((c) => c.getAttribute("term") ?? "")
      .filter((t) => t !== ""),
    draft,
  };
}

/** Parses an answer holding one entry. */
export function parseEntry(xml: string, where: string): RemoteEntry {
  return readEntry(parseXml(xml, "entry", NS.atom, where), where);
}

/** Parses a page of the entry collection. */
export function parseFeed(xml: string, where: string): FeedPage {
  const feed = parseXml(xml, "feed", NS.atom, where);
  return { entries: childrenNamed(feed, NS.atom, "entry").map((e) => readEntry(e, where)), next: linkHref(feed, "next", where) };
}
