// Which sources a journal has imported already: the `imported_from` key of every post (and of posts
// in the trash: a post the user deleted is not brought back by importing again).
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";
import { IMPORTED_FROM_KEY } from "../../common/import/index.js";
import { isPostFileName, splitFrontMatter } from "../../common/post/index.js";
import { mapLimit, TRASH_DIR, walkPosts } from "../store/index.js";
import { IO_CONCURRENCY } from "./constants.js";

const KEY_LINE = new RegExp(`^${IMPORTED_FROM_KEY}:[ \\t]*(.*)$`, "m");

/** The `imported_from` value of a post file's text, or null. */
export function importedFromOf(text: string): string | null {
  if (!text.includes(IMPORTED_FROM_KEY)) return null;
  const yaml = splitFrontMatter(text).yaml;
  const m = yaml === null ? null : KEY_LINE.exec(yaml);
  if (!m?.[1]) return null;
  try {
    const value = parse(`v: ${m[1]}`) as { v?: unknown } | null;
    return typeof value?.v === "string" ? value.v : null;
  } catch {
    return null;
  }
}

/** Source identity → journal path (".trash/…" for posts in the trash), for every imported post of `journalDir`. A missing journal has none. */
export async function importedSources(journalDir: string): Promise<Map<string, string>> {
  let rels: string[];
  try {
    rels = await walkPosts(journalDir);
  } catch {
    return new Map();
  }
  try {
    const trashed = await readdir(path.join(journalDir, TRASH_DIR));
    rels.push(...trashed.filter((n) => isPostFileName(n) && !n.startsWith(".")).map((n) => `${TRASH_DIR}/${n}`));
  } catch {
    // No trash yet.
  }
  const found = await mapLimit(rels, IO_CONCURRENCY, async (rel) => {
    try {
      return [importedFromOf(await readFile(path.join(journalDir, ...rel.split("/")), "utf8")), rel] as const;
    } catch {
      return [null, rel] as const;
    }
  });
  const map = new Map<string, string>();
  for (const [id, rel] of found.sort((a, b) => (a[1].startsWith(TRASH_DIR) ? 1 : 0) - (b[1].startsWith(TRASH_DIR) ? 1 : 0))) {
    if (id !== null && !map.has(id)) map.set(id, rel);
  }
  return map;
}
