// Obsidian wikilinks made into Markdown: `![[photo.png]]` → `![](…)`, `[[Other note]]` →
// `[Other note](…)`, `[[Note#Heading|label]]` → `[label](…#heading)`. What cannot be resolved is left as written.
import { headingId } from "../markdown/index.js";
import { mapProse } from "./markdown-scan.js";

/** What a wikilink names: a note or file (as written, without "#…"), and whether it was an embed (`![[…]]`). */
export interface WikiTarget {
  target: string;
  embed: boolean;
}

/** A resolved wikilink: the URL of the file in the journal, and whether it is an image (shown inline). */
export interface ResolvedWiki {
  url: string;
  image: boolean;
}

const WIKILINK = /(!?)\[\[([^[\]\n|#^]*)((?:#[^[\]\n|]*)?)(?:\|([^[\]\n]*))?\]\]/g;

/** Escapes what would end or confuse a link text. */
function linkText(text: string): string {
  return text.replace(/([\\[\]*_`<>])/g, "\\$1");
}

/**
 * `body` with its wikilinks replaced by Markdown links or images, as `resolve` finds their targets;
 * `unresolved` is told about each one that stays as written. Only prose is looked at (not code).
 */
export function convertWikilinks(
  body: string,
  resolve: (t: WikiTarget) => ResolvedWiki | null,
  unresolved?: (target: string) => void,
): string {
  if (!body.includes("[[")) return body;
  return mapProse(body, (text) =>
    text.replace(WIKILINK, (all, bang: string, rawTarget: string, hash: string, label: string | undefined) => {
      const target = rawTarget.trim();
      if (target === "" && hash) return `[${linkText(label?.trim() || hash.slice(1))}](#${headingId(hash.slice(1).trim())})`;
      const found = target ? resolve({ target, embed: bang === "!" }) : null;
      if (!found) {
        unresolved?.(target || all);
        return all;
      }
      if (found.image) {
        // `![[x.png|300]]` sets a width in Obsidian: a number is not alt text.
        const alt = label !== undefined && !/^\d+(?:x\d+)?$/.test(label.trim()) ? label.trim() : "";
        return `![${linkText(alt)}](${found.url})`;
      }
      const heading = hash.startsWith("#^") ? "" : hash.slice(1).trim();
      const fragment = heading ? `#${headingId(heading)}` : "";
      const shown = label?.trim() || (heading ? `${target} › ${heading}` : target);
      return `[${linkText(shown)}](${found.url}${fragment})`;
    }),
  );
}
