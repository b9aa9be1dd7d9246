// Front matter of Markdown files written for other tools: YAML (`---`, Jekyll, Hugo, Obsidian),
// TOML (`+++`, Hugo) and JSON (a `{…}` object first in the file, Hugo). Read leniently, never thrown.
import { parse as parseToml } from "smol-toml";
import { readFrontMatter, splitFrontMatter } from "../post/index.js";
import { messageOf } from "../error-message.js";

/** Which front matter a file has. */
export type SourceFrontMatterKind = "yaml" | "toml" | "json" | "none";

/** A file's front matter as plain data, and the body after it. */
export interface SourceFrontMatter {
  kind: SourceFrontMatterKind;
  /** The mapping as plain data (TOML dates stay Date objects; see plainData). {} when none or unreadable. */
  data: Record<string, unknown>;
  /** The Markdown after the front matter (and one blank line after it). */
  body: string;
  /** Why the front matter could not be read; null when it could (or there is none). */
  problem: string | null;
}

const TOML_OPEN = /^\+\+\+[ \t]*\r?\n/;
const TOML_CLOSE = /^\+\+\+[ \t]*(?:\r?\n|$)/m;

function isMapping(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

/** `rest` without one leading blank line (the gap between front matter and body). */
function afterGap(rest: string): string {
  return rest.replace(/^\r?\n/, "");
}

/** Reads the front matter of `text`, whichever of the three shapes it has. */
export function readSourceFrontMatter(text: string): SourceFrontMatter {
  const src = text.replace(/^\uFEFF/, "");
  if (src.startsWith("---")) {
    const split = splitFrontMatter(src);
    if (split.yaml !== null) {
      const fm = readFrontMatter(split.yaml);
      if (fm.status === "ok") return { kind: "yaml", data: fm.data, body: split.body, problem: null };
      return {
        kind: "yaml",
        data: {},
        body: split.body,
        problem: `its YAML front matter could not be read: ${fm.problem ?? "unknown problem"}`,
      };
    }
  }
  const tomlOpen = TOML_OPEN.exec(src);
  if (tomlOpen) {
    const rest = src.slice(tomlOpen[0].length);
    const close = TOML_CLOSE.exec(rest);
    if (close) {
      const body = afterGap(rest.slice(close.index + close[0].length));
      try {
        const data = parseToml(rest.slice(0, close.index)) as unknown;
        return isMapping(data)
          ? { kind: "toml", data, body, problem: null }
          : { kind: "toml", data: {}, body, problem: "its TOML front matter is not a table" };
      } catch (e) {
        return { kind: "toml", data: {}, body, problem: `its TOML front matter could not be read: ${firstLine(e)}` };
      }
    }
  }
  if (src.startsWith("{")) {
    const end = jsonObjectEnd(src);
    if (end > 0 && /^[ \t]*(?:\r?\n|$)/.test(src.slice(end))) {
      const body = afterGap(src.slice(end).replace(/^[ \t]*(?:\r?\n|$)/, ""));
      try {
        const data = JSON.parse(src.slice(0, end)) as unknown;
        if (isMapping(data)) return { kind: "json", data, body, problem: null };
      } catch (e) {
        return { kind: "json", data: {}, body, problem: `its JSON front matter could not be read: ${firstLine(e)}` };
      }
    }
  }
  return { kind: "none", data: {}, body: src, problem: null };
}

/** The index just after the JSON object that starts `text` at 0 (balanced braces, strings skipped); -1 if it never closes. */
export function jsonObjectEnd(text: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

function firstLine(e: unknown): string {
  return messageOf(e).split("\n")[0] ?? "";
}

/**
 * `value` as plain data that YAML and JSON can hold: dates become their ISO text (a TOML local date
 * stays `2019-07-24`), big integers become numbers (or text when too big), mappings and lists are copied.
 */
export function plainData(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString().replace(/\.000(?=Z|[+-]\d|$)/, "");
  if (typeof value === "bigint") return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (Array.isArray(value)) return value.map(plainData);
  if (isMapping(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = plainData(v);
    return out;
  }
  return value;
}
