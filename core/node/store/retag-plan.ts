// A tag rename across many posts, journaled: before the first post is rewritten, the plan (each post's
// hash before and its new text) is written to .tsuzuri/retag-plan.json; it is removed once every post
// is done. A rename cut short by a crash is finished on the next open: each post still as it was gets
// its new text, a post someone changed meanwhile is left alone. So no rename stays half done.
import { lstat, readFile, unlink } from "node:fs/promises";
import path from "node:path";
import { atomicWrite } from "./atomic-write.js";
import { MAX_INDEX_BYTES, RETAG_PLAN_FILE } from "./constants.js";
import { makeDir } from "./make-dir.js";
import { realPathInside, realPostPath } from "./paths.js";
import { readPostFile } from "./post-file.js";
import { prepareRetag, preparedFile, writeRetag, type PreparedRetag, type RetagResult, type TagChange } from "./retag.js";
import { entryOf, summaryOf } from "./post-file.js";
import { fsError, isMissing } from "./errors.js";
import type { PostIndex } from "./post-index.js";

/** One post of a plan: its journal path, the hash it had when the rename began, and its new text. */
interface PlanItem {
  path: string;
  from: string;
  text: string;
}

/** Writes the plan for `items` (fsynced); throws a TsuzuriError when it cannot (then nothing is rewritten). */
export async function writeRetagPlan(dir: string, items: ReadonlyMap<string, PreparedRetag>): Promise<void> {
  const abs = await realPathInside(dir, RETAG_PLAN_FILE);
  await makeDir(path.dirname(abs));
  const plan = { version: 1, items: [...items].map(([rel, p]): PlanItem => ({ path: rel, from: p.file.hash, text: p.text })) };
  await atomicWrite(abs, JSON.stringify(plan), { label: RETAG_PLAN_FILE });
}

/** Removes the plan (the rename is done, or finished). Never throws: a plan left behind only finishes posts already done. */
export async function removeRetagPlan(dir: string): Promise<void> {
  try {
    await unlink(await realPathInside(dir, RETAG_PLAN_FILE));
  } catch {
    // Already gone, or not ours to remove.
  }
}

/**
 * Finishes a rename a crash interrupted (call before the index is loaded): every post of the plan
 * whose file still has the hash it had then gets its new text. Returns the journal paths rewritten.
 * A plan that cannot be read (not a file, too large, not JSON) is removed: it cannot be finished.
 */
export async function finishRetagPlan(dir: string): Promise<string[]> {
  let abs: string;
  let items: PlanItem[];
  try {
    abs = await realPathInside(dir, RETAG_PLAN_FILE);
    const st = await lstat(abs);
    if (!st.isFile() || st.size > MAX_INDEX_BYTES) throw new Error("not a plan");
    items = planItems(JSON.parse(await readFile(abs, "utf8")));
  } catch (e) {
    if (!isMissing(e)) await removeRetagPlan(dir);
    return [];
  }
  const done: string[] = [];
  let failed = false;
  for (const item of items) {
    try {
      const file = await readPostFile(await realPostPath(dir, item.path), item.path);
      if (file.hash !== item.from) continue;
      if ("file" in (await writeRetag(dir, item.path, { file, text: item.text }))) done.push(item.path);
      else failed = true;
    } catch {
      // Gone or unreadable since: nothing to finish for this post.
    }
  }
  // A post that could not be written (a full disk) is tried again on the next open.
  if (!failed) await removeRetagPlan(dir);
  return done;
}

function planItems(data: unknown): PlanItem[] {
  if (typeof data !== "object" || data === null || !Array.isArray((data as { items?: unknown }).items)) throw new Error("not a plan");
  return (data as { items: unknown[] }).items.filter((i): i is PlanItem => {
    const r = i as Record<string, unknown>;
    return typeof i === "object" && i !== null && typeof r.path === "string" && typeof r.from === "string" && typeof r.text === "string";
  });
}

/**
 * Changes the tags of the posts at `paths` of journal `dir` with `change` (see Journal#retag; call
 * under the journal's lock), journaled: every new text is worked out first and written to the plan,
 * then the posts are rewritten one by one, then the plan is removed. `index` gets the new entries.
 */
export async function retagPosts(
  dir: string,
  index: PostIndex,
  paths: readonly string[],
  change: TagChange,
  dryRun: boolean,
): Promise<RetagResult> {
  const result: RetagResult = { changed: [], skipped: [] };
  const planned = new Map<string, PreparedRetag>();
  for (const rel of paths) {
    const prepared = await prepareRetag(dir, rel, change);
    if ("skip" in prepared) {
      if (prepared.skip !== null) result.skipped.push({ path: rel, reason: prepared.skip });
    } else planned.set(rel, prepared);
  }
  if (dryRun) {
    for (const [rel, prepared] of planned) result.changed.push(summaryOf(rel, entryOf(preparedFile(rel, prepared))));
    return result;
  }
  if (planned.size === 0) return result;
  // The plan first: a crash from here on is finished on the next open, never left half done.
  await writeRetagPlan(dir, planned).catch((e: unknown) =>
    Promise.reject(fsError(e, "change the tags of", `${planned.size} posts`, "No post was changed.")),
  );
  for (const [rel, prepared] of planned) {
    const outcome = await writeRetag(dir, rel, prepared);
    if ("skip" in outcome) {
      result.skipped.push({ path: rel, reason: outcome.skip });
      continue;
    }
    const entry = entryOf(outcome.file);
    index.put(rel, entry);
    result.changed.push(summaryOf(rel, entry));
  }
  await removeRetagPlan(dir);
  return result;
}
