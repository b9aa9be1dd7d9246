// Putting the trash in order on open, after a crash in the middle of a delete or a restore. A move
// into or out of the trash links the new name first and removes the old one after, and the record
// is written before: so a crash leaves either nothing done, a record without its file (dropped), or
// the same file under both names (the step is finished: it was asked for).
import { lstat, readdir, unlink } from "node:fs/promises";
import path from "node:path";
import { isPostTempName } from "./atomic-write.js";
import { TRASH_META_FILE } from "./constants.js";
import { isMissing } from "./errors.js";
import { realPostPath } from "./paths.js";
import type { TrashMeta } from "./trash-meta.js";

/** True for temp files of interrupted writes in the trash: a post's, or the record's (`..meta.json.<hex>.tmp`). */
const isTrashTemp = (name: string): boolean =>
  isPostTempName(name) || new RegExp(`^\\.\\${TRASH_META_FILE}\\.[0-9a-f]{12}\\.tmp$`).test(name);

/** The identity of a file (device and inode), or null when there is no plain file at `abs`. */
async function identity(abs: string): Promise<string | null> {
  try {
    const st = await lstat(abs);
    return st.isFile() ? `${st.dev}:${st.ino}` : null;
  } catch (e) {
    if (isMissing(e)) return null;
    throw e;
  }
}

/** The same file at both paths (a hard link a crash left between the two steps of a move)? */
async function sameFile(a: string, b: string): Promise<boolean> {
  const [ia, ib] = await Promise.all([identity(a), identity(b)]);
  return ia !== null && ia === ib;
}

/**
 * Finishes interrupted moves of journal `journalDir`'s trash `trashDir` and drops records of files no
 * longer there; removes the temp files interrupted writes left in the trash. Call under the journal's lock.
 */
export async function recoverTrash(journalDir: string, trashDir: string, record: TrashMeta): Promise<void> {
  for (const name of await readdir(trashDir)) {
    if (isTrashTemp(name)) await unlink(path.join(trashDir, name)).catch(() => undefined);
  }
  const meta = await record.read();
  let changed = false;
  for (const [name, entry] of Object.entries(meta.entries)) {
    const inTrash = path.join(trashDir, name);
    if ((await identity(inTrash)) === null) {
      delete meta.entries[name];
      changed = true;
      continue;
    }
    if (entry.restoringTo !== undefined) {
      const target = await realPostPath(journalDir, entry.restoringTo).catch(() => null);
      if (target && (await sameFile(inTrash, target))) {
        await unlink(inTrash);
        delete meta.entries[name];
      } else {
        delete entry.restoringTo;
      }
      changed = true;
      continue;
    }
    const original = await realPostPath(journalDir, entry.originalPath).catch(() => null);
    if (original && (await sameFile(inTrash, original))) await unlink(original);
  }
  if (changed) await record.write(meta);
}
