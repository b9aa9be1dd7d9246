// The files of an imported folder, and finding the one a link names: by path from the linking file,
// from the top of the folder (Jekyll "/assets/x.png", Hugo "static/"), or by name alone (Obsidian).
// One file imported alone lists nothing: the paths its links name are checked one by one.
import type { Dirent } from "node:fs";
import { lstat, readdir } from "node:fs/promises";
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
  /** In a probe, the file paths the lookups asked for. */
  private asked: Set<string> | null = null;

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

  /** Walks `root`, leaving out dot-folders, build output and `exclude` (the journal, when it is inside). */
  static async read(root: string, exclude?: string): Promise<SourceTree> {
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
          if (!MARKDOWN_EXTENSIONS.includes(extensionOf(entry.name))) others.push(child);
          else markdown.push(child);
        }
      }
    };
    await walk("");
    return new SourceTree(root, markdown, others, await isVault(root));
  }

  /** A tree that has only the post `only` and records the file paths its lookups ask for (`asked`), to check them with `one`. */
  static probe(only: string): SourceTree {
    const tree = new SourceTree("", [only], [], false);
    tree.asked = new Set();
    return tree;
  }

  /** The file paths a probe was asked for. */
  askedPaths(): string[] {
    return [...(this.asked ?? [])];
  }

  /**
   * The tree of one file imported alone: the post `only` (a file name in `root`) and, of `paths` (what its
   * links may name, from a probe), those `read` would have found. Each is checked by itself; no folder is listed.
   * Other Markdown files are neither posts nor files to copy.
   */
  static async one(root: string, exclude: string | undefined, only: string, paths: readonly string[]): Promise<SourceTree> {
    const dirs = new Map<string, Promise<boolean>>();
    const found = await Promise.all(paths.map(async (rel) => ((await walkedFile(root, rel, exclude, dirs)) ? rel : null)));
    const others = found.filter((rel): rel is string => rel !== null).sort();
    return new SourceTree(root, [only], others, await isVault(root));
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
    if (clean) this.asked?.add(clean);
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
    // A one-file import looks for the name beside the file only.
    const beside = joinRelative(dir, name);
    if (beside) this.asked?.add(beside);
    return all.find((r) => dirOf(r) === dir) ?? all[0] ?? null;
  }
}

function isVault(root: string): Promise<boolean> {
  return exists(path.join(root, OBSIDIAN_DIR));
}

/**
 * Whether the walk of `read` lists `rel` as a file to copy: no dot-name or skipped folder on the way,
 * not in `exclude`, real folders and a real file (symbolic links are not followed), not Markdown.
 * `dirs` remembers the folders checked.
 */
async function walkedFile(root: string, rel: string, exclude: string | undefined, dirs: Map<string, Promise<boolean>>): Promise<boolean> {
  const parts = rel.split("/");
  if (parts.some((p) => p === "" || p.startsWith(".")) || MARKDOWN_EXTENSIONS.includes(extensionOf(rel))) return false;
  const isKind = async (abs: string, kind: "dir" | "file"): Promise<boolean> => {
    const st = await lstat(abs).catch(() => null);
    return kind === "dir" ? (st?.isDirectory() ?? false) : (st?.isFile() ?? false);
  };
  for (let i = 1; i < parts.length; i++) {
    const abs = path.resolve(root, ...parts.slice(0, i));
    if (SKIPPED_SOURCE_DIRS.includes(parts[i - 1] ?? "") || abs === exclude) return false;
    let known = dirs.get(abs);
    if (!known) dirs.set(abs, (known = isKind(abs, "dir")));
    if (!(await known)) return false;
  }
  return isKind(path.resolve(root, ...parts), "file");
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
