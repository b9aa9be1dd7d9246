// A journal: a folder of Markdown posts the user owns, with an index cache, a trash and a watcher.
import { lstat, stat } from "node:fs/promises";
import path from "node:path";
import { TsuzuriError, type JournalInfo, type Post, type PostSummary, type SaveResult, type TrashEntry } from "../../contract/index.js";
import { datePrefixOf, isNumberedVariant, newPostText, postFileName } from "../../common/post/index.js";
import { atomicWrite } from "./atomic-write.js";
import { MAX_POST_BYTES, POSTS_DIR } from "./constants.js";
import { fsError, isMissing } from "./errors.js";
import { IndexCache } from "./index-cache.js";
import { makeDir } from "./make-dir.js";
import { localIso, localYmd, newPostId } from "./local-time.js";
import { Mutex } from "./mutex.js";
import { realPathInside, realPostPath, resolveInside, toRelative } from "./paths.js";
import { entryOf, postFileOf, postOf, readPostFile, summaryOf, tooLargeError, type PostFile } from "./post-file.js";
import { PostIndex } from "./post-index.js";
import { pathsUnder, stalePaths, syncPath, verifyAll, type JournalChange } from "./disk-sync.js";
import { recoverAndLoad } from "./open-recovery.js";
import { ChangedOnDiskError } from "./replace-guard.js";
import { retagPosts } from "./retag-plan.js";
import { discardEmptyFile } from "./empty-post.js";
import { updateMetaFile, type MetaInput } from "./post-meta.js";
import { assertRewritable } from "./rewritable.js";
import { savedText } from "./save-text.js";
import type { RetagResult, TagChange } from "./retag.js";
import { Trash } from "./trash.js";
import { moveToUniqueFile, writeUniqueFile } from "./unique-path.js";
import type { CreateInput, JournalOptions, OpenReport, SaveInput } from "./journal-types.js";
import { watchJournal, type JournalWatcher } from "./watcher.js";

export type { JournalChange } from "./disk-sync.js";
export type { Unreadable } from "./walk.js";
export type { CreateInput, JournalOptions, OpenReport, SaveInput } from "./journal-types.js";

/**
 * An open journal. Posts are named by journal paths ("posts/2019/2019-07-24-day-2.md"). Every
 * change (ours, and those seen on disk) runs one at a time. The index cache is written shortly
 * after changes, on flush() and on close().
 */
export class Journal {
  private readonly index: PostIndex;
  /** Posts created by this instance whose file name still follows their title. */
  private readonly fresh = new Set<string>();
  private readonly listeners = new Set<(change: JournalChange) => void>();
  private readonly lock = new Mutex();
  private readonly trash: Trash;
  private watcher: JournalWatcher | null = null;
  private closed = false;
  private verifying: Promise<void> = Promise.resolve();
  /** What opening found and put in order (unreadable files, temp files swept, a tag rename finished). */
  report: OpenReport = { unreadable: [], tempsSwept: 0, retagFinished: [] };

  private constructor(
    readonly dir: string,
    cache: IndexCache,
  ) {
    this.trash = new Trash(dir);
    this.index = new PostIndex(cache);
  }

  /** Opens the journal in `dir` (created if missing): loads the index cache and brings it up to date with the files. */
  static async open(dir: string, options: JournalOptions = {}): Promise<Journal> {
    const abs = path.resolve(dir);
    try {
      await makeDir(abs);
      if (!(await stat(abs)).isDirectory())
        throw new TsuzuriError("invalid-argument", `${abs} is a file, not a folder: a journal is a folder.`);
    } catch (e) {
      throw fsError(e, "open the journal", abs);
    }
    const journal = new Journal(abs, new IndexCache(abs));
    try {
      journal.report = await journal.lock.run(() => recoverAndLoad(abs, journal.trash, journal.index));
      await journal.index.write();
    } catch (e) {
      throw fsError(e, "open the journal", abs);
    }
    if (options.verify ?? options.watch)
      journal.verifying = verifyAll(
        journal.index,
        journal.lock,
        () => journal.closed,
        (rel) => journal.syncPath(rel),
      );
    // The watcher's first scan of a large journal takes long (0.7 s for 10,000 posts, and more if it
    // competes with the load for the disk): it starts after the load, the journal is usable at once,
    // and once the watcher is ready, what changed on disk since the load is caught up with.
    if (options.watch) {
      journal.watcher = watchJournal(abs, { file: (rel) => journal.onDiskFile(rel), folder: (rel) => journal.onDiskFolder(rel) });
      void journal.watcher.ready.then(() => journal.lock.run(() => journal.catchUp())).catch(() => undefined);
    }
    return journal;
  }

  /** Resolves once changes on disk are reported (the watcher's first scan and the catch-up after it are done). */
  async watching(): Promise<void> {
    await this.watcher?.ready;
    await this.lock.run(() => undefined);
  }

  /** The journal's folder, name and number of posts. */
  info(): JournalInfo {
    return { dir: this.dir, name: path.basename(this.dir), postCount: this.index.size, unreadable: this.report.unreadable };
  }

  /** Every post, newest first (by front-matter date, else file mtime). */
  list(): PostSummary[] {
    return this.index.list();
  }

  /**
   * The post at `path`, read from disk now. When its content differs from the index entry (a change
   * that kept the file's size and mtime), the entry is corrected and listeners hear of the change.
   */
  async read(rel: string): Promise<Post> {
    this.assertOpen();
    const abs = await realPostPath(this.dir, rel);
    let file: PostFile;
    try {
      file = await readPostFile(abs, rel);
    } catch (e) {
      throw fsError(e, "read", rel);
    }
    const entry = this.index.get(rel);
    if (entry && entry.hash !== file.hash) await this.lock.run(() => this.syncPath(rel));
    return postOf(file);
  }

  /** Resolves once the background check after open (see JournalOptions.verify) has re-read every post. */
  async verified(): Promise<void> {
    await this.verifying;
  }

  /** Creates a post under posts/YYYY/ named after its title (never replacing a file), and writes it at once. */
  async create(input: CreateInput = {}): Promise<Post> {
    this.assertOpen();
    return this.lock.run(async () => {
      const now = new Date();
      const title = input.title ?? "";
      const ymd = localYmd(now);
      const dirRel = `${POSTS_DIR}/${ymd.slice(0, 4)}`;
      const dirAbs = resolveInside(this.dir, dirRel);
      const text = newPostText({ id: newPostId(), title, date: localIso(now), tags: [] }, input.body ?? "");
      const bytes = Buffer.from(text, "utf8");
      if (bytes.length > MAX_POST_BYTES) throw tooLargeError("The new post", bytes.length, "save");
      try {
        await makeDir(await realPathInside(this.dir, dirRel));
      } catch (e) {
        throw fsError(e, "create a post in", dirRel, "Nothing was written.");
      }
      // Named and written in one step: a crash never leaves an empty post that takes the name.
      const abs = await writeUniqueFile(dirAbs, postFileName(ymd, title), bytes, dirRel);
      const rel = toRelative(this.dir, abs);
      const file = await this.writtenFile(rel, abs, bytes);
      this.fresh.add(rel);
      const entry = entryOf(file);
      this.index.put(rel, entry);
      const summary = summaryOf(rel, entry);
      this.emit({ type: "changed", post: summary, body: file.parsed.body, origin: "app" });
      return { ...summary, body: file.parsed.body };
    });
  }

  /**
   * Saves the editor's state of a post. If the file changed on disk since `baseHash` (and not
   * `force`), nothing is written and the disk version is returned as a conflict. Otherwise the front
   * matter gets the title, the tags (if given), `updated` = now, and `date` and `id` if missing
   * (other keys and comments are kept byte for byte; unreadable front matter is kept verbatim), and
   * the body replaces the old one. A post created by this instance is renamed after its new title.
   */
  async save(input: SaveInput): Promise<SaveResult> {
    this.assertOpen();
    const rel = input.path;
    const abs = await realPostPath(this.dir, rel);
    return this.lock.run(async () => {
      let current: PostFile | null = null;
      try {
        current = await readPostFile(abs, rel);
      } catch (e) {
        if (!isMissing(e)) throw fsError(e, "read", rel, "Nothing was saved.");
      }
      if (current === null && !input.force) {
        throw new TsuzuriError(
          "not-found",
          `${rel} is no longer on disk (moved or deleted by another program), so nothing was written. Saving with force writes it back.`,
        );
      }
      if (current && current.hash !== input.baseHash && !input.force) return { status: "conflict", disk: postOf(current) };
      if (current) assertRewritable(current, rel);
      const text = savedText(current, input, path.basename(abs));
      const bytes = Buffer.from(text, "utf8");
      if (bytes.length > MAX_POST_BYTES) throw tooLargeError(rel, bytes.length, "save");
      if (current === null) await makeDir(path.dirname(abs)).catch(() => undefined);
      try {
        // Unless forced, the file must still be the one just compared with the editor's base.
        await atomicWrite(abs, bytes, { label: rel, expectHash: input.force ? undefined : current?.hash });
      } catch (e) {
        if (!(e instanceof ChangedOnDiskError)) throw e;
        return { status: "conflict", disk: postOf(await readPostFile(abs, rel)) };
      }
      const finalRel = this.fresh.has(rel) ? await this.renameAfterTitle(rel, abs, input.title) : rel;
      const file = await this.writtenFile(finalRel, resolveInside(this.dir, finalRel), bytes);
      const entry = entryOf(file);
      this.index.put(finalRel, entry, rel);
      const post = summaryOf(finalRel, entry);
      this.written(post, rel, file.parsed.body);
      return { status: "saved", post, previousPath: rel };
    });
  }

  /**
   * Changes the tags of the posts at `paths` with `change` (see retagText): only the value of each
   * file's `tags:` is rewritten, atomically, and every other byte (`updated:` included) stays. Posts
   * whose tags do not change are not written; missing, non-UTF-8 and unreadable ones are skipped
   * with a reason. With `dryRun`, nothing is written and `changed` lists what would change.
   */
  async retag(paths: readonly string[], change: TagChange, options: { dryRun?: boolean } = {}): Promise<RetagResult> {
    this.assertOpen();
    return this.lock.run(async () => {
      const result = await retagPosts(this.dir, this.index, paths, change, options.dryRun ?? false);
      if (!options.dryRun) for (const post of result.changed) this.emit({ type: "changed", post, origin: "app" });
      return result;
    });
  }

  /** Moves a post to the trash (.trash/), remembering where it was. */
  async delete(rel: string): Promise<TrashEntry> {
    this.assertOpen();
    const abs = await realPostPath(this.dir, rel);
    return this.lock.run(async () => {
      try {
        const title = this.index.get(rel)?.title ?? (await readPostFile(abs, rel)).parsed.title;
        const entry = await this.trash.put(abs, rel, title);
        this.remove(rel);
        return entry;
      } catch (e) {
        // An error may say "missing" about the trash folder, not the post: only a post really gone leaves the list.
        const gone = await lstat(abs).then(
          () => false,
          (err: unknown) => isMissing(err),
        );
        if (gone) this.remove(rel);
        throw fsError(
          e,
          "move to the trash",
          rel,
          gone ? "It is no longer in its folder: look in the trash." : "The post was not deleted.",
        );
      }
    });
  }

  /** The posts in the trash, most recently deleted first. */
  async listTrash(): Promise<TrashEntry[]> {
    this.assertOpen();
    try {
      return await this.trash.list();
    } catch (e) {
      throw fsError(e, "list", "the trash");
    }
  }

  /** Puts a post back from the trash: at its original path if free, else under a numbered name beside it. */
  async restore(trashPath: string): Promise<PostSummary> {
    this.assertOpen();
    return this.lock.run(async () => {
      try {
        const rel = await this.trash.restore(trashPath);
        const entry = entryOf(await readPostFile(resolveInside(this.dir, rel), rel));
        this.index.put(rel, entry);
        const post = summaryOf(rel, entry);
        this.emit({ type: "changed", post, origin: "app" });
        return post;
      } catch (e) {
        throw fsError(e, "restore", trashPath);
      }
    });
  }

  /** Deletes a post in the trash for good (with its record); nothing outside .trash/ is ever touched. */
  async purgeTrash(trashPath: string): Promise<void> {
    this.assertOpen();
    await this.lock.run(() => this.trash.purge(trashPath).catch((e: unknown) => Promise.reject(fsError(e, "delete", trashPath))));
  }

  /** Deletes every post in the trash for good; returns how many. */
  async emptyTrash(): Promise<number> {
    this.assertOpen();
    return this.lock.run(() => this.trash.empty().catch((e: unknown) => Promise.reject(fsError(e, "empty", "the trash"))));
  }

  /**
   * Changes a post's date, draft state or file name (post details; see updateMetaFile): a conflict
   * when the file changed since `baseHash`. A post given a name of its own no longer follows its title.
   */
  async updateMeta(input: MetaInput): Promise<SaveResult> {
    this.assertOpen();
    return this.lock.run(async () => {
      const outcome = await updateMetaFile(this.dir, input, new Date());
      if ("conflict" in outcome) return { status: "conflict", disk: outcome.conflict };
      if (input.slug !== undefined) this.fresh.delete(input.path);
      const entry = entryOf(outcome.file);
      this.index.put(outcome.rel, entry, input.path);
      const post = summaryOf(outcome.rel, entry);
      this.written(post, input.path, outcome.file.parsed.body);
      return { status: "saved", post, previousPath: input.path };
    });
  }

  /**
   * Removes the file of a post this journal created that is still empty (see isEmptyPost) and unchanged
   * since `baseHash`: a "New post" left without a word. Anything else is left alone. True if removed.
   */
  async discard(rel: string, baseHash: string): Promise<boolean> {
    this.assertOpen();
    const abs = await realPostPath(this.dir, rel);
    return this.lock.run(async () => {
      if (!this.fresh.has(rel)) return false;
      const outcome = await discardEmptyFile(abs, rel, baseHash);
      if (outcome !== "kept") this.remove(rel);
      return outcome === "removed";
    });
  }

  /**
   * Brings the post at `rel` in line with its file now, as the watcher would soon: for files another
   * part of the program wrote (an import). Listeners hear of it as of a change on disk.
   */
  async sync(rel: string): Promise<void> {
    this.assertOpen();
    await this.lock.run(() => this.syncPath(rel));
  }

  /**
   * Listens to every change of the journal: this program's writes (origin "app", as they happen) and
   * other programs' (origin "disk"; needs `watch`, or `sync`). Returns a function that stops listening.
   */
  onChange(listener: (change: JournalChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Writes the index cache now (never fails because of the cache). */
  async flush(): Promise<void> {
    await this.lock.run(() => undefined);
    await this.index.write();
  }

  /** Stops watching, waits for pending changes and writes the index cache. The journal cannot be used after. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.watcher?.close();
    await this.lock.run(() => undefined);
    this.index.close();
    await this.index.write();
    this.listeners.clear();
  }

  private assertOpen(): void {
    if (this.closed) throw new TsuzuriError("no-journal", `The journal ${this.dir} was closed.`);
  }

  /** Renames a fresh post's file after `title` (same folder and day); returns its journal path. Never fails: the text is already saved. */
  private async renameAfterTitle(rel: string, abs: string, title: string): Promise<string> {
    const name = path.basename(abs);
    const wanted = postFileName(datePrefixOf(name) ?? localYmd(), title);
    if (isNumberedVariant(name, wanted)) return rel;
    try {
      const moved = toRelative(this.dir, await moveToUniqueFile(abs, path.dirname(abs), wanted));
      this.fresh.delete(rel);
      this.fresh.add(moved);
      return moved;
    } catch {
      return rel;
    }
  }

  /** The PostFile of bytes just written to `abs`, with the file's new mtime and size. */
  private async writtenFile(rel: string, abs: string, bytes: Uint8Array): Promise<PostFile> {
    const st = await stat(abs).catch(() => null);
    return postFileOf(rel, bytes, st?.mtimeMs ?? Date.now(), st?.size ?? bytes.length);
  }

  /** Takes `rel` out of the list (deleted, discarded, or found gone) and tells the listeners. */
  private remove(rel: string): void {
    this.fresh.delete(rel);
    if (this.index.remove(rel)) this.emit({ type: "removed", path: rel, origin: "app" });
  }

  /** Tells the listeners of a post this program wrote (at `previous` before, when it was renamed). */
  private written(post: PostSummary, previous: string, body: string): void {
    if (previous !== post.path) this.emit({ type: "removed", path: previous, origin: "app" });
    this.emit({ type: "changed", post, body, origin: "app" });
  }

  private emit(change: JournalChange): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(change);
      } catch {
        // A listener's failure is its own; the journal goes on.
      }
    }
  }

  private onDiskFile(rel: string): void {
    this.lock.run(() => this.syncPath(rel)).catch(() => undefined);
  }

  private onDiskFolder(rel: string): void {
    this.lock
      .run(async () => {
        for (const r of await pathsUnder(this.dir, this.index, rel)) await this.syncPath(r);
      })
      .catch(() => undefined);
  }

  /** Syncs each post whose file is new, gone, or of another mtime or size than its entry (after the watcher's first scan). */
  private async catchUp(): Promise<void> {
    if (this.closed) return;
    for (const rel of (await stalePaths(this.dir, this.index)) ?? []) await this.syncPath(rel);
  }

  /** Brings the entry of `rel` in line with the disk and reports what another program changed. */
  private async syncPath(rel: string): Promise<void> {
    if (this.closed) return;
    const change = await syncPath(this.dir, this.index, rel);
    if (change?.type === "removed") this.fresh.delete(rel);
    if (change) this.emit(change);
  }
}
