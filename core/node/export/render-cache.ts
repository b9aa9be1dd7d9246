// Rendered bodies of posts, cached in the journal's export cache by the hash of the post file and
// of the code that renders it: an export into a new folder, or of pages whose neighbours changed,
// does not render an unchanged post again. Each entry is one file whose first line holds the hash
// of the HTML after it, checked on every read, so a torn or edited entry is simply rendered again.
// Writes are not fsynced (derived data), and every failure only means rendering.
import { mkdir, readdir, rm, unlink } from "node:fs/promises";
import path from "node:path";
import { readBytes, writeBytes } from "./fast-fs.js";
import { sha256 } from "./hash.js";

const HEADER = "tsuzuri-body ";

/** The cache of rendered bodies for one version of the pipeline. */
export class RenderCache {
  private readonly pending: Promise<unknown>[] = [];

  private constructor(private readonly dir: string | null) {}

  /** A cache that keeps nothing (no cache folder). */
  static none(): RenderCache {
    return new RenderCache(null);
  }

  /**
   * The cache in `cacheDir` for the pipeline of fingerprint `pipeline` (a hash of everything besides
   * the post that shapes a rendered body). Entries of other pipelines are removed.
   */
  static async open(cacheDir: string | null, pipeline: string): Promise<RenderCache> {
    if (cacheDir === null) return RenderCache.none();
    const root = path.join(cacheDir, "bodies");
    const name = pipeline.slice(0, 32);
    try {
      await mkdir(path.join(root, name), { recursive: true });
      const others = (await readdir(root)).filter((n) => n !== name);
      await Promise.all(others.map((n) => rm(path.join(root, n), { recursive: true, force: true })));
      return new RenderCache(path.join(root, name));
    } catch {
      return RenderCache.none();
    }
  }

  private file(source: string): string | null {
    return this.dir === null || !/^[0-9a-f]{64}$/.test(source) ? null : path.join(this.dir, `${source}.html`);
  }

  /** The body rendered from the post file of SHA-256 `source`, or undefined when not cached (or damaged). */
  async get(source: string): Promise<string | undefined> {
    const file = this.file(source);
    if (file === null) return undefined;
    try {
      const text = (await readBytes(file)).toString("utf8");
      const eol = text.indexOf("\n");
      const html = text.slice(eol + 1);
      return eol > 0 && text.slice(0, eol) === HEADER + sha256(html) ? html : undefined;
    } catch {
      return undefined;
    }
  }

  /** Keeps `html`, the body rendered from the post file of SHA-256 `source` (written in the background; see flush). */
  put(source: string, html: string): void {
    const file = this.file(source);
    if (file === null) return;
    this.pending.push(writeBytes(file, `${HEADER}${sha256(html)}\n${html}`, { flag: "w" }).catch(() => unlink(file).catch(() => undefined)));
  }

  /** Waits for the entries being written, then removes those of post files not in `keep` (SHA-256s). */
  async flush(keep: ReadonlySet<string>): Promise<void> {
    await Promise.all(this.pending.splice(0));
    if (this.dir === null) return;
    const dir = this.dir;
    const names = await readdir(dir).catch(() => [] as string[]);
    await Promise.all(names.filter((n) => !keep.has(n.replace(/\.html$/, ""))).map((n) => unlink(path.join(dir, n)).catch(() => undefined)));
  }
}
