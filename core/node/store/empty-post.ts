// A post still exactly as "New post" made it: nothing in it a person wrote, so nothing to keep.
import { unlink } from "node:fs/promises";
import { MANAGED_KEYS } from "../../common/post/index.js";
import { isMissing } from "./errors.js";
import { readPostFile, type PostFile } from "./post-file.js";

const OWN_KEYS = new Set<string>(MANAGED_KEYS);

/**
 * True when `file` holds nothing a person wrote: UTF-8, readable front matter with only Tsuzuri's
 * own keys, no title (or an empty one), no tags, not a draft, and a blank body.
 */
export function isEmptyPost(file: PostFile): boolean {
  const { frontMatter, meta, body } = file.parsed;
  if (!file.utf8 || frontMatter.status !== "ok") return false;
  if (Object.keys(frontMatter.data).some((key) => !OWN_KEYS.has(key))) return false;
  return (meta.title ?? "").trim() === "" && meta.tags.length === 0 && !meta.draft && body.trim() === "";
}

/**
 * Removes the post file `abs` if it is empty (see isEmptyPost) and its hash is still `baseHash`:
 * "removed", "kept" (changed, or not empty: left alone) or "missing" (already gone).
 */
export async function discardEmptyFile(abs: string, rel: string, baseHash: string): Promise<"removed" | "kept" | "missing"> {
  let file: PostFile;
  try {
    file = await readPostFile(abs, rel);
  } catch (e) {
    return isMissing(e) ? "missing" : "kept";
  }
  if (file.hash !== baseHash || !isEmptyPost(file)) return "kept";
  try {
    await unlink(abs);
  } catch (e) {
    return isMissing(e) ? "missing" : "kept";
  }
  return "removed";
}
