// Creates a folder and its missing parents one level at a time. Node's `mkdir(…, { recursive: true })`
// spins forever on some pseudo file systems (a path under /proc), which would hang start-up on a
// mistyped --journal; creating level by level fails at once with the real error instead.
import { mkdir, stat } from "node:fs/promises";
import path from "node:path";
import { isMissing } from "./errors.js";

/** Makes `dir` and any missing parent folders; a no-op when it exists. Throws the file system's error. */
export async function makeDir(dir: string): Promise<void> {
  const missing: string[] = [];
  let at = path.resolve(dir);
  for (;;) {
    try {
      await stat(at);
      break;
    } catch (e) {
      if (!isMissing(e)) throw e;
      missing.push(at);
      const parent = path.dirname(at);
      if (parent === at) break;
      at = parent;
    }
  }
  for (const folder of missing.reverse()) {
    try {
      await mkdir(folder);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
  }
}
