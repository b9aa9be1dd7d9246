// Setting one mapping-valued key of a post's front matter (the link to the blog) in place: the
// key's lines are replaced or appended, every other byte of the file stays, and the result is
// checked by parsing it again.
import { Document, isMap, isScalar, parseDocument } from "yaml";
import { inlineYaml, sameValue, splitFrontMatter } from "../../common/post/index.js";

/** A flat mapping of text values (null values are left out). */
export type FlatMap = Readonly<Record<string, string | null>>;

function blockOf(key: string, value: FlatMap, eol: string): string {
  const lines = [`${key}:`];
  for (const [k, v] of Object.entries(value)) if (v !== null) lines.push(`  ${k}: ${inlineYaml(v)}`);
  return lines.join(eol) + eol;
}

function plainOf(value: FlatMap): Record<string, string> {
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => e[1] !== null));
}

function lineStart(text: string, pos: number): number {
  return text.lastIndexOf("\n", pos - 1) + 1;
}

/** The YAML with `key` set to `value` (or removed, for null) by editing its lines; null when that is not possible. */
function editLines(yaml: string, key: string, value: FlatMap | null, eol: string): string | null {
  const doc = parseDocument(yaml);
  if (doc.errors.length) return null;
  const map = doc.contents;
  if (map !== null && (!isMap(map) || map.flow)) return null;
  const items = map?.items ?? [];
  const index = items.findIndex((p) => isScalar(p.key) && p.key.value === key);
  const block = value === null ? "" : blockOf(key, value, eol);
  if (index < 0) {
    if (value === null) return yaml;
    return yaml === "" || yaml.endsWith("\n") ? yaml + block : yaml + eol + block;
  }
  const keyNode = items[index]?.key;
  if (!isScalar(keyNode) || !keyNode.range) return null;
  const start = lineStart(yaml, keyNode.range[0]);
  if (start !== keyNode.range[0]) return null; // an indented mapping: not ours to reflow
  const nextKey = items[index + 1]?.key;
  const end = nextKey === undefined ? yaml.length : isScalar(nextKey) && nextKey.range ? lineStart(yaml, nextKey.range[0]) : -1;
  if (end < start) return null;
  return yaml.slice(0, start) + block + yaml.slice(end);
}

/**
 * `text` (a post file with front matter) with the front-matter key `key` set to the mapping `value`,
 * or removed when `value` is null. Throws when the front matter cannot be read or kept as it was.
 */
export function withFrontMatterKey(text: string, key: string, value: FlatMap | null): string {
  const split = splitFrontMatter(text);
  if (split.yaml === null) throw new Error("the post has no front matter");
  const before = parseDocument(split.yaml);
  if (before.errors.length) throw new Error("its front matter is not valid YAML");
  const wanted: Record<string, unknown> = { ...((before.contents === null ? {} : before.toJS()) as Record<string, unknown>) };
  if (value === null) delete wanted[key];
  else wanted[key] = plainOf(value);
  const checks = (yaml: string | null): yaml is string => {
    if (yaml === null) return false;
    const doc = parseDocument(yaml);
    return doc.errors.length === 0 && sameValue(doc.contents === null ? {} : doc.toJS(), wanted);
  };
  let yaml: string | null = editLines(split.yaml, key, value, split.eol);
  if (!checks(yaml)) {
    const copy: Document = before.contents === null ? new Document({}) : before.clone();
    if (value === null) copy.delete(key);
    else copy.set(key, plainOf(value));
    yaml = copy.toString({ lineWidth: 0 });
    if (split.eol !== "\n") yaml = yaml.replace(/\r?\n/g, split.eol);
    if (!checks(yaml)) throw new Error("its front matter could not be updated without changing other keys");
  }
  const gap = text.slice(split.head.length, text.length - split.body.length);
  return (split.bom ? "\uFEFF" : "") + split.open + yaml + split.close + gap + split.body;
}
