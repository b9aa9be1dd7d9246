// Watching a journal folder for changes made by other programs (chokidar), reported per journal
// path after the path has been quiet for a moment. Deciding what actually changed is the caller's job.
import path from "node:path";
import { watch, type FSWatcher } from "chokidar";
import { WATCH_DEBOUNCE_MS, WATCH_NEW_FOLDER_RECHECK_MS } from "./constants.js";
import { isIgnoredRelative, isPostPath, toRelative } from "./paths.js";
import { isPostFileName } from "../../common/post/index.js";

/** Callbacks of a journal watcher, with journal paths ("/"-separated). */
export interface WatchHandlers {
  /** A post file may have been added, changed or removed. */
  file(rel: string): void;
  /** A folder may have been added or removed (with whatever posts it holds). */
  folder(rel: string): void;
}

/** A running watcher. */
export interface JournalWatcher {
  /** Resolves once the initial scan is done and changes are being reported. */
  ready: Promise<void>;
  close(): Promise<void>;
}

/** Starts watching journal folder `dir` (dot-folders, node_modules and non-.md files ignored; links to folders not followed). */
export function watchJournal(dir: string, handlers: WatchHandlers): JournalWatcher {
  const timers = new Map<string, NodeJS.Timeout>();
  let closed = false;
  const later = (key: string, fn: () => void, ms = WATCH_DEBOUNCE_MS): void => {
    if (closed) return;
    clearTimeout(timers.get(key));
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        if (!closed) fn();
      }, ms),
    );
  };
  const relOf = (p: string): string => toRelative(dir, path.resolve(dir, p));
  const watcher: FSWatcher = watch(dir, {
    ignoreInitial: true,
    followSymlinks: false,
    ignored: (p, stats) => {
      const rel = relOf(p);
      if (rel === "" || rel.startsWith("..")) return false;
      if (isIgnoredRelative(rel)) return true;
      return stats?.isFile() === true && !isPostFileName(rel);
    },
  });
  const onFile = (p: string): void => {
    const rel = relOf(p);
    if (isPostPath(rel)) later(`f:${rel}`, () => handlers.file(rel));
  };
  const onFolder = (p: string): void => {
    const rel = relOf(p);
    if (rel !== "" && !isIgnoredRelative(rel)) later(`d:${rel}`, () => handlers.folder(rel));
  };
  watcher.on("add", onFile).on("change", onFile).on("unlink", onFile);
  // A new folder is watched only once chokidar has read it: what changed in it meanwhile is found by a second look.
  const onNewFolder = (p: string): void => {
    onFolder(p);
    const rel = relOf(p);
    if (rel !== "" && !isIgnoredRelative(rel)) later(`n:${rel}`, () => handlers.folder(rel), WATCH_NEW_FOLDER_RECHECK_MS);
  };
  watcher.on("addDir", onNewFolder).on("unlinkDir", onFolder);
  // Watching is best effort (e.g. the OS limit on watches): errors must not crash the app.
  watcher.on("error", () => undefined);
  const ready = new Promise<void>((resolve) => watcher.once("ready", () => resolve()));
  return {
    ready,
    async close() {
      closed = true;
      for (const t of timers.values()) clearTimeout(t);
      timers.clear();
      await watcher.close();
    },
  };
}
