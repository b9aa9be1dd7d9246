// Paths inside a journal: "/"-separated relative paths in the API, absolute paths on disk.
import { realpath } from "node:fs/promises";
import path from "node:path";
import { TsuzuriError } from "../../contract/index.js";
import { isPostFileName } from "../../common/post/file-name.js";

/** `abs` (inside `dir`) as a journal path: relative, with "/" separators. */
export function toRelative(dir: string, abs: string): string {
  return path.relative(dir, abs).split(path.sep).join("/");
}

/** True for paths Tsuzuri leaves alone: inside a dot-folder (.git, .trash, .tsuzuri), a dot-file, or node_modules. */
export function isIgnoredRelative(rel: string): boolean {
  return rel.split("/").some((s) => s.startsWith(".") || s === "node_modules");
}

/** True when `rel` names a file Tsuzuri treats as a post: a .md file outside ignored folders. */
export function isPostPath(rel: string): boolean {
  return rel !== "" && isPostFileName(rel) && !isIgnoredRelative(rel);
}

/** Throws invalid-argument unless `rel` is a clean relative path (no "..", no "\\", not absolute). */
export function checkRelative(rel: string, what = "path"): void {
  const segments = rel.split("/");
  const bad =
    rel === "" ||
    rel.includes("\0") ||
    rel.includes("\\") ||
    rel.startsWith("/") ||
    /^[A-Za-z]:/.test(rel) ||
    segments.some((s) => s === "" || s === "." || s === "..");
  if (bad) throw new TsuzuriError("invalid-argument", `Not a valid ${what} inside the journal: ${JSON.stringify(rel)}`);
}

/** The absolute path of post `rel` in journal `dir`; throws invalid-argument for anything but a post path. */
export function postPath(dir: string, rel: string): string {
  checkRelative(rel, "post path");
  if (!isPostPath(rel)) throw new TsuzuriError("invalid-argument", `Not a post of the journal (a .md file outside hidden folders): ${rel}`);
  return resolveInside(dir, rel);
}

/** `dir` joined with the relative path `rel`, checked to stay inside `dir`. */
export function resolveInside(dir: string, rel: string): string {
  const abs = path.resolve(dir, ...rel.split("/"));
  const back = path.relative(dir, abs);
  if (back === "" || back.startsWith("..") || path.isAbsolute(back))
    throw new TsuzuriError("invalid-argument", `Path outside the journal: ${rel}`);
  return abs;
}

/**
 * The absolute path of post `rel`, also checked on the real file system: a symbolic link (to the file
 * or to a folder on its way) that leads out of the journal is refused, so no operation reads or writes
 * outside the folder the user chose. A missing file is checked through its nearest existing folder.
 */
export async function realPostPath(dir: string, rel: string): Promise<string> {
  return confineReal(dir, postPath(dir, rel), rel);
}

/**
 * The absolute path of `rel` (any clean relative path) in journal `dir`, checked on the real file
 * system as realPostPath checks posts: no symbolic link on its way may lead out of the journal.
 */
export async function realPathInside(dir: string, rel: string): Promise<string> {
  checkRelative(rel);
  return confineReal(dir, resolveInside(dir, rel), rel);
}

/** `abs` (the path of `rel` in `dir`), unless its real path or its nearest existing folder's lies outside `dir`. */
async function confineReal(dir: string, abs: string, rel: string): Promise<string> {
  const root = await realpath(dir).catch(() => path.resolve(dir));
  let probe = abs;
  let real: string | null = null;
  while (real === null) {
    try {
      real = await realpath(probe);
    } catch {
      const parent = path.dirname(probe);
      if (parent === probe) return abs;
      probe = parent;
    }
  }
  const back = path.relative(root, real);
  if (back.startsWith("..") || path.isAbsolute(back)) {
    throw new TsuzuriError(
      "invalid-argument",
      `${rel} leads out of the journal through a symbolic link, so Tsuzuri does not open or change it.`,
    );
  }
  return abs;
}
