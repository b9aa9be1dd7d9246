// What opening a journal puts in order after a crash, before the posts are indexed: deletes and
// restores the trash was in the middle of, a tag rename cut short, and the temp files of interrupted
// writes (only Tsuzuri's own, by their `.<name>.md.<hex>.tmp` pattern).
import { lstat, readdir, unlink } from "node:fs/promises";
import path from "node:path";
import { isPostTempName } from "./atomic-write.js";
import { RETAG_PLAN_FILE } from "./constants.js";
import { realPathInside, resolveInside } from "./paths.js";
import { finishRetagPlan } from "./retag-plan.js";
import type { Trash } from "./trash.js";
import type { OpenReport } from "./journal-types.js";
import type { PostIndex } from "./post-index.js";

/**
 * Opens journal `dir`'s files (call under its lock): finishes the trash's interrupted moves and an
 * interrupted tag rename, loads `index` from the cache and the files, and sweeps the temp files found.
 */
export async function recoverAndLoad(dir: string, trash: Trash, index: PostIndex): Promise<OpenReport> {
  await trash.recover();
  const retagFinished = await finishRetagPlan(dir).catch(() => []);
  const loaded = await index.load(dir);
  const own = await ownTemps(dir);
  return { unreadable: loaded.unreadable, tempsSwept: await sweepTemps(dir, [...loaded.temps, ...own]), retagFinished };
}

/** Temp files an interrupted write of the tag-rename plan left in .tsuzuri/ (none when it leads out of the journal). */
async function ownTemps(dir: string): Promise<string[]> {
  const folder = path.posix.dirname(RETAG_PLAN_FILE);
  const plan = path.posix.basename(RETAG_PLAN_FILE);
  try {
    const names = await readdir(await realPathInside(dir, folder));
    return names.filter((n) => n.startsWith(`.${plan}.`) && isPostTempName(n.replace(plan, "x.md"))).map((n) => `${folder}/${n}`);
  } catch {
    return [];
  }
}

/** Removes the temp files `temps` (journal paths found by the walk); returns how many went. Never throws. */
export async function sweepTemps(dir: string, temps: readonly string[]): Promise<number> {
  let swept = 0;
  for (const rel of temps) {
    const name = rel.slice(rel.lastIndexOf("/") + 1);
    if (!isPostTempName(name.replace(path.posix.basename(RETAG_PLAN_FILE), "x.md"))) continue;
    try {
      const abs = resolveInside(dir, rel);
      if (!(await lstat(abs)).isFile()) continue;
      await unlink(abs);
      swept++;
    } catch {
      // Gone already, or not ours to remove.
    }
  }
  return swept;
}
