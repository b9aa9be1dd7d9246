// Writing a planned site into its folder: only files whose bytes changed, removing the files of the
// previous export that are no longer part of it, with the manifest true at every step.
import { TsuzuriError } from "../../contract/index.js";
import { CHECK_CONCURRENCY, FOREIGN_FILES_LISTED, MANIFEST_FILE, WRITE_CONCURRENCY } from "./constants.js";
import { sha256 } from "./hash.js";
import { emptyManifest, type Manifest, type ManifestFile, type ManifestPost } from "./manifest.js";
import type { OutputDir } from "./output-dir.js";
import type { Stamps } from "./stamps.js";
import { mapLimit } from "../store/index.js";
import type { Output } from "./site-outputs.js";
import type { ExportPhase } from "./types.js";

/** What writeSite needs besides the files. */
export interface WriteContext {
  previous: Manifest | null;
  fingerprint: string;
  posts: Record<string, ManifestPost>;
  /** Stamps of the folder's pages, from the last export; this export's are recorded in it. */
  stamps: Stamps;
  signal: AbortSignal | undefined;
  progress: (phase: ExportPhase, done: number, total: number) => void;
}

/**
 * Writes the files of `outputs` that changed (those with an unchanged key are not even made), removes
 * the previous export's files that are no longer outputs (unless edited since: those are kept), and
 * records everything in the manifest, marked incomplete until the end.
 */
export async function writeSite(out: OutputDir, outputs: readonly Output[], ctx: WriteContext) {
  const { previous, signal, progress, stamps } = ctx;
  const old = previous?.files ?? {};
  const files: Record<string, ManifestFile> = {};
  const manifest = (complete: boolean, pending: Record<string, ManifestFile>): Manifest => ({
    ...emptyManifest(ctx.fingerprint),
    complete,
    files: { ...pending, ...files },
    posts: ctx.posts,
  });
  const planned: Record<string, ManifestFile> = { ...old };
  for (const o of outputs) planned[o.path] ??= { hash: null };
  const written: string[] = [];
  const removed: string[] = [];
  const kept: string[] = [];
  let unchanged = 0;
  await refuseForeignFiles(out, outputs, previous, signal);
  await out.saveManifest(manifest(false, planned));
  try {
    // Which costly files are still what the manifest says (checked a few at a time: it is mostly waiting for the disk).
    const current = await mapLimit(
      outputs,
      CHECK_CONCURRENCY,
      async (o) => {
        const before = old[o.path];
        return o.key !== undefined && before?.key === o.key && before.hash !== null && (await upToDate(out, stamps, o, before.hash));
      },
      signal,
    );
    // Made and written a few at a time: while one file waits for the disk, the next is rendered.
    // Files are not fsynced one by one (that was most of an export's time): a site is derived data,
    // and a re-export trusts no file blindly (pages are hashed, the rest compared byte for byte), so
    // one lost to a power failure is simply made again. The manifest and copied images (checked by
    // size alone) are still written durably.
    let done = 0;
    const results = await mapLimit(
      outputs,
      WRITE_CONCURRENCY,
      async (o, i) => {
        const before = old[o.path];
        let wrote = false;
        if (current[i] && before) {
          files[o.path] = before;
          unchanged++;
        } else {
          const data = await o.produce();
          const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
          const hash = sha256(bytes);
          // An export into an empty folder (no manifest) has nothing to compare with: no file there yet.
          if (previous !== null && (await holds(out, stamps, o.path, hash))) unchanged++;
          else {
            await out.write(o.path, bytes, { durable: o.media !== undefined, fresh: previous === null });
            if (o.media === undefined) stamps.record(o.path, hash, await out.stamp(o.path));
            wrote = true;
          }
          files[o.path] = { hash, ...(o.key !== undefined ? { key: o.key } : {}) };
        }
        progress("write", ++done, outputs.length);
        return wrote;
      },
      signal,
    );
    for (const [i, o] of outputs.entries()) if (results[i]) written.push(o.path);
    const stale = Object.entries(old).filter(([p]) => !(p in files) && p !== MANIFEST_FILE);
    for (const [i, [p, f]] of stale.entries()) {
      signal?.throwIfAborted();
      const disk = f.hash !== null && stamps.has(p, f.hash) && stamps.trusts(p, f.hash, await out.stamp(p)) ? f.hash : await out.hash(p);
      if (disk !== null && f.hash !== null && disk !== f.hash) kept.push(p);
      else if (disk !== null) {
        await out.remove(p);
        removed.push(p);
      }
      progress("clean", i + 1, stale.length);
    }
    await out.saveManifest(manifest(true, {}));
    await stamps.save();
  } catch (e) {
    await stamps.save();
    // Best effort: record what is on disk now, marked incomplete, so the next export can finish the job.
    await out
      .saveManifest(manifest(false, Object.fromEntries(Object.entries(planned).filter(([p]) => !removed.includes(p)))))
      .catch(() => undefined);
    throw e;
  }
  return { written, unchanged, removed, kept };
}

/**
 * Stops the export before anything is written when a file it would write already exists and is not
 * one an earlier export wrote (a page the user added by hand, say): Tsuzuri never replaces a file it did
 * not make. (The first export into a folder needs the folder empty, so only re-exports can meet this.)
 */
async function refuseForeignFiles(
  out: OutputDir,
  outputs: readonly Output[],
  previous: Manifest | null,
  signal: AbortSignal | undefined,
): Promise<void> {
  if (previous === null) return;
  const fresh = outputs.filter((o) => !(o.path in previous.files));
  const there = await mapLimit(fresh, CHECK_CONCURRENCY, async (o) => (await out.size(o.path)) !== null, signal);
  const foreign = fresh.filter((_, i) => there[i]).map((o) => o.path);
  if (!foreign.length) return;
  const list =
    foreign.slice(0, FOREIGN_FILES_LISTED).join(", ") +
    (foreign.length > FOREIGN_FILES_LISTED ? ` and ${foreign.length - FOREIGN_FILES_LISTED} more` : "");
  throw new TsuzuriError(
    "exists",
    `Nothing was exported: the output folder already has ${list}, which Tsuzuri did not write and would have replaced. Move ${foreign.length === 1 ? "it" : "them"} away, or give the post another slug.`,
  );
}

/** True when the file of `o` on disk is still the one the manifest recorded with `hash` (images: same size, pages: same bytes). */
async function upToDate(out: OutputDir, stamps: Stamps, o: Output, hash: string): Promise<boolean> {
  if (o.media) return (await out.size(o.path)) === o.media.size;
  return holds(out, stamps, o.path, hash);
}

/**
 * True when the file at `p` holds the bytes of SHA-256 `hash`: known from its stamp when it still has
 * the size and time it had when written, else read and hashed. Its stamp is recorded when it does.
 */
async function holds(out: OutputDir, stamps: Stamps, p: string, hash: string): Promise<boolean> {
  const now = await out.stamp(p);
  if (now === null) return false;
  // The stamp is taken before reading: a change after it leaves a stamp the next export will not trust.
  const same = stamps.trusts(p, hash, now) || (await out.hash(p)) === hash;
  if (same) stamps.record(p, hash, now);
  return same;
}
