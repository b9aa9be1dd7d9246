// Importing a source into a journal: read it, skip what the journal already has (by source identity),
// give every new post its path, then convert and write the posts one by one. One bad entry fails
// alone; the source is only ever read; a dry run writes nothing.
import { stat } from "node:fs/promises";
import path from "node:path";
import { TsuzuriError } from "../../contract/index.js";
import { DEFAULT_MT_ZONE, importedPostText, isTimeZone, numberRepeats } from "../../common/import/index.js";
import { AssetCopier, SourceGone } from "./assets.js";
import type { BodyContext, Candidate, SourceEntries } from "./candidate.js";
import { WRITE_CONCURRENCY, YIELD_EVERY_MS } from "./constants.js";
import { detectFormat, isMarkdownFile } from "./detect.js";
import { importedSources } from "./existing.js";
import { createHtmlConverter } from "./html/index.js";
import { readMarkdownSource } from "./markdown-source.js";
import { ImageDownloader } from "./image-downloads.js";
import { readMtSource } from "./mt-source.js";
import { importedPostId, PathPlanner } from "./post-files.js";
import { TRASH_DIR, fsError } from "../store/index.js";
import type { ImportItem, ImportOptions, ImportReport, ImportTarget, SourceFormat } from "./types.js";
import { WriteQueue } from "./write-queue.js";
import { messageOf } from "../../common/error-message.js";

/** The zone of this computer (IANA name). */
export function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

/**
 * What to tell the user of `e`: for a system error, its code in words (its own message may name a
 * temp file they never saw); other errors say what they mean.
 */
function systemReason(e: unknown, action: string, what: string): string {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === "string" ? fsError(e, action, what).message : messageOf(e);
}

async function checkFormat(src: string, format: SourceFormat): Promise<void> {
  const st = await stat(src).catch(() => null);
  if (!st) throw new TsuzuriError("not-found", `${src} does not exist (or cannot be read).`);
  if (format === "markdown" && !st.isDirectory() && !(st.isFile() && isMarkdownFile(src)))
    throw new TsuzuriError("invalid-argument", `${src} is a file: a Markdown import reads a folder (or one .md file).`);
  if (format === "mt" && !st.isFile())
    throw new TsuzuriError("invalid-argument", `${src} is a folder: a Movable Type import reads an export file.`);
}

/** Lets other work of the process run when this import has held it for a while. */
function yielder(): () => Promise<void> {
  let last = performance.now();
  return async () => {
    if (performance.now() - last < YIELD_EVERY_MS) return;
    await new Promise((resolve) => setImmediate(resolve));
    last = performance.now();
  };
}

/**
 * Imports `source` (a Movable Type / Hatena Blog export file, a folder of Markdown files, or one) into the
 * journal folder `journal.dir`. Entries already imported (same source identity, kept as the posts'
 * `imported_from`) are skipped; new posts go to posts/YYYY/YYYY-MM-DD-<slug>.md with their original
 * date; images a Markdown file links to are copied to assets/ (and, with `downloadImages`, web images
 * are downloaded there). Throws (TsuzuriError) only when the
 * import cannot start: a missing source, an unknown format or zone.
 */
export async function importSource(source: string, journal: ImportTarget, options: ImportOptions = {}): Promise<ImportReport> {
  const src = path.resolve(source);
  const journalDir = path.resolve(journal.dir);
  if (options.tz !== undefined && !isTimeZone(options.tz)) {
    throw new TsuzuriError("invalid-argument", `Unknown time zone "${options.tz}": use a name like Asia/Tokyo or UTC.`);
  }
  const requested = options.format ?? "auto";
  let format: SourceFormat;
  if (requested === "auto") format = (await detectFormat(src)).format;
  else {
    await checkFormat(src, requested);
    format = requested;
  }
  if (format === "markdown" && (src === journalDir || src.startsWith(journalDir + path.sep))) {
    throw new TsuzuriError(
      "invalid-argument",
      `${src} is ${src === journalDir ? "the journal itself" : "inside the journal"}: its Markdown files are already posts of it.`,
    );
  }
  const zone = options.tz ?? (format === "mt" ? DEFAULT_MT_ZONE : localZone());
  const dryRun = options.dryRun === true;
  const progress = options.onProgress;

  const converter = format === "mt" ? createHtmlConverter() : null;
  // One Markdown file is the one post of its folder, which is not listed: the files it links to are looked up one by one.
  const single = format === "markdown" && (await stat(src)).isFile();
  const root = single ? path.dirname(src) : src;
  let entries: SourceEntries;
  try {
    entries = converter
      ? await readMtSource(src, zone, converter)
      : await readMarkdownSource(root, zone, journalDir, progress, single ? path.basename(src) : undefined);
  } catch (e) {
    throw e instanceof TsuzuriError ? e : new TsuzuriError("io", `Could not read ${src}: ${messageOf(e)}`);
  }
  const existing = await importedSources(journalDir);
  const ids = numberRepeats(entries.candidates.map((c) => c.identity));
  entries.candidates.forEach((c, i) => (c.identity = ids[i] ?? c.identity));

  const planner = new PathPlanner(journalDir);
  const items: ImportItem[] = [];
  const keyPaths = new Map<string, string>();
  const toCreate: { candidate: Candidate; item: ImportItem }[] = [];
  for (const candidate of entries.candidates) {
    const known = existing.get(candidate.identity);
    const item: ImportItem = known
      ? { entry: candidate.entry, action: "skip", reason: `already imported as ${known}`, path: known }
      : { entry: candidate.entry, action: "create", path: await planner.plan(candidate.date, candidate.nameFrom) };
    items.push(item);
    // Links to an entry imported before point at its post, unless that post is in the trash.
    if (candidate.key !== null && item.path && !item.path.startsWith(`${TRASH_DIR}/`) && !keyPaths.has(candidate.key))
      keyPaths.set(candidate.key, item.path);
    if (!known) toCreate.push({ candidate, item });
  }
  for (const p of entries.passed) items.push({ entry: p.entry, action: "skip", reason: p.reason });

  const copier = new AssetCopier(root, journalDir, dryRun);
  const downloader = options.downloadImages && !dryRun ? new ImageDownloader(journalDir, undefined, options.signal) : null;
  const failed = [...entries.failed];
  const failedItems = new Set<ImportItem>();
  const writes = new WriteQueue(WRITE_CONCURRENCY);
  const pause = yielder();
  // An entry that fails fails whole: the files copied only for it are taken back.
  const fail = async (item: ImportItem, entry: string, e: unknown): Promise<void> => {
    failed.push({ entry, reason: systemReason(e, "write the post of", entry) });
    failedItems.add(item);
    await copier.release(item);
  };
  let cancelled = false;
  let done = 0;
  for (const { candidate, item } of toCreate) {
    await pause();
    progress?.({ phase: "importing", done, total: toCreate.length, entry: candidate.entry });
    if (options.signal?.aborted) {
      cancelled = true;
      break;
    }
    done++;
    const warnings = [...candidate.warnings];
    const planned = item.path ?? "";
    const ctx: BodyContext = {
      postPath: planned,
      postFor: (key) => keyPaths.get(key) ?? null,
      asset: async (rel) => {
        try {
          return await copier.copy(rel, planned, item);
        } catch (e) {
          if (!(e instanceof SourceGone)) throw fsError(e, "copy", rel, "The post was not imported; importing again tries it again.");
          warnings.push(`${rel} could not be copied: ${e.message}; its link is left as it was.`);
          return null;
        }
      },
      warn: (w) => warnings.push(w),
    };
    let text: string;
    try {
      const converted = await candidate.body(ctx);
      const body = downloader ? await downloader.localise(converted, planned, ctx.warn) : converted;
      text = importedPostText({
        id: importedPostId(candidate.date),
        title: candidate.title,
        date: candidate.date,
        updated: candidate.updated,
        tags: candidate.tags,
        draft: candidate.draft,
        extras: candidate.extras,
        identity: candidate.identity,
        body,
      });
    } catch (e) {
      await fail(item, candidate.entry, e);
      continue;
    }
    if (warnings.length) item.warnings = warnings;
    if (dryRun) continue;
    await writes.add(async () => {
      try {
        item.path = await planner.write(planned, text);
        await options.onCreated?.(item.path);
      } catch (e) {
        await fail(item, candidate.entry, e);
      }
    });
  }
  await writes.drain();
  if (!cancelled) progress?.({ phase: "importing", done, total: toCreate.length });
  const finished = new Set(toCreate.slice(0, done).map((t) => t.item));
  const reported = items.filter((i) => !failedItems.has(i) && (i.action === "skip" || finished.has(i)));
  return {
    source: src,
    format,
    dryRun,
    cancelled,
    imported: reported.filter((i) => i.action === "create").length,
    skipped: reported.filter((i) => i.action === "skip").length,
    failed,
    items: reported,
    assets: copier.count + (downloader?.count ?? 0),
  };
}
