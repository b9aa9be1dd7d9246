// Which file of the built renderer (dist/renderer) a request names: inside the folder, never hidden.
import { realpath, stat } from "node:fs/promises";
import { isAbsolute, join, relative, sep } from "node:path";

/** The real path and size of a file under `root` named by decoded segments, if it exists, stays inside and is not hidden. */
export async function resolveStaticFile(root: string, segments: string[]): Promise<{ file: string; size: number } | null> {
  if (segments.some((s) => s.startsWith("."))) return null;
  try {
    const realRoot = await realpath(root);
    const file = await realpath(join(realRoot, ...segments));
    const rel = relative(realRoot, file);
    if (rel === "" || isAbsolute(rel) || rel.split(sep).includes("..")) return null;
    const info = await stat(file);
    return info.isFile() ? { file, size: info.size } : null;
  } catch {
    return null;
  }
}
