// Images of the journal that posts show: found inside the journal only (never through a link that
// leads out of it, never in hidden folders), copied into a site or embedded in a single file.
import { readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { imageTypeOf } from "../../common/export/index.js";
import { exportError } from "./errors.js";

/** An image file of the journal. */
export interface MediaFile {
  /** Journal path. */
  rel: string;
  /** Absolute path of the file itself (links resolved). */
  abs: string;
  type: string;
  size: number;
  mtimeMs: number;
}

/** True when `rel` lies in a hidden folder (.trash, .git, .tsuzuri), is hidden, or is under node_modules. */
function hidden(rel: string): boolean {
  return rel.split("/").some((s) => s.startsWith(".") || s === "node_modules");
}

/**
 * The image at journal path `rel`, or null when it is not an image export may use: not an image
 * type, hidden, missing, not a file, or (through a symbolic link) outside the journal `realDir`
 * (the journal folder with its links resolved).
 */
export async function findImage(dir: string, realDir: string, rel: string): Promise<MediaFile | null> {
  const type = imageTypeOf(rel);
  if (type === null || hidden(rel)) return null;
  try {
    const abs = await realpath(path.join(dir, ...rel.split("/")));
    const back = path.relative(realDir, abs);
    if (back === "" || back.startsWith("..") || path.isAbsolute(back)) return null;
    const st = await stat(abs);
    return st.isFile() ? { rel, abs, type, size: st.size, mtimeMs: st.mtimeMs } : null;
  } catch {
    return null;
  }
}

/** Every image among `refs` (journal paths), by journal path. */
export async function findImages(dir: string, refs: Iterable<string>): Promise<Map<string, MediaFile>> {
  let realDir: string;
  try {
    realDir = await realpath(dir);
  } catch (e) {
    throw exportError(e, "read", dir);
  }
  const found = new Map<string, MediaFile>();
  for (const rel of [...new Set(refs)].sort()) {
    const image = await findImage(dir, realDir, rel);
    if (image) found.set(rel, image);
  }
  return found;
}

/** The image as a data: URL. */
export async function dataUrl(image: MediaFile): Promise<string> {
  return `data:${image.type};base64,${(await readFile(image.abs)).toString("base64")}`;
}
