// Files a post refers to (images, PDFs…) copied from the imported folder into the journal, under
// assets/<post file name without .md>/<file name>. A file several posts use is copied once and
// shared; names already taken get -2, -3…. Nothing is overwritten; nothing in the source changes.
// A copy that fails leaves no part of the file, and the copies of a post that could not be imported
// are taken back (unless another post uses them), so a retry starts clean.
import { constants } from "node:fs";
import { copyFile, mkdir, unlink } from "node:fs/promises";
import path from "node:path";
import { baseOf } from "../../common/import/index.js";
import { numberedFileName } from "../../common/post/index.js";
import { errnoOf } from "../store/errors.js";
import { ASSETS_DIR } from "./constants.js";
import { exists } from "./exists.js";

/** A source file that vanished before it could be copied (its link is left as it was, with a warning). */
export class SourceGone extends Error {}

/** Copies source files into a journal, remembering where each went and for which posts. */
export class AssetCopier {
  private readonly copied = new Map<string, { rel: string; users: Set<object> }>();
  private readonly taken = new Set<string>();
  /** Files copied (or, in a dry run, that would be). */
  count = 0;

  constructor(
    private readonly sourceDir: string,
    private readonly journalDir: string,
    private readonly dryRun: boolean,
  ) {}

  /**
   * The journal path of source file `sourceRel`, copied for the post at `postPath` on first use;
   * `user` (the post's entry) is remembered as using it. Throws SourceGone when the source file is
   * missing, else the system error of the copy (then nothing of the copy is left).
   */
  async copy(sourceRel: string, postPath: string, user: object): Promise<string> {
    const known = this.copied.get(sourceRel);
    if (known) {
      known.users.add(user);
      return known.rel;
    }
    const stem = baseOf(postPath).replace(/\.md$/i, "");
    const dirRel = `${ASSETS_DIR}/${stem}`;
    const name = baseOf(sourceRel);
    let rel = "";
    for (let n = 1; ; n++) {
      rel = `${dirRel}/${numberedFileName(name, n)}`;
      if (this.taken.has(rel.toLowerCase())) continue;
      if (await exists(this.abs(this.journalDir, rel))) continue;
      this.taken.add(rel.toLowerCase());
      if (this.dryRun || (await this.copyTo(sourceRel, dirRel, rel))) break;
      // Someone took the name meanwhile: the next one.
    }
    this.copied.set(sourceRel, { rel, users: new Set([user]) });
    this.count++;
    return rel;
  }

  /** Takes back the copies `user` made or used (its post was not imported): removes those no other post uses. */
  async release(user: object): Promise<void> {
    for (const [sourceRel, asset] of [...this.copied]) {
      if (!asset.users.delete(user) || asset.users.size) continue;
      this.copied.delete(sourceRel);
      this.count--;
      if (!this.dryRun) await unlink(this.abs(this.journalDir, asset.rel)).catch(() => undefined);
      this.taken.delete(asset.rel.toLowerCase());
    }
  }

  /** Copies `sourceRel` to journal path `rel` (never over a file); false when the name was taken meanwhile. */
  private async copyTo(sourceRel: string, dirRel: string, rel: string): Promise<boolean> {
    const to = this.abs(this.journalDir, rel);
    try {
      await mkdir(this.abs(this.journalDir, dirRel), { recursive: true });
      await copyFile(this.abs(this.sourceDir, sourceRel), to, constants.COPYFILE_EXCL);
      return true;
    } catch (e) {
      if (errnoOf(e) === "EEXIST") return false;
      // A copy cut short (a full disk) may have left part of the file: it is ours, remove it.
      await unlink(to).catch(() => undefined);
      this.taken.delete(rel.toLowerCase());
      if (!(await exists(this.abs(this.sourceDir, sourceRel)))) throw new SourceGone("it is no longer in the source folder");
      throw e;
    }
  }

  private abs(root: string, rel: string): string {
    return path.join(root, ...rel.split("/"));
  }
}
