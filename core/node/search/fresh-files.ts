// Proving a saved search index current, for the quick search: every post file it names is there,
// unchanged (mtime and size), and the journal has no other post file. The folders its posts lie in
// are listed all at once through libuv's thread pool (started before the shards are matched, so the
// system calls run meanwhile), then its files are stat'ed. A folder the index does not know (made
// since) is listed too; a post file that is a symbolic link sends the proof to the full walk
// (walkPosts), which follows links only where they stay inside the journal.
import { readdir, statSync, type Dirent } from "node:fs";
import path from "node:path";
import { isPostFileName } from "../../common/post/file-name.js";
import { isSkippedName, walkPosts } from "../store/walk.js";

/** What an index says of a post file. */
export interface SavedFile {
  mtimeMs: number;
  size: number;
}

type Listing = boolean | "walk";

/** Resolves true when the post files of the journal in `dir` are exactly `saved` (journal path → mtime and size), unchanged. */
export async function provesCurrent(dir: string, saved: ReadonlyMap<string, SavedFile>): Promise<boolean> {
  const abs = (rel: string): string => (rel === "" ? dir : path.sep === "/" ? `${dir}/${rel}` : path.join(dir, ...rel.split("/")));
  const folders = new Set<string>([""]);
  for (const rel of saved.keys())
    for (let i = rel.lastIndexOf("/"); i > 0; i = rel.lastIndexOf("/", i - 1)) {
      const folder = rel.slice(0, i);
      if (folders.has(folder)) break;
      folders.add(folder);
    }
  const listings = [...folders].map((f) => [f, list(abs(f))] as const);
  let posts = 0;
  let subfolders = 0;
  /** Checks one folder's entries; folders the index does not know are listed and checked in turn. */
  const check = async (rel: string, entries: Dirent[] | null, known: boolean): Promise<Listing> => {
    if (!entries) return false;
    for (const e of entries) {
      if (isSkippedName(e.name)) continue;
      const child = rel === "" ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) {
        if (folders.has(child)) subfolders++;
        else {
          const inner = await check(child, await list(abs(child)), false);
          if (inner !== true) return inner;
        }
      } else if (isPostFileName(e.name)) {
        if (e.isSymbolicLink()) return "walk";
        if (!e.isFile()) continue;
        if (!known || !saved.has(child)) return false;
        posts++;
      }
    }
    return true;
  };
  let listed: Listing = true;
  for (const [rel, entries] of listings) {
    listed = await check(rel, await entries, true);
    if (listed !== true) break;
  }
  if (listed === "walk") {
    const walked = await walkPosts(dir);
    listed = walked.length === saved.size && walked.every((rel) => saved.has(rel));
  } else if (listed) listed = posts === saved.size && subfolders === folders.size - 1;
  return listed && unchanged(saved, abs);
}

/** True when every file of `saved` has its saved mtime and size (stat'ed one by one: a stat through the thread pool costs the main thread more than the system call does). */
function unchanged(saved: ReadonlyMap<string, SavedFile>, abs: (rel: string) => string): boolean {
  for (const [rel, was] of saved) {
    const st = statSync(abs(rel), { throwIfNoEntry: false });
    if (!st || st.mtimeMs !== was.mtimeMs || st.size !== was.size) return false;
  }
  return true;
}

function list(folder: string): Promise<Dirent[] | null> {
  return new Promise((resolve) => readdir(folder, { withFileTypes: true }, (err, entries) => resolve(err ? null : entries)));
}
