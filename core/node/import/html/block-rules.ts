// Turndown rules for blocks: headings on one line, lists nested to any depth with tight indentation,
// code blocks with their language (and without highlighting markup), the "more" marker, line breaks.
import type TurndownService from "turndown";
import { MORE_MARKER } from "../../../common/import/index.js";
import { HARD_BREAK } from "./constants.js";
import { asDom, classesOf, elementChildren, isElement, type DomNode } from "./dom.js";

const trimNewlines = (s: string): string => s.replace(/^\n+/, "").replace(/\n+$/, "");

/** The language of a code block: `data-lang`, or a `lang-x` / `language-x` class on the pre or its code. */
export function codeLanguage(pre: DomNode): string {
  const dataLang = pre.getAttribute("data-lang")?.trim();
  if (dataLang) return dataLang;
  const code = elementChildren(pre).find((c) => c.nodeName === "CODE");
  for (const el of code ? [pre, code] : [pre]) {
    for (const c of classesOf(el)) {
      const m = /^(?:lang|language)-(.+)$/.exec(c);
      if (m?.[1]) return m[1];
    }
  }
  return "";
}

/** A fence that no line of `code` can close: backticks, one more than the longest run at a line start (at least 3). */
export function fenceFor(code: string): string {
  let longest = 0;
  for (const m of code.matchAll(/^[ \t]*(`{3,})/gm)) longest = Math.max(longest, m[1]?.length ?? 0);
  return "`".repeat(Math.max(3, longest + 1));
}

/** True when nothing but white space and line breaks follows `node` up to the end of its block. */
function lastInBlock(node: DomNode): boolean {
  for (let at: DomNode | null = node; at; at = at.parentNode) {
    for (let n = at.nextSibling; n; n = n.nextSibling) {
      if (n.nodeType === 3 && (n.nodeValue ?? "").trim() === "") continue;
      if (isElement(n, "BR")) continue;
      return false;
    }
    if (!at.parentNode || at.parentNode.isBlock !== false) return true;
  }
  return true;
}

/** Adds the block rules to `service`. */
export function addBlockRules(service: TurndownService): void {
  service.addRule("heading", {
    filter: ["h1", "h2", "h3", "h4", "h5", "h6"],
    replacement: (content, node) => {
      const text = content.replace(/\\?\n+/g, " ").trim();
      return text ? `\n\n${"#".repeat(Number(asDom(node).nodeName.charAt(1)))} ${text}\n\n` : "";
    },
  });

  service.addRule("codeBlock", {
    filter: "pre",
    replacement: (_content, node) => {
      const pre = asDom(node);
      const code = (pre.textContent ?? "").replace(/\r\n?/g, "\n").replace(/\n$/, "");
      const fence = fenceFor(code);
      return `\n\n${fence}${codeLanguage(pre)}\n${code}\n${fence}\n\n`;
    },
  });

  service.addRule("list", {
    filter: ["ul", "ol"],
    replacement: (content, node) => {
      const list = asDom(node);
      const parent = list.parentNode;
      if (isElement(parent, "LI")) return parent?.lastElementChild === list ? `\n${content}` : `\n${content}\n`;
      if (isElement(parent, "UL") || isElement(parent, "OL")) {
        // A list put directly in a list (invalid, but common): it belongs to the item before it.
        const indent = isElement(parent, "OL") ? "   " : "  ";
        return `\n${trimNewlines(content)
          .split("\n")
          .map((l) => (l ? indent + l : l))
          .join("\n")}\n`;
      }
      return `\n\n${content}\n\n`;
    },
  });

  service.addRule("listItem", {
    filter: "li",
    replacement: (content, node) => {
      const li = asDom(node);
      const parent = li.parentNode;
      let prefix = "- ";
      if (parent && isElement(parent, "OL")) {
        const start = Number(parent.getAttribute("start") ?? "1");
        const index = elementChildren(parent)
          .filter((c) => c.nodeName === "LI")
          .indexOf(li);
        prefix = `${(Number.isFinite(start) ? start : 1) + index}. `;
      }
      const loose = /\n\n$/.test(content) || /\n\n/.test(trimNewlines(content));
      const indent = " ".repeat(prefix.length);
      const text = trimNewlines(content)
        .split("\n")
        .map((l, i) => (i === 0 || l === "" ? l : indent + l))
        .join("\n");
      return prefix + text + (loose ? "\n" : "") + (li.nextSibling ? "\n" : "");
    },
  });

  service.addRule("more", {
    filter: (node) => isElement(asDom(node), "HR") && asDom(node).getAttribute("data-tsuzuri-more") !== null,
    replacement: () => `\n\n${MORE_MARKER}\n\n`,
  });

  service.addRule("lineBreak", {
    filter: "br",
    replacement: (_content, node) => {
      const br = asDom(node);
      // A break at the end of a block shows nothing; written as "\" it would show a backslash.
      return lastInBlock(br) ? "\n" : `${HARD_BREAK}\n`;
    },
  });
}
