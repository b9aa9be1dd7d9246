// Recognising what is being imported: a folder is Markdown files, and so is one .md file; a file with
// Movable Type's entry and section markers is an export (Hatena Blog writes `<blog>.export.txt`).
import { open, stat } from "node:fs/promises";
import { TsuzuriError } from "../../contract/index.js";
import { MT_ENTRY_SEPARATOR, MT_SECTION_SEPARATOR } from "../../common/import/index.js";
import { DETECT_BYTES } from "./constants.js";
import type { SourceFormat } from "./types.js";

/** The format of a source, and why it was taken for it. */
export interface Detected {
  format: SourceFormat;
  reason: string;
}

/** True when `text` (the start of a file) looks like a Movable Type export: header keys, then section and entry separators. */
export function looksLikeMt(text: string): boolean {
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  const hasHeader = lines.some((l) => /^(TITLE|DATE|AUTHOR|BASENAME):/.test(l));
  const hasSection = lines.some((l) => l === MT_SECTION_SEPARATOR) || lines.some((l) => /^BODY:\s*$/.test(l));
  const hasEntryEnd = lines.some((l) => l === MT_ENTRY_SEPARATOR);
  return hasHeader && hasSection && (hasEntryEnd || lines.length < 5000);
}

/** True for a file name Markdown imports read (.md, .markdown). */
export function isMarkdownFile(name: string): boolean {
  return /\.(md|markdown)$/i.test(name);
}

/** Recognises the format of `source` (a path). Throws a TsuzuriError ("not-found", "unsupported") when it is none. */
export async function detectFormat(source: string): Promise<Detected> {
  let st;
  try {
    st = await stat(source);
  } catch {
    throw new TsuzuriError("not-found", `${source} does not exist (or cannot be read).`);
  }
  if (st.isDirectory()) return { format: "markdown", reason: "it is a folder: every .md and .markdown file in it becomes a post" };
  if (!st.isFile()) throw new TsuzuriError("unsupported", `${source} is neither a file nor a folder.`);
  const handle = await open(source, "r");
  let head: string;
  try {
    const buffer = new Uint8Array(Math.min(DETECT_BYTES, st.size));
    await handle.read(buffer, 0, buffer.length, 0);
    // The markers are ASCII: any decoding that keeps ASCII will do (the cut may split a character).
    head = new TextDecoder("utf-8").decode(buffer);
  } finally {
    await handle.close();
  }
  if (looksLikeMt(head))
    return {
      format: "mt",
      reason: `it has Movable Type entries (TITLE/DATE lines, "${MT_SECTION_SEPARATOR}" sections, "${MT_ENTRY_SEPARATOR}" between entries)`,
    };
  if (isMarkdownFile(source)) return { format: "markdown", reason: "it is one Markdown file: it becomes one post" };
  throw new TsuzuriError(
    "unsupported",
    `${source} is not a Movable Type / Hatena Blog export (no TITLE/DATE lines with "${MT_SECTION_SEPARATOR}" and "${MT_ENTRY_SEPARATOR}" separators were found) and not a folder of Markdown files.`,
  );
}
