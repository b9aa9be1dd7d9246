// Files a post refers to (images, PDFs…) copied from the imported folder into the journal, under
// assets/<post file name without .md>/<file name>. A file several posts use is copied once and
// shared; names already taken get -2, -3…. Nothing is overwritten; nothing in the source changes.
import { constants } from "node:fs";
import { copyFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { baseOf } from "../../common/import/index.js";
import { numberedFileName } from "../../common/post/index.js";
import { ASSETS_DIR } from "./constants.js";
import { exists } from "./exists.js";

/** Copies source files into a journal, remembering where each went. */
export class AssetCopier {
  private readonly copied = new Map<string, string>();
  private readonly taken = new Set<string>();
  /** Files copied (or, in a dry run, that would be). */
  count = 0;

  constructor(
    private readonly sourceDir: string,
    private readonly journalDir: string,
    private readonly dryRun: boolean,
  ) {}

  /** The journal path of source file `sourceRel`, copied for the post at `postPath` on first use. */
  async copy(sourceRel: string, postPath: string): Promise<string> {
    const known = this.copied.get(sourceRel);
    if (known) return known;
    const stem = baseOf(postPath).replace(/\.md$/i, "");
    const dirRel = `${ASSETS_DIR}/${stem}`;
    const name = baseOf(sourceRel);
    let rel = "";
    for (let n = 1; ; n++) {
      rel = `${dirRel}/${numberedFileName(name, n)}`;
      if (this.taken.has(rel.toLowerCase())) continue;
      if (await exists(this.abs(this.journalDir, rel))) continue;
      break;
    }
    this.taken.add(rel.toLowerCase());
    if (!this.dryRun) {
      await mkdir(this.abs(this.journalDir, dirRel), { recursive: true });
      await copyFile(this.abs(this.sourceDir, sourceRel), this.abs(this.journalDir, rel), constants.COPYFILE_EXCL);
    }
    this.copied.set(sourceRel, rel);
    this.count++;
    return rel;
  }

  private abs(root: string, rel: string): string {
    return path.join(root, ...rel.split("/"));
  }
}
