// Finding every post file of a journal.
import type { Dirent } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { isPostFileName } from "../../common/post/file-name.js";
import { errnoOf } from "./errors.js";

const skipped = (name: string): boolean => name.startsWith(".") || name === "node_modules";

/**
 * The journal paths ("/"-separated, relative to `dir`) of every .md file under `dir` (or under its
 * subfolder `sub`), skipping dot-files, dot-folders and node_modules. Symbolic links to files are
 * included; links to folders are not followed. Unreadable subfolders are skipped; an unreadable
 * top folder throws.
 */
export async function walkPosts(dir: string, sub = ""): Promise<string[]> {
  const out: string[] = [];
  await walkInto(dir, sub, out, true);
  return out;
}

async function walkInto(dir: string, rel: string, out: string[], top: boolean): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(rel ? path.join(dir, ...rel.split("/")) : dir, { withFileTypes: true });
  } catch (e) {
    if (top) throw e;
    const code = errnoOf(e);
    if (code === "ENOENT" || code === "EACCES" || code === "EPERM" || code === "ENOTDIR") return;
    throw e;
  }
  const subdirs: string[] = [];
  for (const entry of entries) {
    if (skipped(entry.name)) continue;
    const childRel = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) subdirs.push(childRel);
    else if (isPostFileName(entry.name)) {
      if (entry.isFile()) out.push(childRel);
      else if (entry.isSymbolicLink() && (await isFileBehindLink(path.join(dir, ...childRel.split("/"))))) out.push(childRel);
    }
  }
  await Promise.all(subdirs.map((s) => walkInto(dir, s, out, false)));
}

async function isFileBehindLink(abs: string): Promise<boolean> {
  try {
    return (await stat(abs)).isFile();
  } catch {
    return false;
  }
}
