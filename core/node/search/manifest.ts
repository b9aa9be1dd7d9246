// The manifest of the saved search index: which shard files (in SEARCH_INDEX_DIR) make it. Read
// by the app and by the quick search alike, so it depends on nothing of the journal store.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { SEARCH_MANIFEST, SHARD_FORMAT_VERSION } from "./constants.js";

/** What the manifest says. */
export interface Manifest {
  version: number;
  /** Shard files, in SEARCH_INDEX_DIR. */
  shards: string[];
}

/** The names shard files are written under. */
export const SHARD_FILE = /^s-[0-9a-f]{12}\.bin$/u;

/** The manifest in `folder` (absolute), or null when it is missing, unreadable or of another version. */
export async function readManifest(folder: string): Promise<Manifest | null> {
  try {
    const m = JSON.parse(await readFile(path.join(folder, SEARCH_MANIFEST), "utf8")) as Partial<Manifest>;
    if (
      m.version !== SHARD_FORMAT_VERSION ||
      !Array.isArray(m.shards) ||
      !m.shards.every((f) => typeof f === "string" && SHARD_FILE.test(f))
    )
      return null;
    return { version: m.version, shards: m.shards };
  } catch {
    return null;
  }
}
