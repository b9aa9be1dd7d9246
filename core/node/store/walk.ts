// Finding every post file of a journal (and what a crash or the permissions left in the way).
import type { Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { isPostFileName } from "../../common/post/file-name.js";
import { isPostTempName } from "./atomic-write.js";
import { errnoOf, fsError } from "./errors.js";

/** True for names a walk passes over: dot-files, dot-folders and node_modules. */
export const isSkippedName = (name: string): boolean => name.startsWith(".") || name === "node_modules";

/** A file or folder of the journal that could not be read, and why (a sentence). */
export interface Unreadable {
  path: string;
  reason: string;
}

/** What a walk found: the posts, the temp files interrupted writes left, and what could not be read. */
export interface JournalFiles {
  posts: string[];
  /** Journal paths of `.<name>.md.<hex>.tmp` files (only Tsuzuri makes these). */
  temps: string[];
  unreadable: Unreadable[];
}

/**
 * The journal paths ("/"-separated, relative to `dir`) of every .md file under `dir` (or under its
 * subfolder `sub`), skipping dot-files, dot-folders and node_modules. Symbolic links to files inside
 * the journal are included; links that lead out of it, dangling links and links to folders are not.
 * Unreadable subfolders are left out (see walkJournal to hear of them); an unreadable top folder throws.
 */
export async function walkPosts(dir: string, sub = ""): Promise<string[]> {
  return (await walkJournal(dir, sub)).posts;
}

/** walkPosts, with the temp files found and the folders that could not be read. */
export async function walkJournal(dir: string, sub = ""): Promise<JournalFiles> {
  const out: JournalFiles = { posts: [], temps: [], unreadable: [] };
  const root = await realpath(dir).catch(() => path.resolve(dir));
  await walkInto({ dir, root, out }, sub, true);
  return out;
}

interface Walk {
  dir: string;
  root: string;
  out: JournalFiles;
}

async function walkInto(w: Walk, rel: string, top: boolean): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(rel ? path.join(w.dir, ...rel.split("/")) : w.dir, { withFileTypes: true });
  } catch (e) {
    if (top) throw e;
    const code = errnoOf(e);
    if (code === "ENOENT" || code === "ENOTDIR") return;
    w.out.unreadable.push({ path: rel, reason: fsError(e, "read the folder", rel).message });
    return;
  }
  const subdirs: string[] = [];
  for (const entry of entries) {
    const childRel = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isFile() && isPostTempName(entry.name)) w.out.temps.push(childRel);
    if (isSkippedName(entry.name)) continue;
    if (entry.isDirectory()) subdirs.push(childRel);
    else if (isPostFileName(entry.name)) {
      if (entry.isFile()) w.out.posts.push(childRel);
      else if (entry.isSymbolicLink() && (await isFileInside(w.root, path.join(w.dir, ...childRel.split("/"))))) w.out.posts.push(childRel);
    }
  }
  await Promise.all(subdirs.map((s) => walkInto(w, s, false)));
}

/** True when the link `abs` leads to a file whose real path is inside the journal's real folder `root`. */
async function isFileInside(root: string, abs: string): Promise<boolean> {
  try {
    const real = await realpath(abs);
    const back = path.relative(root, real);
    if (back === "" || back.startsWith("..") || path.isAbsolute(back)) return false;
    return (await stat(real)).isFile();
  } catch {
    return false;
  }
}
