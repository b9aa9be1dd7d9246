// Following the disk: bringing the index entry of a path in line with its file, and telling whether
// that is news (a change another program made) or our own write seen again by the watcher.
import type { PostSummary } from "../../contract/index.js";
import { stat } from "node:fs/promises";
import path from "node:path";
import { TsuzuriError } from "../../contract/index.js";
import { VERIFY_BATCH, VERIFY_PAUSE_MS, VERIFY_START_DELAY_MS, VERIFY_START_STEP_MS } from "./constants.js";
import { errnoOf, isMissing } from "./errors.js";
import type { Mutex } from "./mutex.js";
import { realPostPath } from "./paths.js";
import { walkPosts } from "./walk.js";
import { entryOf, readPostFile, summaryOf, type PostFile } from "./post-file.js";
import type { PostIndex } from "./post-index.js";

/** Who made a change: this program (through the Journal), or another one (found on disk). */
export type ChangeOrigin = "app" | "disk";

/**
 * A change to the journal, as its listeners hear it (the search index, the app's events). A change
 * this program made carries the post's body when the write had it, so no listener reads it again.
 */
export type JournalChange =
  { type: "changed"; post: PostSummary; origin: ChangeOrigin; body?: string } | { type: "removed"; path: string; origin: ChangeOrigin };

/** Brings the entry of `rel` in line with the disk; the change to report, or null when there is none (our own write). */
export async function syncPath(dir: string, index: PostIndex, rel: string): Promise<JournalChange | null> {
  let file: PostFile;
  try {
    file = await readPostFile(await realPostPath(dir, rel), rel);
  } catch (e) {
    // Gone, a folder now, a link out of the journal, or too large: no longer a post the journal shows.
    const gone =
      isMissing(e) || errnoOf(e) === "EISDIR" || (e instanceof TsuzuriError && (e.code === "invalid-argument" || e.code === "unsupported"));
    if (gone && index.remove(rel)) return { type: "removed", path: rel, origin: "disk" };
    return null;
  }
  const entry = entryOf(file);
  const old = index.get(rel);
  if (old && old.hash === entry.hash) {
    if (old.mtimeMs !== entry.mtimeMs || old.size !== entry.size) index.put(rel, entry);
    return null;
  }
  index.put(rel, entry);
  return { type: "changed", post: summaryOf(rel, entry), origin: "disk" };
}

/** The journal paths to sync after folder `rel` changed: those indexed under it and those found in it now. */
export async function pathsUnder(dir: string, index: PostIndex, rel: string): Promise<string[]> {
  const known = [...index.paths()].filter((k) => k.startsWith(rel + "/"));
  const found = await walkPosts(dir, rel).catch(() => []);
  return [...new Set([...known, ...found])];
}

/** The journal paths whose file is new, gone, or of another mtime or size than its entry (null: the folder cannot be read). */
export async function stalePaths(dir: string, index: PostIndex): Promise<string[] | null> {
  const found = await walkPosts(dir).catch(() => null);
  if (!found) return null;
  const onDisk = new Set(found);
  const out = [...index.paths()].filter((rel) => !onDisk.has(rel));
  for (const rel of found) {
    const entry = index.get(rel);
    const st = await stat(path.join(dir, ...rel.split("/"))).catch(() => null);
    if (!entry || !st || st.mtimeMs !== entry.mtimeMs || st.size !== entry.size) out.push(rel);
  }
  return out;
}

/**
 * From VERIFY_START_DELAY_MS after open, re-reads every post of `index` whose entry came from the
 * cache (see PostIndex#cachedAtLoad), VERIFY_BATCH at a time
 * under `lock` (VERIFY_PAUSE_MS apart, between other work), with
 * `sync` (which corrects an entry whose content changed without a new mtime or size: the index
 * trusts those two when it opens). Stops when `closed()`. Never throws.
 */
export async function verifyAll(index: PostIndex, lock: Mutex, closed: () => boolean, sync: (rel: string) => Promise<void>): Promise<void> {
  const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
  // In short steps, so that a journal closed meanwhile keeps nothing waiting.
  for (let waited = 0; waited < VERIFY_START_DELAY_MS && !closed(); waited += VERIFY_START_STEP_MS) await pause(VERIFY_START_STEP_MS);
  // Posts read at open are as on disk: only those taken from the cache are checked.
  const all = [...index.cachedAtLoad()];
  for (let i = 0; i < all.length && !closed(); i += VERIFY_BATCH) {
    await pause(VERIFY_PAUSE_MS);
    await lock
      .run(async () => {
        for (const rel of all.slice(i, i + VERIFY_BATCH)) if (index.has(rel) && !closed()) await sync(rel);
      })
      .catch(() => undefined);
  }
}
