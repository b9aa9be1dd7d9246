// Exporting and importing from the app: the contract's arguments turned into calls of the export and
// import cores, run as tasks (one at a time, cancellable, with progress). Imported posts join the
// open journal's list and search index at once, not when the watcher notices them.
import { homedir } from "node:os";
import { isAbsolute, join, resolve } from "node:path";
import {
  TsuzuriError,
  type ExportPdfReport,
  type ExportPostReport,
  type ExportSiteReport,
  type ImportReport,
  type OpParsedArgs,
} from "../../contract/index.js";
import { exportPost, exportPostPdf, exportSite, type PrintToPdf } from "../export/index.js";
import { importSource } from "../import/index.js";
import type { Journal } from "../store/index.js";
import type { TaskRunner } from "./tasks.js";

/** An absolute path from what a person typed: `~/x` is in their home folder; relative paths are refused. */
export function userPath(typed: string): string {
  const p = typed.trim();
  if (p === "~") return homedir();
  if (p.startsWith("~/")) return join(homedir(), p.slice(2));
  if (!isAbsolute(p)) throw new TsuzuriError("invalid-argument", `Give the full path (starting with / or ~/), not “${p}”.`);
  return resolve(p);
}

/** Exports one post of `journal` as a single HTML file. */
export function exportPostTask(tasks: TaskRunner, journal: Journal, args: OpParsedArgs<"exportPost">): Promise<ExportPostReport> {
  const file = userPath(args.file);
  return tasks.run("export", ({ signal, progress }) =>
    exportPost(journal, args.path, file, { overwrite: args.overwrite, signal, onProgress: progress }),
  );
}

/** Prints one post of `journal` to a PDF file with the host's printer (an export task: one at a time). */
export function exportPdfTask(
  tasks: TaskRunner,
  journal: Journal,
  print: PrintToPdf | undefined,
  args: OpParsedArgs<"exportPdf">,
): Promise<ExportPdfReport> {
  if (!print) throw new TsuzuriError("unsupported", "This host cannot write PDFs: print the post and choose “Save as PDF”.");
  const file = userPath(args.file);
  return tasks.run("export", ({ signal }) => exportPostPdf(journal, args.path, file, print, { signal }));
}

/** Exports `journal` (or a selection) as a static site folder. */
export function exportSiteTask(tasks: TaskRunner, journal: Journal, args: OpParsedArgs<"exportSite">): Promise<ExportSiteReport> {
  const dir = userPath(args.dir);
  if (resolve(dir) === resolve(journal.dir))
    throw new TsuzuriError("invalid-argument", "Choose a folder outside the journal for the site.");
  return tasks.run("export", ({ signal, progress }) =>
    exportSite(journal, dir, {
      tags: args.tags,
      from: args.from,
      to: args.to,
      drafts: args.drafts,
      baseUrl: args.baseUrl ?? null,
      ...(args.title ? { title: args.title } : {}),
      signal,
      onProgress: progress,
    }),
  );
}

/**
 * Imports `args.source` into `journal`. Each post written is synced into the journal at once, which
 * tells the search index and the renderer (as a change on disk would).
 */
export function importTask(tasks: TaskRunner, journal: Journal, args: OpParsedArgs<"importSource">): Promise<ImportReport> {
  const source = userPath(args.source);
  return tasks.run("import", ({ signal, progress }) =>
    importSource(source, journal, {
      format: args.format,
      tz: args.tz,
      dryRun: args.dryRun,
      downloadImages: args.downloadImages,
      signal,
      onProgress: ({ phase, done, total }) => progress({ phase, done, total }),
      onCreated: (path) => journal.sync(path),
    }),
  );
}
