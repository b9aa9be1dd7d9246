// A post's title: front matter, else its first heading, else its file name.
import { proseLines } from "./blocks.js";
import { UNTITLED_SLUG } from "./constants.js";
import { plainLine } from "./plain-text.js";

/** The text of the first ATX heading of `body` (outside code), or null. */
export function firstHeading(body: string): string | null {
  for (const line of proseLines(body)) {
    if (!line.heading) continue;
    const text = plainLine(line.text);
    if (text) return text;
  }
  return null;
}

/**
 * A title made from a file name: no folders, no extension, no `YYYY-MM-DD-` prefix. The name Tsuzuri
 * gives a post without a title (`…-untitled.md`, `…-untitled-2.md`) makes the empty title: the UI
 * shows its own localised word for it.
 */
export function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[/\\]/).pop() ?? fileName;
  const stem = base.replace(/\.[^.]*$/, "") || base;
  const withoutDate = stem.replace(/^\d{4}-\d{2}-\d{2}(?:[-_ ]+|$)/, "");
  if (withoutDate && new RegExp(`^${UNTITLED_SLUG}(?:-\\d+)?$`).test(withoutDate)) return "";
  return withoutDate || stem;
}

/** The title to show: `frontMatterTitle` if it has text, else the first heading, else the file name. */
export function resolveTitle(frontMatterTitle: string | null, body: string, fileName: string): string {
  if (frontMatterTitle !== null && frontMatterTitle.trim() !== "") return frontMatterTitle;
  return firstHeading(body) ?? titleFromFileName(fileName);
}
