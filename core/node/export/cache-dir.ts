// The journal's folder of export caches, .tsuzuri/export-cache/v1: rendered bodies and the stamps of
// exported pages. Derived data only, used on a best-effort basis: when the folder cannot be made or
// is not a plain folder inside the journal (a symbolic link planted there, say), exports simply run
// without it. Folders of other layout versions are removed.
import { lstat, mkdir, readdir, rm } from "node:fs/promises";
import path from "node:path";
import { INDEX_FILE } from "../store/index.js";
import { CACHE_DIR } from "./constants.js";

async function plainFolder(dir: string, create: boolean): Promise<boolean> {
  try {
    if (create)
      await mkdir(dir).catch((e: NodeJS.ErrnoException) => {
        if (e.code !== "EEXIST") throw e;
      });
    const st = await lstat(dir);
    return st.isDirectory() && !st.isSymbolicLink();
  } catch {
    return false;
  }
}

/** The cache folder of the journal at `journalDir`, made if missing; null when it cannot be used safely. */
export async function exportCacheDir(journalDir: string): Promise<string | null> {
  const meta = path.join(journalDir, path.posix.dirname(INDEX_FILE));
  if (!(await plainFolder(meta, false))) return null;
  const [top, version] = CACHE_DIR;
  const root = path.join(meta, top);
  if (!(await plainFolder(root, true))) return null;
  const dir = path.join(root, version);
  if (!(await plainFolder(dir, true))) return null;
  const others = (await readdir(root).catch(() => [])).filter((name) => name !== version);
  await Promise.all(others.map((name) => rm(path.join(root, name), { recursive: true, force: true }).catch(() => undefined)));
  return dir;
}
