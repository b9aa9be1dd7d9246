// Reading and writing the little XML Hatena speaks: a strict parse (jsdom's XML parser, loaded on
// first use) seen through a few element properties, and escaping for the documents we build.
import { createRequire } from "node:module";
import { HatenaError } from "./errors.js";

const require = createRequire(import.meta.url);

/** An XML element as the readers here use it (core/ has no DOM types). */
export interface XmlElement {
  localName: string;
  namespaceURI: string | null;
  textContent: string | null;
  children: ArrayLike<XmlElement>;
  getAttribute(name: string): string | null;
}

interface XmlDocument {
  documentElement: XmlElement | null;
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
}

interface XmlParser {
  parseFromString(text: string, type: string): XmlDocument;
}

let parser: XmlParser | null = null;

function xmlParser(): XmlParser {
  if (parser === null) {
    const { JSDOM } = require("jsdom") as typeof import("jsdom");
    const { window } = new JSDOM("");
    parser = new (window as unknown as { DOMParser: new () => XmlParser }).DOMParser();
  }
  return parser;
}

/**
 * The root element of the XML document `text`, which must be named `root` in namespace `ns`.
 * Anything else (not well-formed, an HTML error page, another document) is a "malformed" error
 * naming `where`.
 */
export function parseXml(text: string, root: string, ns: string, where: string): XmlElement {
  const doc = xmlParser().parseFromString(text, "application/xml");
  const el = doc.documentElement;
  if (el === null || el.localName === "parsererror" || doc.getElementsByTagName("parsererror").length > 0) {
    const detail = (el?.textContent ?? "").split("\n")[0]?.trim().slice(0, 120) ?? "";
    throw new HatenaError(
      "malformed",
      `${where} answered with XML that cannot be read${detail ? ` (${detail})` : ""}. Nothing was changed.`,
    );
  }
  if (el.localName !== root || el.namespaceURI !== ns) {
    throw new HatenaError(
      "malformed",
      `${where} answered with a <${el.localName}> document where an Atom <${root}> was expected. Nothing was changed.`,
    );
  }
  return el;
}

/** The child elements of `el` named `name` in namespace `ns`. */
export function childrenNamed(el: XmlElement, ns: string, name: string): XmlElement[] {
  return Array.from(el.children).filter((c) => c.localName === name && c.namespaceURI === ns);
}

/** The first child element of `el` named `name` in `ns`, or null. */
export function childNamed(el: XmlElement, ns: string, name: string): XmlElement | null {
  return childrenNamed(el, ns, name)[0] ?? null;
}

/** The text of the first child named `name` in `ns`, or null when there is none. */
export function childText(el: XmlElement, ns: string, name: string): string | null {
  const child = childNamed(el, ns, name);
  return child === null ? null : (child.textContent ?? "");
}

const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** True for a UTF-16 unit XML 1.0 cannot carry at all (most C0 controls, U+FFFE, U+FFFF). */
function unsendable(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffe || code === 0xffff;
}

/** `text` escaped for XML character data and attribute values; characters XML cannot carry are dropped. */
export function escapeXml(text: string): string {
  let out = "";
  for (const ch of text) {
    if (ch.length === 1 && unsendable(ch.charCodeAt(0))) continue;
    out += ENTITIES[ch] ?? ch;
  }
  return out;
}
