// Turndown rules for what Hatena Blog writes into its HTML: keyword links (unwrapped), footnotes
// (`<a href="#f-…">*1</a>` and `<div class="footnote">` → `[^1]`), embed cards and citations (→ plain
// links), fotolife images and figures, and in-page links to headings (→ the pipeline's heading ids).
import type TurndownService from "turndown";
import { FOTOLIFE_ALT, HATENA_EMBED_HOSTS, KEYWORD_CLASSES, KEYWORD_HREF } from "./constants.js";
import { context } from "./context.js";
import { asDom, classesOf, closest, elementChildren, isElement, textOf, type DomNode } from "./dom.js";

const FOOTNOTE_REF_HREF = /#f-?([\w-]+)$/;
const FOOTNOTE_DEF_NAME = /^f-?([\w-]+)$/;
const FOOTNOTE_DEF_HREF = /#fn-?([\w-]+)$/;

function inFootnoteBlock(node: DomNode): boolean {
  return closest(node, (p) => p.nodeName === "DIV" && classesOf(p).includes("footnote")) !== null;
}

/** The id of a footnote reference (`<a href="#f-abc" name="fn-abc" title="…">*1</a>`), or null. */
function footnoteRefId(node: DomNode): string | null {
  if (!isElement(node, "A") || inFootnoteBlock(node)) return null;
  const m = FOOTNOTE_REF_HREF.exec(node.getAttribute("href") ?? "");
  if (!m?.[1]) return null;
  const marked = classesOf(node).includes("footnote") || /^fn/.test(node.getAttribute("name") ?? "") || /^\s*\*\d+\s*$/.test(textOf(node));
  return marked ? m[1] : null;
}

/** The id of a footnote paragraph inside `<div class="footnote">`, from its number link. */
function footnoteDefId(p: DomNode): string | null {
  for (const a of Array.from(p.querySelectorAll("a"))) {
    const byName = FOOTNOTE_DEF_NAME.exec(a.getAttribute("name") ?? "");
    if (byName?.[1]) return byName[1];
    const byHref = FOOTNOTE_DEF_HREF.exec(a.getAttribute("href") ?? "");
    if (byHref?.[1]) return byHref[1];
  }
  return null;
}

/** The page an embed iframe shows: Hatena's `url` parameter, a YouTube watch URL, or the iframe's own src. Null for non-web sources. */
export function embedTarget(src: string): string | null {
  let url: URL;
  try {
    url = new URL(src, "https://invalid.invalid/");
  } catch {
    return null;
  }
  if (url.hostname === "invalid.invalid" || (url.protocol !== "https:" && url.protocol !== "http:")) return null;
  if (HATENA_EMBED_HOSTS.includes(url.hostname)) {
    const inner = url.searchParams.get("url");
    if (inner && /^https?:\/\//.test(inner)) return inner;
  }
  const yt = /^\/embed\/([\w-]+)/.exec(url.pathname);
  if (yt?.[1] && /(^|\.)youtube(-nocookie)?\.com$/.test(url.hostname)) return `https://www.youtube.com/watch?v=${yt[1]}`;
  return url.href;
}

function escapeText(text: string): string {
  return text
    .replace(/([\\[\]*_`<>])/g, "\\$1")
    .replace(/\s+/g, " ")
    .trim();
}

/** Adds the Hatena rules to `service`. */
export function addHatenaRules(service: TurndownService): void {
  service.addRule("hatenaKeyword", {
    filter: (n) => {
      const node = asDom(n);
      return (
        isElement(node, "A") &&
        (classesOf(node).some((c) => KEYWORD_CLASSES.includes(c)) || KEYWORD_HREF.test(node.getAttribute("href") ?? ""))
      );
    },
    replacement: (content) => content,
  });

  service.addRule("footnoteRef", {
    filter: (n) => footnoteRefId(asDom(n)) !== null,
    replacement: (_content, n) => {
      const node = asDom(n);
      const id = footnoteRefId(node) ?? "";
      const ctx = context();
      const title = node.getAttribute("title");
      if (title && !ctx.footnoteTitles.has(id)) ctx.footnoteTitles.set(id, escapeText(title));
      return `[^${ctx.footnoteNumber(id)}]`;
    },
  });

  service.addRule("footnoteBlock", {
    filter: (n) => isElement(asDom(n), "DIV") && classesOf(asDom(n)).includes("footnote"),
    replacement: () => "",
  });

  service.addRule("footnoteNumber", {
    filter: (n) => {
      const node = asDom(n);
      return (
        isElement(node, "A") &&
        inFootnoteBlock(node) &&
        (FOOTNOTE_DEF_NAME.test(node.getAttribute("name") ?? "") || FOOTNOTE_DEF_HREF.test(node.getAttribute("href") ?? ""))
      );
    },
    replacement: () => "",
  });

  service.addRule("footnoteDelimiter", {
    filter: (n) => classesOf(asDom(n)).includes("footnote-delimiter") && inFootnoteBlock(asDom(n)),
    replacement: () => "",
  });

  service.addRule("footnoteText", {
    filter: (n) => isElement(asDom(n), "P") && inFootnoteBlock(asDom(n)),
    replacement: (content, n) => {
      const id = footnoteDefId(asDom(n));
      if (id === null) return `\n\n${content}\n\n`;
      context().footnoteTexts.set(id, content.replace(/^\s*[:：]\s*/, "").trim());
      return "";
    },
  });

  service.addRule("embed", {
    filter: "iframe",
    replacement: (_content, n) => {
      const node = asDom(n);
      const target = embedTarget(node.getAttribute("src") ?? "");
      if (!target) {
        context().warnings.push(`an embedded frame without a web address was left out (${(node.getAttribute("src") ?? "").slice(0, 60)})`);
        return "";
      }
      context().embedUrls.add(target);
      const title = escapeText(node.getAttribute("title") ?? "");
      return `\n\n${title ? `[${title}](${target})` : `<${target}>`}\n\n`;
    },
  });

  service.addRule("citation", {
    filter: (n) => isElement(asDom(n), "CITE") && classesOf(asDom(n)).includes("hatena-citation"),
    replacement: (content, n) => {
      const links = Array.from(asDom(n).querySelectorAll("a")).map((a) => a.getAttribute("href") ?? "");
      if (links.length > 0 && links.every((href) => context().embedUrls.has(href))) return "";
      return `\n\n${content.trim()}\n\n`;
    },
  });

  service.addRule("headingLink", {
    filter: (n) => {
      const node = asDom(n);
      const href = node.getAttribute("href") ?? "";
      return isElement(node, "A") && href.startsWith("#") && href.length > 1 && footnoteRefId(node) === null && !inFootnoteBlock(node);
    },
    replacement: (content, n) => {
      const node = asDom(n);
      const raw = (node.getAttribute("href") ?? "").slice(1);
      let id = raw;
      try {
        id = decodeURIComponent(raw);
      } catch {
        // keep as written
      }
      const slug = node.ownerDocument ? context().headingSlug(node.ownerDocument, id) : null;
      return `[${content}](#${slug ?? raw.replace(/[\s()<>]/g, (c) => (c === "(" ? "%28" : c === ")" ? "%29" : encodeURIComponent(c)))})`;
    },
  });

  service.addRule("image", {
    filter: "img",
    replacement: (_content, n) => imageMarkdown(asDom(n), null),
  });

  service.addRule("figure", {
    filter: "figure",
    replacement: (content, n) => {
      const fig = asDom(n);
      const caption = textOf(elementChildren(fig).find((c) => c.nodeName === "FIGCAPTION") ?? fig).trim();
      const images = Array.from(fig.querySelectorAll("img"));
      if (images.length !== 1 || !images[0]) return `\n\n${content}\n\n`;
      const img = imageMarkdown(images[0], caption || null);
      const link = closest(images[0], (p) => p.nodeName === "A");
      const href = link?.getAttribute("href");
      const shown = href && /^https?:\/\//.test(href) ? `[${img}](${href})` : img;
      return `\n\n${shown}${caption ? `\n\n${escapeText(caption)}` : ""}\n\n`;
    },
  });
}

/** `![alt](src "title")` of an image; a fotolife alt (`f:id:…`) gives way to `caption` or nothing. */
function imageMarkdown(img: DomNode, caption: string | null): string {
  const src = (img.getAttribute("src") ?? "").trim();
  if (!src) return "";
  let alt = img.getAttribute("alt") ?? "";
  if (FOTOLIFE_ALT.test(alt.trim())) alt = caption ?? "";
  const title = (img.getAttribute("title") ?? "").trim();
  const dest = /[\s()<>]/.test(src) ? `<${src.replace(/[<>]/g, encodeURIComponent)}>` : src;
  return `![${escapeText(alt)}](${dest}${title ? ` "${title.replace(/"/g, '\\"')}"` : ""})`;
}
