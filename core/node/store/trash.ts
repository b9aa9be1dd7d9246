// The trash: deleted posts wait in <journal>/.trash/ under unique names; .trash/.meta.json remembers
// where each came from, so restore can put it back. Every step is ordered so that a crash or a
// failure at any point leaves the post findable with its origin, and the next open finishes the step
// (see trash-recover). Nothing is written when .trash/ leads out of the journal.
import { lstat, readdir, readFile, realpath, unlink } from "node:fs/promises";
import path from "node:path";
import { TsuzuriError, type TrashEntry } from "../../contract/index.js";
import { isPostFileName, numberedFileName, parsePost } from "../../common/post/index.js";
import { MAX_NAME_ATTEMPTS, POSTS_DIR, TRASH_DIR } from "./constants.js";
import { isMissing } from "./errors.js";
import { localIso } from "./local-time.js";
import { makeDir } from "./make-dir.js";
import { isPostPath, realPostPath, toRelative } from "./paths.js";
import { decodeUtf8 } from "./post-file.js";
import { TrashMeta, type Meta, type MetaEntry } from "./trash-meta.js";
import { recoverTrash } from "./trash-recover.js";
import { moveToUniqueFile } from "./unique-path.js";

/** The trash folder of one journal. */
export class Trash {
  readonly dir: string;
  private readonly meta: TrashMeta;

  constructor(private readonly journalDir: string) {
    this.dir = path.join(journalDir, TRASH_DIR);
    this.meta = new TrashMeta(this.dir);
  }

  /**
   * Moves the post at `abs` (journal path `rel`, title `title`) into the trash. Its record is written
   * first: if that fails (a full disk), the post stays where it is and the error is thrown.
   */
  async put(abs: string, rel: string, title: string): Promise<TrashEntry> {
    await makeDir(this.dir);
    await this.assertConfined();
    const name = await freeName(this.dir, path.posix.basename(rel));
    const entry: MetaEntry = { originalPath: rel, title, deletedAt: localIso() };
    const meta = await this.meta.read();
    meta.entries[name] = entry;
    await this.meta.write(meta);
    let moved: string;
    try {
      moved = path.basename(await moveToUniqueFile(abs, this.dir, name));
    } catch (e) {
      // The move may have happened before the error (a folder fsync after it): then the post is in the
      // trash and its record must stay, or restoring it would lose its folder.
      const present = (p: string) =>
        lstat(p).then(
          () => true,
          () => false,
        );
      const movedAnyway = !(await present(abs)) && (await present(path.join(this.dir, name)));
      if (!movedAnyway) {
        delete meta.entries[name];
        await this.meta.write(meta).catch(() => undefined);
      }
      throw e;
    }
    if (moved !== name) {
      // Someone took the name in between: the record follows the file.
      delete meta.entries[name];
      meta.entries[moved] = entry;
      await this.meta.write(meta).catch(() => undefined);
    }
    return { trashPath: `${TRASH_DIR}/${moved}`, ...entry };
  }

  /** Every post in the trash, most recently deleted first. */
  async list(): Promise<TrashEntry[]> {
    let names: string[];
    try {
      names = (await readdir(this.dir, { withFileTypes: true }))
        .filter((d) => d.isFile() && isPostFileName(d.name) && !d.name.startsWith("."))
        .map((d) => d.name);
    } catch (e) {
      if (isMissing(e)) return [];
      throw e;
    }
    if (names.length > 0) await this.assertConfined();
    const meta = await this.meta.read();
    const out = await Promise.all(names.map((name) => this.entryOf(name, meta)));
    return out
      .filter((e): e is TrashEntry => e !== null)
      .sort((a, b) => (a.deletedAt < b.deletedAt ? 1 : a.deletedAt > b.deletedAt ? -1 : 0));
  }

  /**
   * Moves `trashPath` back into the journal: to its original path if that is free, else to a
   * numbered name beside it. A post without a record (deleted by an older version) goes to
   * posts/<year>/ when its name starts with a date, else to the journal's top folder. Returns the
   * journal path it now has. The target is recorded before the move, so a crash is finished on the next open.
   */
  async restore(trashPath: string): Promise<string> {
    const name = this.nameOf(trashPath);
    const from = path.join(this.dir, name);
    await this.assertConfined();
    try {
      if (!(await lstat(from)).isFile())
        throw new TsuzuriError("invalid-argument", `${trashPath} is not a file, so Tsuzuri does not restore it.`);
    } catch (e) {
      if (isMissing(e)) throw new TsuzuriError("not-found", `There is no ${trashPath} in the trash.`);
      throw e;
    }
    const meta = await this.meta.read();
    const entry = meta.entries[name];
    const targetAbs = await realPostPath(this.journalDir, placeOf(name, entry?.originalPath));
    await makeDir(path.dirname(targetAbs));
    const planned = await freeName(path.dirname(targetAbs), path.basename(targetAbs));
    if (entry) {
      entry.restoringTo = toRelative(this.journalDir, path.join(path.dirname(targetAbs), planned));
      await this.meta.write(meta);
    }
    let moved: string;
    try {
      moved = await moveToUniqueFile(from, path.dirname(targetAbs), planned);
    } catch (e) {
      if (entry) {
        delete entry.restoringTo;
        await this.meta.write(meta).catch(() => undefined);
      }
      throw e;
    }
    delete meta.entries[name];
    // A leftover record of a file no longer in the trash is harmless (the next open drops it).
    await this.meta.write(meta).catch(() => undefined);
    return toRelative(this.journalDir, moved);
  }

  /** Deletes `trashPath` for good, with its record. Only files directly in the journal's own .trash/ are ever removed. */
  async purge(trashPath: string): Promise<void> {
    const name = this.nameOf(trashPath);
    await this.assertConfined();
    try {
      await unlink(path.join(this.dir, name));
    } catch (e) {
      if (isMissing(e)) throw new TsuzuriError("not-found", `There is no ${trashPath} in the trash.`);
      throw e;
    }
    await this.forget([name]);
  }

  /** Deletes every post in the trash for good, with their records; returns how many. */
  async empty(): Promise<number> {
    const entries = await this.list();
    if (entries.length === 0) return 0;
    await this.assertConfined();
    const names = entries.map((e) => this.nameOf(e.trashPath));
    for (const name of names) await unlink(path.join(this.dir, name)).catch((e: unknown) => (isMissing(e) ? undefined : Promise.reject(e)));
    await this.forget(names);
    return names.length;
  }

  /**
   * Finishes or undoes what a crash interrupted (see recoverTrash) and removes temp files left in
   * the trash. Never throws: a trash it cannot put in order is left as it is.
   */
  async recover(): Promise<void> {
    try {
      await lstat(this.dir);
      await this.assertConfined();
    } catch {
      return;
    }
    await recoverTrash(this.journalDir, this.dir, this.meta).catch(() => undefined);
  }

  /** Drops the records of `names` (files no longer in the trash). */
  private async forget(names: string[]): Promise<void> {
    const meta = await this.meta.read();
    for (const name of names) delete meta.entries[name];
    await this.meta.write(meta).catch(() => undefined);
  }

  /** Refuses to read or write anything when .trash/ is (or leads through) a link out of the journal. */
  private async assertConfined(): Promise<void> {
    const [root, real] = await Promise.all([realpath(this.journalDir), realpath(this.dir)]);
    if (path.relative(root, real) !== TRASH_DIR) {
      throw new TsuzuriError(
        "invalid-argument",
        `${TRASH_DIR} is a link that leads elsewhere, so Tsuzuri does not use it: nothing was moved or deleted.`,
      );
    }
  }

  /** The file name inside the trash of `trashPath` (".trash/<name>.md"); throws invalid-argument otherwise. */
  private nameOf(trashPath: string): string {
    const prefix = `${TRASH_DIR}/`;
    const name = trashPath.startsWith(prefix) ? trashPath.slice(prefix.length) : "";
    if (!name || name.includes("/") || name.includes("\\") || name.startsWith(".") || !isPostFileName(name)) {
      throw new TsuzuriError("invalid-argument", `Not a post in the trash: ${JSON.stringify(trashPath)}`);
    }
    return name;
  }

  private async entryOf(name: string, meta: Meta): Promise<TrashEntry | null> {
    const trashPath = `${TRASH_DIR}/${name}`;
    const known = meta.entries[name];
    if (known) return { trashPath, originalPath: known.originalPath, title: known.title, deletedAt: known.deletedAt };
    try {
      const file = path.join(this.dir, name);
      const [st, bytes] = await Promise.all([lstat(file), readFile(file)]);
      return {
        trashPath,
        originalPath: placeOf(name, undefined),
        title: parsePost(decodeUtf8(bytes).text, name).title,
        deletedAt: localIso(st.mtime),
      };
    } catch {
      return null;
    }
  }
}

/** Where a post named `name` in the trash goes back to: its recorded path, else posts/<year>/ for a dated name, else the top folder. */
function placeOf(name: string, original: string | undefined): string {
  if (original && isPostPath(original)) return original;
  const year = /^(\d{4})-\d\d-\d\d-/.exec(name)?.[1];
  return year ? `${POSTS_DIR}/${year}/${name}` : name;
}

/** The first name like `fileName` (-2, -3…) that no file in `dir` has (the move itself never replaces one either). */
async function freeName(dir: string, fileName: string): Promise<string> {
  for (let n = 1; n <= MAX_NAME_ATTEMPTS; n++) {
    const candidate = numberedFileName(fileName, n);
    try {
      await lstat(path.join(dir, candidate));
    } catch (e) {
      if (isMissing(e)) return candidate;
      throw e;
    }
  }
  throw new TsuzuriError("exists", `No free file name like ${fileName}.`);
}
