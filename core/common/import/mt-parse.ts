// Reading a Movable Type export (Hatena Blog writes this format) into raw entries: header fields and
// sections, with nothing interpreted yet. Entries end with a line `--------`, sections with `-----`.
// A section's text is taken as it is, up to its `-----` line.
import { toLf } from "../post/index.js";
import { MT_ENTRY_SEPARATOR, MT_FEEDBACK_KEYS, MT_HEADER_KEYS, MT_MULTILINE_SECTIONS, MT_SECTION_SEPARATOR } from "./constants.js";

/** One `KEY: value` line. */
export interface MtField {
  key: string;
  value: string;
}

/** A multi-line section (BODY, EXTENDED BODY, EXCERPT, KEYWORDS, COMMENT, PING). */
export interface MtSection {
  key: string;
  /** The section's text, lines joined with "\n", without its key line and its `-----` line. */
  text: string;
  /** 1-based line of the key line in the file. */
  line: number;
}

/** An entry as written: header fields in order (CATEGORY may repeat), then sections in order. */
export interface MtRawEntry {
  /** 1-based position of the entry in the file. */
  index: number;
  /** 1-based line where the entry starts. */
  line: number;
  fields: MtField[];
  sections: MtSection[];
  /** Things that were odd but did not stop reading (a section not closed, a line not understood). */
  warnings: string[];
}

const KEY_LINE = /^([A-Z][A-Z ]*[A-Z]):(?:[ \t]?(.*))?$/;

/** The key of a line that opens a multi-line section (`BODY:`), or null. */
function sectionKey(line: string): string | null {
  const m = KEY_LINE.exec(line.trimEnd());
  return m?.[1] && MT_MULTILINE_SECTIONS.includes(m[1]) && (m[2] ?? "").trim() === "" ? m[1] : null;
}

/** The field of a header line (`TITLE: …`), or null. */
function headerField(line: string): MtField | null {
  const m = KEY_LINE.exec(line);
  if (!m?.[1] || MT_MULTILINE_SECTIONS.includes(m[1])) return null;
  return { key: m[1], value: (m[2] ?? "").trim() };
}

/**
 * The entries of a Movable Type export. Never throws: an unclosed section ends at the next entry
 * separator (or at the next line that opens a section, with a warning), a line that is not
 * understood is noted, and a header line after a closed section with no `--------` before it starts
 * a new entry (with a warning). Blank space between entries is ignored.
 */
export function parseMtExport(text: string): MtRawEntry[] {
  const lines = toLf(text.replace(/^\uFEFF/, "")).split("\n");
  const entries: MtRawEntry[] = [];
  let entry: MtRawEntry | null = null;
  let mode: "header" | "between" | "section" = "header";
  let section: { key: string; line: number; lines: string[] } | null = null;

  const closeSection = (): void => {
    if (entry && section) entry.sections.push({ key: section.key, text: section.lines.join("\n"), line: section.line });
    section = null;
  };
  const finish = (): void => {
    if (!entry) return;
    if (section) {
      entry.warnings.push(`the ${section.key} section (line ${section.line}) has no closing "${MT_SECTION_SEPARATOR}" line`);
      closeSection();
    }
    if (entry.fields.length || entry.sections.length) entries.push(entry);
    entry = null;
  };
  const start = (line: number): MtRawEntry => {
    entry = { index: entries.length + 1, line, fields: [], sections: [], warnings: [] };
    mode = "header";
    return entry;
  };

  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    const line = raw.replace(/\r$/, "");
    if (line === MT_ENTRY_SEPARATOR) {
      finish();
      return;
    }
    if (!entry) {
      if (line.trim() === "") return;
      start(lineNo);
    }
    const e = entry as unknown as MtRawEntry;
    if (mode === "section" && section) {
      const open = section;
      if (line === MT_SECTION_SEPARATOR) {
        closeSection();
        mode = "between";
        return;
      }
      const next = sectionKey(line);
      if (next && (open.key === "BODY" || open.key === "EXTENDED BODY" || open.key === "EXCERPT" || open.key === "KEYWORDS")) {
        e.warnings.push(
          `the ${open.key} section (line ${open.line}) has no closing "${MT_SECTION_SEPARATOR}" line before ${next}: (line ${lineNo})`,
        );
        closeSection();
        section = { key: next, line: lineNo, lines: [] };
        return;
      }
      open.lines.push(line);
      return;
    }
    if (line === MT_SECTION_SEPARATOR) {
      mode = "between";
      return;
    }
    const key = sectionKey(line);
    if (key) {
      section = { key, line: lineNo, lines: [] };
      mode = "section";
      return;
    }
    const field = headerField(line);
    if (field) {
      if (mode === "between" && e.sections.length > 0 && MT_HEADER_KEYS.includes(field.key)) {
        e.warnings.push(`no "${MT_ENTRY_SEPARATOR}" line before line ${lineNo}: a new entry starts there`);
        finish();
        start(lineNo).fields.push(field);
        return;
      }
      e.fields.push(field);
      return;
    }
    if (line.trim() !== "") e.warnings.push(`line ${lineNo} was not understood and was left out: ${JSON.stringify(line.slice(0, 60))}`);
  });
  finish();
  return entries;
}

/** A comment or trackback: its header lines (AUTHOR, EMAIL, URL, IP, DATE, TITLE, BLOG NAME) and its text. */
export interface MtFeedback {
  fields: Record<string, string>;
  text: string;
}

/** Splits a COMMENT or PING section into its leading `KEY: value` lines and the text after them. */
export function parseFeedback(sectionText: string): MtFeedback {
  const lines = sectionText.split("\n");
  const fields: Record<string, string> = {};
  let i = 0;
  for (; i < lines.length; i++) {
    const m = KEY_LINE.exec(lines[i] ?? "");
    if (!m?.[1] || !MT_FEEDBACK_KEYS.includes(m[1])) break;
    fields[m[1]] = (m[2] ?? "").trim();
  }
  return { fields, text: lines.slice(i).join("\n").trim() };
}
