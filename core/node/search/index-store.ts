// The saved search index of a journal: <journal>/.tsuzuri/search/, a manifest naming the shard
// files, one file per shard (see shard-file.ts). Only a cache: anything wrong with it means "build
// the index from the posts", never an error. Writes are atomic, each shard file under a new name
// and the manifest last, so a crash leaves the last complete index; they stay inside the journal's
// real folder, and a journal that cannot be written (read-only) is only read.
import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { access, mkdir, readdir, unlink } from "node:fs/promises";
import path from "node:path";
import { SearchIndex } from "../../common/search/index.js";
import { atomicWrite } from "../store/atomic-write.js";
import { realPathInside } from "../store/paths.js";
import { SEARCH_INDEX_DIR, SEARCH_MANIFEST, SHARD_FORMAT_VERSION } from "./constants.js";
import { readManifest, SHARD_FILE, type Manifest } from "./manifest.js";
import { encodeShard, ShardReader } from "./shard-file.js";
import type { Shard } from "./sharded-index.js";

/** A shard read from its file. */
export interface StoredShard {
  file: string;
  index: SearchIndex;
}

/** The saved search index of the journal in `dir` (absolute). */
export class SearchIndexStore {
  /** Absolute path of the index folder. */
  readonly folder: string;

  constructor(private readonly dir: string) {
    this.folder = path.join(dir, ...SEARCH_INDEX_DIR.split("/"));
  }

  /**
   * The saved shards, or null when there is no usable manifest. A shard whose file is missing,
   * of another version, truncated or damaged is left out (its posts are indexed again). `pause`
   * runs between shards, so other work goes on while a large index loads.
   */
  async load(pause: () => Promise<void>): Promise<StoredShard[] | null> {
    const folder = await this.confined().catch(() => null);
    const manifest = folder ? await readManifest(folder) : null;
    if (!folder || !manifest) return null;
    const out: StoredShard[] = [];
    const reader = new ShardReader();
    for (const file of manifest.shards) {
      try {
        out.push({ file, index: SearchIndex.fromSnapshot(await reader.load(path.join(folder, file))) });
      } catch {
        // Unusable: its posts are read again.
      }
      await pause();
    }
    return out;
  }

  /**
   * Saves `shards`: those changed since their last save (or never saved) are compacted and written
   * to new files, then the manifest, then files no longer named are removed. `pause` runs between
   * shards. Returns false (and changes nothing it has not finished) when the journal cannot be written.
   */
  async save(shards: readonly Shard[], pause: () => Promise<void>): Promise<boolean> {
    try {
      await access(this.dir, constants.W_OK);
      await this.confined();
      await mkdir(this.folder, { recursive: true });
      const folder = await this.confined();
      const written: { shard: Shard; file: string; changes: number }[] = [];
      for (const shard of shards) {
        if (shard.file !== null && shard.changes === 0) continue;
        const changes = shard.changes;
        const { snapshot, positions } = shard.index.savedForm();
        const file = `s-${randomBytes(6).toString("hex")}.bin`;
        await atomicWrite(path.join(folder, file), encodeShard(snapshot, positions), { sync: false });
        written.push({ shard, file, changes });
        await pause();
      }
      const files = shards.map((s) => written.find((w) => w.shard === s)?.file ?? (s.file as string));
      const manifest: Manifest = { version: SHARD_FORMAT_VERSION, shards: files };
      await atomicWrite(path.join(folder, SEARCH_MANIFEST), JSON.stringify(manifest), { sync: false });
      for (const w of written) {
        w.shard.file = w.file;
        w.shard.changes -= w.changes;
      }
      const keep = new Set(files);
      for (const name of await readdir(folder))
        if (SHARD_FILE.test(name) && !keep.has(name)) await unlink(path.join(folder, name)).catch(() => undefined);
      return true;
    } catch {
      return false;
    }
  }

  /** The index folder, checked to lie inside the journal's real folder (no symbolic link leading out). */
  private confined(): Promise<string> {
    return realPathInside(this.dir, SEARCH_INDEX_DIR);
  }
}
