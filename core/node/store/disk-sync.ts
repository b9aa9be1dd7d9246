// Following the disk: bringing the index entry of a path in line with its file, and telling whether
// that is news (a change another program made) or our own write seen again by the watcher.
import type { PostSummary } from "../../contract/index.js";
import { errnoOf, isMissing } from "./errors.js";
import { resolveInside } from "./paths.js";
import { entryOf, readPostFile, summaryOf, type PostFile } from "./post-file.js";
import type { PostIndex } from "./post-index.js";

/** A change made to the journal by another program. */
export type JournalChange = { type: "changed"; post: PostSummary } | { type: "removed"; path: string };

/** Brings the entry of `rel` in line with the disk; the change to report, or null when there is none (our own write). */
export async function syncPath(dir: string, index: PostIndex, rel: string): Promise<JournalChange | null> {
  let file: PostFile;
  try {
    file = await readPostFile(resolveInside(dir, rel), rel);
  } catch (e) {
    if ((isMissing(e) || errnoOf(e) === "EISDIR") && index.remove(rel)) return { type: "removed", path: rel };
    return null;
  }
  const entry = entryOf(file);
  const old = index.get(rel);
  if (old && old.hash === entry.hash) {
    if (old.mtimeMs !== entry.mtimeMs || old.size !== entry.size) index.put(rel, entry);
    return null;
  }
  index.put(rel, entry);
  return { type: "changed", post: summaryOf(rel, entry) };
}
