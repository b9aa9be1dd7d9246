// Watching a journal folder for changes made by other programs, reported per journal path after the
// path has been quiet for a moment. Deciding what actually changed is the caller's job: a report only
// says "look at this path", so the watcher needs no exact event semantics.
//
// Folders are watched, never files: one fs.watch per folder on Linux (inotify reports its files'
// changes), one recursive fs.watch of the journal elsewhere (macOS FSEvents, Windows). chokidar, used
// before, lstat'ed and watched every file: on a 10,000-post journal that was ~10,000 inotify watches
// and ~0.5 s of the host's CPU just after it opened, while the window was asking for the list. A new
// folder is watched before it is read, so nothing written into it meanwhile is missed.
import { watch, type FSWatcher } from "node:fs";
import { lstat, readdir } from "node:fs/promises";
import path from "node:path";
import { WATCH_DEBOUNCE_MS } from "./constants.js";
import { isIgnoredRelative, isPostPath } from "./paths.js";

/** Callbacks of a journal watcher, with journal paths ("/"-separated). */
export interface WatchHandlers {
  /** A post file may have been added, changed or removed. */
  file(rel: string): void;
  /** A folder may have been added or removed (with whatever posts it holds). */
  folder(rel: string): void;
}

/** A running watcher. */
export interface JournalWatcher {
  /** Resolves once every folder is watched and changes are being reported. */
  ready: Promise<void>;
  close(): Promise<void>;
}

/** Where one recursive watch of the journal reports changes below it (Linux has it only in Node's own emulation). */
const NATIVE_RECURSIVE = process.platform === "darwin" || process.platform === "win32";

const join = (parent: string, name: string): string => (parent === "" ? name : `${parent}/${name}`);

/**
 * Starts watching journal folder `dir` (dot-folders, node_modules and non-.md files ignored; links to
 * folders not followed). `recursive`: one recursive watch instead of one per folder (the default
 * where the OS has it; tests use it on Linux too, through Node's emulation).
 */
export function watchJournal(dir: string, handlers: WatchHandlers, recursive = NATIVE_RECURSIVE): JournalWatcher {
  const timers = new Map<string, NodeJS.Timeout>();
  /** Every folder of the journal known to be there, by journal path ("" is the journal); its watcher on Linux. */
  const folders = new Map<string, FSWatcher | null>();
  let closed = false;
  const abs = (rel: string): string => path.join(dir, ...rel.split("/"));

  /** Runs `fn` once `key` has been quiet for WATCH_DEBOUNCE_MS. */
  const later = (key: string, fn: () => Promise<void> | void): void => {
    if (closed) return;
    clearTimeout(timers.get(key));
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        if (!closed) void Promise.resolve(fn()).catch(() => undefined);
      }, WATCH_DEBOUNCE_MS),
    );
  };

  /** Something happened at `name` in folder `parent` (when the OS left the name out, the whole folder is looked at). */
  const onEvent = (parent: string, name: string | Buffer | null): void => {
    if (closed) return;
    if (name === null) return later(`d:${parent}`, () => handlers.folder(parent));
    const rel = recursive ? String(name).split(path.sep).join("/") : join(parent, String(name));
    if (!isIgnoredRelative(rel)) later(`p:${rel}`, () => look(rel));
  };

  const startWatching = (rel: string): FSWatcher | null => {
    if (recursive && rel !== "") return null;
    try {
      const w = watch(abs(rel), { persistent: false, recursive: recursive && rel === "" }, (_type, name) => onEvent(rel, name));
      // Watching is best effort (the folder went, the OS's limit on watches): errors must not crash the app.
      w.on("error", () => forget(rel));
      return w;
    } catch {
      return null;
    }
  };

  /** Watches folder `rel` and every folder under it (not links), each before it is read. */
  const add = async (rel: string): Promise<void> => {
    if (closed || folders.has(rel) || (rel !== "" && isIgnoredRelative(rel))) return;
    folders.set(rel, startWatching(rel));
    const entries = await readdir(abs(rel), { withFileTypes: true }).catch(() => []);
    for (const e of entries) if (e.isDirectory() && !e.name.startsWith(".") && e.name !== "node_modules") await add(join(rel, e.name));
  };

  /** Stops watching folder `rel` and those under it; true if it was watched. */
  const forget = (rel: string): boolean => {
    let was = false;
    for (const [f, w] of folders) {
      if (f !== rel && !f.startsWith(`${rel}/`)) continue;
      w?.close();
      folders.delete(f);
      was = true;
    }
    return was;
  };

  /** Reports what `rel` may now be: a new folder (watched first), a folder gone, a post. */
  const look = async (rel: string): Promise<void> => {
    if (closed) return;
    const st = await lstat(abs(rel)).catch(() => null);
    if (closed) return;
    if (st?.isDirectory()) {
      if (folders.has(rel)) return;
      await add(rel);
      if (!closed) handlers.folder(rel);
      return;
    }
    if (rel !== "" && forget(rel)) handlers.folder(rel);
    if (isPostPath(rel)) handlers.file(rel);
  };

  const ready = add("");
  return {
    ready,
    async close() {
      closed = true;
      for (const t of timers.values()) clearTimeout(t);
      timers.clear();
      await ready.catch(() => undefined);
      for (const w of folders.values()) w?.close();
      folders.clear();
    },
  };
}
