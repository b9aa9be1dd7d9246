// The folder an export writes to. It must be empty, or hold a manifest of an earlier export: files
// Tsuzuri did not write are never overwritten or removed. Every file is written atomically.
import { mkdir, readdir, rmdir, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { TsuzuriError } from "../../contract/index.js";
import { atomicWrite, makeDir } from "../store/index.js";
import { MANIFEST_FILE } from "./constants.js";
import { exportError, isMissing } from "./errors.js";
import { readBytes, replaceBytes, writeBytes } from "./fast-fs.js";
import { sha256 } from "./hash.js";
import { parseManifest, serializeManifest, type Manifest } from "./manifest.js";
import type { FileStamp } from "./stamps.js";

/** An export's folder, opened. */
export class OutputDir {
  private constructor(
    /** Absolute path of the folder. */
    readonly dir: string,
    /** The manifest of the previous export, or null for an empty folder. */
    readonly previous: Manifest | null,
  ) {}

  /**
   * Opens (creating if missing) the folder `dir` for an export. Throws a TsuzuriError when it is a
   * file, cannot be created or read, or holds anything (hidden files too: a folder of only dot-files
   * is a home folder as likely as a fresh repository) but no manifest of an earlier export.
   */
  static async open(dir: string): Promise<OutputDir> {
    const abs = path.resolve(dir);
    try {
      const st = await stat(abs).catch((e: unknown) => {
        if (isMissing(e)) return null;
        throw e;
      });
      if (st === null) await makeDir(abs);
      else if (!st.isDirectory()) throw new TsuzuriError("invalid-argument", `${abs} is a file: export a site into a folder.`);
      let text: string | null = null;
      try {
        text = (await readBytes(path.join(abs, MANIFEST_FILE))).toString("utf8");
      } catch (e) {
        if (!isMissing(e)) throw e;
      }
      if (text !== null) return new OutputDir(abs, parseManifest(text, abs));
      if ((await readdir(abs)).length) {
        throw new TsuzuriError(
          "exists",
          `${abs} is not empty and holds no earlier Tsuzuri export (no ${MANIFEST_FILE}; hidden files count too). ` +
            "Choose an empty folder or a new one: Tsuzuri does not write over files it did not make.",
        );
      }
      return new OutputDir(abs, null);
    } catch (e) {
      throw exportError(e, "export to", abs, "Nothing was written.");
    }
  }

  /** The absolute path of site path `p`. */
  abs(p: string): string {
    return path.join(this.dir, ...p.split("/"));
  }

  /** The bytes of site path `p`, or null when there is no such file. */
  async read(p: string): Promise<Buffer | null> {
    try {
      return await readBytes(this.abs(p));
    } catch (e) {
      if (isMissing(e) || (e as NodeJS.ErrnoException).code === "EISDIR") return null;
      throw exportError(e, "read", this.abs(p));
    }
  }

  /** The size in bytes of the file at site path `p`, or null when there is none. */
  async size(p: string): Promise<number | null> {
    return (await this.stamp(p))?.size ?? null;
  }

  /** Size and modification time of the file at site path `p`, or null when there is none. */
  async stamp(p: string): Promise<FileStamp | null> {
    try {
      const st = await stat(this.abs(p));
      return st.isFile() ? { size: st.size, mtimeMs: st.mtimeMs } : null;
    } catch (e) {
      if (isMissing(e)) return null;
      throw exportError(e, "read", this.abs(p));
    }
  }

  /** SHA-256 of the file at site path `p`, or null when there is none. */
  async hash(p: string): Promise<string | null> {
    const bytes = await this.read(p);
    return bytes === null ? null : sha256(bytes);
  }

  /** Folders made (or found) by write, so that each is made once per export. */
  private readonly folders = new Map<string, Promise<unknown>>();

  /**
   * Writes `data` to site path `p` atomically (temp file + rename: readers never see half a file),
   * making its folders. `durable: false` skips the fsyncs, for files a re-export can always make
   * again and checks before trusting (see writeSite); with `fresh` too (no file is there: an export
   * into an empty folder), the file is written in place, created exclusively: there is no reader of
   * an old version to protect, and a file left torn by a crash is one the next export does not trust.
   */
  async write(
    p: string,
    data: string | Uint8Array,
    { durable = true, fresh = false }: { durable?: boolean; fresh?: boolean } = {},
  ): Promise<void> {
    const abs = this.abs(p);
    const folder = path.dirname(abs);
    try {
      let made = this.folders.get(folder);
      if (made === undefined) {
        this.folders.set(folder, (made = mkdir(folder, { recursive: true })));
        made.catch(() => this.folders.delete(folder));
      }
      await made;
      if (durable) await atomicWrite(abs, data, { label: abs });
      else if (fresh) await writeBytes(abs, data, { flag: "wx" });
      else await replaceBytes(abs, data);
    } catch (e) {
      throw exportError(e, "write", abs);
    }
  }

  /** Removes the file at site path `p` (gone already is fine), then its folders that became empty. */
  async remove(p: string): Promise<void> {
    try {
      await unlink(this.abs(p));
    } catch (e) {
      if (!isMissing(e)) throw exportError(e, "remove", this.abs(p));
    }
    let folder = path.posix.dirname(p);
    while (folder !== "." && folder !== "") {
      try {
        await rmdir(this.abs(folder));
        this.folders.delete(this.abs(folder));
      } catch {
        break; // not empty (or not ours to judge): stop climbing
      }
      folder = path.posix.dirname(folder);
    }
  }

  /** Writes the manifest (atomically). */
  async saveManifest(manifest: Manifest): Promise<void> {
    await this.write(MANIFEST_FILE, serializeManifest(manifest));
  }
}
