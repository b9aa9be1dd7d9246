// Unsaved editor text, kept on disk until it is saved: one fsynced JSON file per post under
// .tsuzuri/recovery/ (atomic, so a crash leaves the old snapshot or the new one), read back on the
// next start so that text a failed save or a crash left unsaved is offered again. The post files
// themselves are never touched here.
import { createHash } from "node:crypto";
import { readdir, readFile, stat, unlink } from "node:fs/promises";
import path from "node:path";
import type { RecoveredText } from "../../contract/index.js";
import { atomicWrite, makeDir } from "../store/index.js";
import { realPathInside } from "../store/paths.js";
import { MAX_RECOVERY_BYTES, RECOVERY_DIR, RECOVERY_VERSION } from "./constants.js";

/** The recovery file of the post at `rel` (its name: a hash of the path, so any path fits). */
function fileName(rel: string): string {
  return createHash("sha256").update(rel).digest("hex").slice(0, 32) + ".json";
}

/** Keeps `text` (fsynced) until dropRecovery; replaces what was kept for the same post. */
export async function saveRecovery(journalDir: string, text: Omit<RecoveredText, "savedAt">): Promise<void> {
  const folder = await realPathInside(journalDir, RECOVERY_DIR);
  await makeDir(folder);
  const record = { version: RECOVERY_VERSION, savedAt: new Date().toISOString(), ...text };
  await atomicWrite(path.join(folder, fileName(text.path)), JSON.stringify(record), { label: `${RECOVERY_DIR}/${fileName(text.path)}` });
}

/** Forgets what was kept for the post at `rel`; false when nothing was. */
export async function dropRecovery(journalDir: string, rel: string): Promise<boolean> {
  const folder = await realPathInside(journalDir, RECOVERY_DIR).catch(() => null);
  if (!folder) return false;
  return unlink(path.join(folder, fileName(rel))).then(
    () => true,
    () => false,
  );
}

/** Everything kept, oldest first; files that are damaged, of another version or too big are skipped (and left). */
export async function listRecoveries(journalDir: string): Promise<RecoveredText[]> {
  const folder = await realPathInside(journalDir, RECOVERY_DIR).catch(() => null);
  const names = folder ? await readdir(folder).catch(() => [] as string[]) : [];
  const found: RecoveredText[] = [];
  for (const name of names) {
    if (!/^[0-9a-f]{32}\.json$/.test(name)) continue;
    const file = path.join(folder as string, name);
    const text = await readRecord(file);
    if (text && fileName(text.path) === name) found.push(text);
  }
  return found.sort((a, b) => a.savedAt.localeCompare(b.savedAt));
}

async function readRecord(file: string): Promise<RecoveredText | null> {
  try {
    const st = await stat(file);
    if (!st.isFile() || st.size > MAX_RECOVERY_BYTES) return null;
    const v: unknown = JSON.parse(await readFile(file, "utf8"));
    if (!v || typeof v !== "object") return null;
    const r = v as Record<string, unknown>;
    const strings = ["path", "baseHash", "title", "body", "savedAt"].every((k) => typeof r[k] === "string");
    const tags = Array.isArray(r.tags) && r.tags.every((t) => typeof t === "string");
    if (r.version !== RECOVERY_VERSION || !strings || !tags) return null;
    return {
      path: r.path as string,
      baseHash: r.baseHash as string,
      title: r.title as string,
      tags: r.tags as string[],
      body: r.body as string,
      savedAt: r.savedAt as string,
    };
  } catch {
    return null;
  }
}
