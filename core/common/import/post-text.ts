// The text of an imported post file: YAML front matter with Tsuzuri's keys first (as the store
// writes them), then what the source had beyond them, then where the post came from; then the body.
import { Document } from "yaml";
import { inlineYaml } from "../post/index.js";
import { IMPORTED_FROM_KEY } from "./constants.js";

/** Everything a new imported post file holds. */
export interface ImportedPost {
  id: string;
  title: string;
  /** ISO 8601 with offset. */
  date: string;
  /** ISO 8601 with offset, when the source had one. */
  updated?: string | null;
  tags: readonly string[];
  draft: boolean;
  /** Further front-matter keys in order (slug, aliases, author, the source's own keys…): plain data. */
  extras: Readonly<Record<string, unknown>>;
  /** The source identity, written as `imported_from`. */
  identity: string;
  body: string;
}

const RESERVED = new Set(["id", "title", "date", "updated", "tags", "draft", IMPORTED_FROM_KEY]);

function yamlOf(key: string, value: unknown): string {
  const text = new Document({ [key]: value }).toString({ lineWidth: 0, flowCollectionPadding: false });
  return text.endsWith("\n") ? text : text + "\n";
}

/** The file text of `post` ("\n" line breaks, ending with one). */
export function importedPostText(post: ImportedPost): string {
  let head = "---\n";
  head += `id: ${inlineYaml(post.id)}\n`;
  head += `title: ${inlineYaml(post.title)}\n`;
  head += `date: ${inlineYaml(post.date)}\n`;
  if (post.updated) head += `updated: ${inlineYaml(post.updated)}\n`;
  head += `tags: ${inlineYaml(post.tags)}\n`;
  head += `draft: ${inlineYaml(post.draft)}\n`;
  for (const [key, value] of Object.entries(post.extras)) {
    if (RESERVED.has(key) || value === undefined) continue;
    head += yamlOf(key, value);
  }
  head += `${IMPORTED_FROM_KEY}: ${inlineYaml(post.identity)}\n---\n`;
  const body = post.body.replace(/^\n+/, "").replace(/\s+$/, "");
  return head + "\n" + (body ? body + "\n" : "");
}
