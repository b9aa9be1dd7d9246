// One YAML value written on one line, the way Tsuzuri writes the keys it owns.
import { Document } from "yaml";

/** A value of a key Tsuzuri owns. */
export type ManagedValue = string | boolean | readonly string[];

const OPTIONS = {
  lineWidth: 0,
  blockQuote: false,
  doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER,
  flowCollectionPadding: false,
} as const;

/** `value` as one line of YAML: a plain or quoted scalar, or a flow list like `[a, "b: c"]`. */
export function inlineYaml(value: ManagedValue): string {
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "string") return scalar(value);
  return `[${value.map(scalar).join(", ")}]`;
}

function scalar(value: string): string {
  const out = new Document(value).toString(OPTIONS).replace(/\n$/, "");
  // A JSON string is always a valid one-line YAML double-quoted scalar: the fallback if yaml folded it.
  return out.includes("\n") ? JSON.stringify(value) : out;
}

/** A block list (`- a` lines) whose first item starts where the old value started, at column `indent`. */
export function blockListYaml(items: readonly string[], indent: string, eol: string): string {
  if (items.length === 0) return "[]";
  return items.map((item, i) => (i === 0 ? "" : eol + indent) + "- " + scalar(item)).join("");
}
