// The files of an imported folder, and finding the one a link names: by path from the linking file,
// from the top of the folder (Jekyll "/assets/x.png", Hugo "static/"), or by name alone (Obsidian).
import type { Dirent } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { baseOf, dirOf, extensionOf, joinRelative, MARKDOWN_EXTENSIONS, withoutExtension } from "../../common/import/index.js";
import { OBSIDIAN_DIR, SKIPPED_SOURCE_DIRS } from "./constants.js";
import { exists } from "./exists.js";

/** What a link in the folder points at. */
export type Found = { kind: "post" | "file"; rel: string };

/** The files of a folder being imported ("/"-separated paths from its top). */
export class SourceTree {
  private readonly posts = new Set<string>();
  private readonly files = new Set<string>();
  private readonly postsByStem = new Map<string, string[]>();
  private readonly filesByName = new Map<string, string[]>();

  private constructor(
    readonly root: string,
    readonly markdown: string[],
    others: string[],
    readonly vault: boolean,
  ) {
    for (const rel of markdown) {
      this.posts.add(rel);
      push(this.postsByStem, baseOf(withoutExtension(rel)).toLowerCase(), rel);
    }
    for (const rel of others) {
      this.files.add(rel);
      push(this.filesByName, baseOf(rel).toLowerCase(), rel);
    }
  }

  /**
   * Walks `root`, leaving out dot-folders, build output and `exclude` (the journal, when it is inside).
   * With `only` (a file name in `root`), that is the one post; the files beside it (images) are still there to link to.
   */
  static async read(root: string, exclude?: string, only?: string): Promise<SourceTree> {
    const markdown: string[] = [];
    const others: string[] = [];
    const walk = async (rel: string): Promise<void> => {
      let entries: Dirent[];
      try {
        entries = await readdir(rel ? path.join(root, ...rel.split("/")) : root, { withFileTypes: true });
      } catch (e) {
        if (rel === "") throw e;
        return;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const entry of entries) {
        if (entry.name.startsWith(".")) continue;
        const child = rel ? `${rel}/${entry.name}` : entry.name;
        if (entry.isDirectory()) {
          if (SKIPPED_SOURCE_DIRS.includes(entry.name)) continue;
          if (exclude && path.resolve(root, ...child.split("/")) === exclude) continue;
          await walk(child);
        } else if (entry.isFile()) {
          // Other Markdown files of a one-file import are neither posts nor files to copy.
          if (!MARKDOWN_EXTENSIONS.includes(extensionOf(entry.name))) others.push(child);
          else if (only === undefined || child === only) markdown.push(child);
        }
      }
    };
    await walk("");
    return new SourceTree(root, markdown, others, await exists(path.join(root, OBSIDIAN_DIR)));
  }

  /** The post or file `target` names from the file `fromRel`: a path relative to it, or from the top ("/x"), or under `static/`. */
  resolvePath(fromRel: string, target: string): Found | null {
    const tries = target.startsWith("/")
      ? [joinRelative("", target), joinRelative("static", target.slice(1))]
      : [joinRelative(dirOf(fromRel), target)];
    for (const t of tries) {
      if (t === null) continue;
      const hit = this.exact(t);
      if (hit) return hit;
    }
    return null;
  }

  /** The post or file at `rel` exactly, trying Markdown extensions and a bundle's index.md too. */
  exact(rel: string): Found | null {
    const clean = rel.replace(/\/+$/, "");
    if (this.posts.has(clean)) return { kind: "post", rel: clean };
    if (this.files.has(clean)) return { kind: "file", rel: clean };
    for (const ext of MARKDOWN_EXTENSIONS) {
      if (this.posts.has(clean + ext)) return { kind: "post", rel: clean + ext };
      for (const index of ["index", "_index"])
        if (this.posts.has(`${clean}/${index}${ext}`)) return { kind: "post", rel: `${clean}/${index}${ext}` };
    }
    return null;
  }

  /** The post named `stem` (file name without extension, any case), preferring one under `preferDir`. */
  postByStem(stem: string, preferDir = ""): string | null {
    const all = this.postsByStem.get(stem.toLowerCase()) ?? [];
    return all.find((r) => preferDir && r.startsWith(preferDir + "/")) ?? all[0] ?? null;
  }

  /** The file named `name` (any case), nearest to `fromRel` first (same folder, then anywhere). */
  fileByName(name: string, fromRel: string): string | null {
    const all = this.filesByName.get(name.toLowerCase()) ?? [];
    const dir = dirOf(fromRel);
    return all.find((r) => dirOf(r) === dir) ?? all[0] ?? null;
  }
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
