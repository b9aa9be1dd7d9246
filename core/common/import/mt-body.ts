// What a Movable Type body is, by its CONVERT BREAKS value: HTML as it is (Hatena always), text whose
// line breaks become paragraphs and <br> (MT's default filter), or Markdown already.
import { MORE_MARKER } from "./constants.js";

/** How a body is written. */
export type MtBodyKind = "html" | "breaks" | "markdown";

/** The kind of body a CONVERT BREAKS value means ("0" or absent: HTML; "1"/"__default__": line breaks; "markdown…": Markdown). */
export function mtBodyKind(convertBreaks: string | null): MtBodyKind {
  const v = (convertBreaks ?? "0").trim().toLowerCase();
  if (v === "1" || v === "__default__" || v === "convert_breaks") return "breaks";
  if (v.startsWith("markdown")) return "markdown";
  return "html";
}

const BLOCK_START = /^<(?:p|div|ul|ol|li|h[1-6]|pre|blockquote|table|dl|figure|hr|section|iframe|script)\b/i;

/** Text with MT's "convert line breaks": blank lines separate paragraphs, single line breaks become <br>. Block HTML is left alone. */
export function breaksToHtml(text: string): string {
  return text
    .split(/\n[ \t]*\n+/)
    .map((para) => para.trim())
    .filter(Boolean)
    .map((para) => (BLOCK_START.test(para) ? para : `<p>${para.replace(/\n/g, "<br>\n")}</p>`))
    .join("\n");
}

/** The HTML of an entry's body and extended body as one document, with MORE_MARKER between them. */
export function joinMoreHtml(body: string, extended: string): string {
  return extended.trim() === "" ? body : `${body}\n${MORE_MARKER}\n${extended}`;
}
