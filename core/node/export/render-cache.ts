// Rendered bodies of posts, cached in the journal's export cache by the hash of the post file and
// of the code that renders it: an export into a new folder, or of pages whose neighbours changed,
// does not render an unchanged post again. The bodies are one pack file (appended to, rewritten
// when most of it is dead) and an index of where each lies with its SHA-256, checked on every read,
// so a torn or edited entry is simply rendered again. One pack, not a file per post: writing a
// thousand small files cost a cold export as much as its pages. Nothing is fsynced (derived data),
// and every failure only means rendering.
import { open, stat, type FileHandle } from "node:fs/promises";
import path from "node:path";
import { readBytes, replaceBytes, writeBytes } from "./fast-fs.js";
import { sha256 } from "./hash.js";

const FORMAT = "tsuzuri-render-cache";
const VERSION = 1;

/** Where a body lies in the pack: byte offset, byte length, SHA-256 of those bytes. */
type Slot = [offset: number, length: number, hash: string];

interface Index {
  format: typeof FORMAT;
  version: number;
  pipeline: string;
  /** Post file SHA-256 → its body's slot. */
  bodies: Record<string, Slot>;
}

const isSlot = (v: unknown): v is Slot =>
  Array.isArray(v) &&
  v.length === 3 &&
  Number.isSafeInteger(v[0]) &&
  v[0] >= 0 &&
  Number.isSafeInteger(v[1]) &&
  v[1] >= 0 &&
  typeof v[2] === "string";

/** The cache of rendered bodies for one version of the pipeline. */
export class RenderCache {
  private loaded: Promise<Map<string, Slot>> | undefined;
  private pack: Promise<FileHandle | null> | undefined;
  private readonly added = new Map<string, string>();

  private constructor(
    private readonly dir: string | null,
    private readonly pipeline: string,
  ) {}

  /** The cache in the export cache folder `cacheDir` (none when null) for the pipeline of fingerprint `pipeline`. */
  static open(cacheDir: string | null, pipeline: string): RenderCache {
    return new RenderCache(cacheDir, pipeline);
  }

  private get indexFile(): string {
    return path.join(this.dir ?? "", "bodies.json");
  }

  private get packFile(): string {
    return path.join(this.dir ?? "", "bodies.pack");
  }

  /** The index, read on first use; empty when missing, unreadable or of another pipeline. */
  private slots(): Promise<Map<string, Slot>> {
    this.loaded ??= (async () => {
      if (this.dir === null) return new Map<string, Slot>();
      try {
        const data = JSON.parse((await readBytes(this.indexFile)).toString("utf8")) as Partial<Index>;
        if (
          data.format !== FORMAT ||
          data.version !== VERSION ||
          data.pipeline !== this.pipeline ||
          typeof data.bodies !== "object" ||
          data.bodies === null
        )
          return new Map<string, Slot>();
        return new Map(Object.entries(data.bodies).filter((e): e is [string, Slot] => isSlot(e[1])));
      } catch {
        return new Map<string, Slot>();
      }
    })();
    return this.loaded;
  }

  /** The body rendered from the post file of SHA-256 `source`, or undefined when not cached (or damaged). */
  async get(source: string): Promise<string | undefined> {
    const slot = (await this.slots()).get(source);
    if (slot === undefined) return undefined;
    try {
      this.pack ??= open(this.packFile, "r").catch(() => null);
      const handle = await this.pack;
      if (handle === null) return undefined;
      const bytes = Buffer.alloc(slot[1]);
      const { bytesRead } = await handle.read(bytes, 0, slot[1], slot[0]);
      return bytesRead === slot[1] && sha256(bytes) === slot[2] ? bytes.toString("utf8") : undefined;
    } catch {
      return undefined;
    }
  }

  /** Keeps `html`, the body rendered from the post file of SHA-256 `source` (written by flush). */
  put(source: string, html: string): void {
    if (this.dir !== null) this.added.set(source, html);
  }

  /** Lets go of the pack file without writing anything (after a failed export; flush also lets go of it). */
  async close(): Promise<void> {
    const handle = this.pack;
    this.pack = undefined;
    await (await handle)?.close().catch(() => undefined);
  }

  /**
   * Writes the bodies put since the last flush and forgets those of post files not in `keep`
   * (SHA-256s); when most of the pack is then dead, it is rewritten with the live bodies only.
   */
  async flush(keep: ReadonlySet<string>): Promise<void> {
    if (this.dir === null) return;
    const slots = await this.slots();
    const handle = await this.pack;
    this.pack = undefined;
    await handle?.close().catch(() => undefined);
    try {
      const packSize = (await stat(this.packFile).catch(() => null))?.size ?? 0;
      const live = [...slots].filter(([s]) => keep.has(s) && !this.added.has(s));
      const liveBytes = live.reduce((n, [, slot]) => n + slot[1], 0);
      // Rewritten when most of it is dead, or when the index names bytes the pack does not have.
      const compact = liveBytes * 2 < packSize || live.some(([, [offset, length]]) => offset + length > packSize);
      const next = new Map<string, Slot>();
      const kept: Buffer[] = [];
      let size = packSize;
      if (compact) {
        const pack = await readBytes(this.packFile).catch(() => Buffer.alloc(0));
        size = 0;
        for (const [s, [offset, length, hash]] of live) {
          const bytes = pack.subarray(offset, offset + length);
          if (bytes.length !== length || sha256(bytes) !== hash) continue;
          kept.push(bytes);
          next.set(s, [size, length, hash]);
          size += length;
        }
      } else for (const [s, slot] of live) next.set(s, slot);
      const appended: Buffer[] = [];
      for (const [s, html] of this.added) {
        if (!keep.has(s)) continue;
        const bytes = Buffer.from(html, "utf8");
        appended.push(bytes);
        next.set(s, [size, bytes.length, sha256(bytes)]);
        size += bytes.length;
      }
      this.added.clear();
      if (compact) await replaceBytes(this.packFile, Buffer.concat([...kept, ...appended]));
      else if (appended.length) await writeBytes(this.packFile, Buffer.concat(appended), { flag: "a" });
      const index: Index = { format: FORMAT, version: VERSION, pipeline: this.pipeline, bodies: Object.fromEntries(next) };
      await replaceBytes(this.indexFile, JSON.stringify(index));
      this.loaded = Promise.resolve(next);
    } catch {
      this.loaded = undefined;
    }
  }
}
