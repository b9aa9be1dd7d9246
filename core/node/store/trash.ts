// The trash: deleted posts wait in <journal>/.trash/ under unique names; .trash/.meta.json remembers
// where each came from, so restore can put it back.
import { copyFile, mkdir, readdir, readFile, realpath, rename, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { TsuzuriError, type TrashEntry } from "../../contract/index.js";
import { isPostFileName, parsePost } from "../../common/post/index.js";
import { atomicWrite } from "./atomic-write.js";
import { TRASH_DIR, TRASH_META_FILE } from "./constants.js";
import { isMissing } from "./errors.js";
import { localIso } from "./local-time.js";
import { isPostPath, resolveInside } from "./paths.js";
import { decodeUtf8 } from "./post-file.js";
import { moveToUniqueFile } from "./unique-path.js";

/** What the trash remembers of a deleted post, by its file name in the trash. */
interface MetaEntry {
  originalPath: string;
  title: string;
  deletedAt: string;
}

interface Meta {
  version: 1;
  entries: Record<string, MetaEntry>;
}

/** The trash folder of one journal. */
export class Trash {
  readonly dir: string;
  private readonly metaFile: string;

  constructor(private readonly journalDir: string) {
    this.dir = path.join(journalDir, TRASH_DIR);
    this.metaFile = path.join(this.dir, TRASH_META_FILE);
  }

  /** Moves the post at `abs` (journal path `rel`, title `title`) into the trash and remembers it. */
  async put(abs: string, rel: string, title: string): Promise<TrashEntry> {
    await mkdir(this.dir, { recursive: true });
    const moved = await moveToUniqueFile(abs, this.dir, path.posix.basename(rel));
    const name = path.basename(moved);
    const entry: MetaEntry = { originalPath: rel, title, deletedAt: localIso() };
    const meta = await this.readMeta();
    meta.entries[name] = entry;
    // The post is safe in the trash even if this fails; list() then shows it without its origin.
    await this.writeMeta(meta).catch(() => undefined);
    return { trashPath: `${TRASH_DIR}/${name}`, ...entry };
  }

  /** Every post in the trash, most recently deleted first. */
  async list(): Promise<TrashEntry[]> {
    let names: string[];
    try {
      names = (await readdir(this.dir)).filter((n) => isPostFileName(n) && !n.startsWith("."));
    } catch (e) {
      if (isMissing(e)) return [];
      throw e;
    }
    const meta = await this.readMeta();
    const out = await Promise.all(names.map((name) => this.entryOf(name, meta)));
    return out.filter((e): e is TrashEntry => e !== null).sort((a, b) => (a.deletedAt < b.deletedAt ? 1 : a.deletedAt > b.deletedAt ? -1 : 0));
  }

  /**
   * Moves `trashPath` back into the journal: to its original path if that is free, else to a
   * numbered name beside it (a post without a record goes to the journal's top folder).
   * Returns the journal path it now has.
   */
  async restore(trashPath: string): Promise<string> {
    const name = this.nameOf(trashPath);
    const from = path.join(this.dir, name);
    try {
      await stat(from);
    } catch (e) {
      if (isMissing(e)) throw new TsuzuriError("not-found", `There is no ${trashPath} in the trash.`);
      throw e;
    }
    const meta = await this.readMeta();
    const original = meta.entries[name]?.originalPath;
    const target = original && isPostPath(original) ? original : name;
    const targetAbs = resolveInside(this.journalDir, target);
    await mkdir(path.dirname(targetAbs), { recursive: true });
    const moved = await moveToUniqueFile(from, path.dirname(targetAbs), path.basename(targetAbs));
    delete meta.entries[name];
    await this.writeMeta(meta).catch(() => undefined);
    return path.relative(this.journalDir, moved).split(path.sep).join("/");
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

  /** Drops the records of `names` (files no longer in the trash). */
  private async forget(names: string[]): Promise<void> {
    const meta = await this.readMeta();
    for (const name of names) delete meta.entries[name];
    await this.writeMeta(meta).catch(() => undefined);
  }

  /** Refuses to delete anything when .trash/ is (or leads through) a link out of the journal. */
  private async assertConfined(): Promise<void> {
    const [root, real] = await Promise.all([realpath(this.journalDir), realpath(this.dir)]);
    if (path.relative(root, real) !== TRASH_DIR) {
      throw new TsuzuriError("invalid-argument", `${TRASH_DIR} is a link that leads elsewhere, so Tsuzuri deletes nothing in it.`);
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
    if (known) return { trashPath, ...known };
    try {
      const file = path.join(this.dir, name);
      const [st, bytes] = await Promise.all([stat(file), readFile(file)]);
      return { trashPath, originalPath: name, title: parsePost(decodeUtf8(bytes).text, name).title, deletedAt: localIso(st.mtime) };
    } catch {
      return null;
    }
  }

  /** The trash record; an unreadable one is kept aside as .meta.json.corrupt-<time> and read as empty. */
  private async readMeta(): Promise<Meta> {
    let text: string;
    try {
      text = await readFile(this.metaFile, "utf8");
    } catch {
      return { version: 1, entries: {} };
    }
    try {
      const data: unknown = JSON.parse(text);
      if (typeof data === "object" && data !== null && "entries" in data && typeof data.entries === "object" && data.entries !== null) {
        const entries: Record<string, MetaEntry> = {};
        for (const [k, v] of Object.entries(data.entries as Record<string, unknown>)) if (isMetaEntry(v)) entries[k] = v;
        return { version: 1, entries };
      }
    } catch {
      // fall through: keep the unreadable file aside
    }
    const aside = `${this.metaFile}.corrupt-${Date.now()}`;
    await rename(this.metaFile, aside).catch(() => copyFile(this.metaFile, aside).catch(() => undefined));
    return { version: 1, entries: {} };
  }

  private async writeMeta(meta: Meta): Promise<void> {
    await atomicWrite(this.metaFile, JSON.stringify(meta, null, 2) + "\n", { label: `${TRASH_DIR}/${TRASH_META_FILE}` });
  }
}

function isMetaEntry(v: unknown): v is MetaEntry {
  if (typeof v !== "object" || v === null) return false;
  const r = v as Record<string, unknown>;
  return typeof r.originalPath === "string" && typeof r.title === "string" && typeof r.deletedAt === "string";
}
