// What an import is asked to do and what it answers.
import type { ImportReport, ImportReportItem } from "../../contract/index.js";

/** The source formats: a folder of Markdown files, or a Movable Type (Hatena Blog) export file. */
export type SourceFormat = ImportReport["format"];
/** A format to use, or "auto" to recognise it. */
export type ImportFormat = SourceFormat | "auto";

/** Where posts are imported to: a journal folder (a Journal satisfies this). */
export interface ImportTarget {
  readonly dir: string;
}

/** How far an import has come. */
export interface ImportProgress {
  /** "reading": reading the source; "importing": converting and writing posts. */
  phase: "reading" | "importing";
  /** Steps done (files read, entries handled) and steps in this phase. */
  done: number;
  total: number;
  /** The entry being handled, as the report names it. */
  entry?: string;
}

/** Options of importSource. */
export interface ImportOptions {
  /** Default "auto". */
  format?: ImportFormat;
  /** Zone (IANA name) of dates written without one. Default: Asia/Tokyo for Movable Type, this computer's zone for Markdown. */
  tz?: string;
  /** Work out and report everything, write nothing. */
  dryRun?: boolean;
  /** Download the posts' http(s) images into assets/<post>/ and link them there (not in a dry run). */
  downloadImages?: boolean;
  /** Called as the import goes on (synchronously; keep it quick). */
  onProgress?: (progress: ImportProgress) => void;
  /** Stops the import between entries; what is written stays (importing again skips it). */
  signal?: AbortSignal;
  /** Called after each post file is written (its journal path): lets an open journal index it at once. */
  onCreated?: (path: string) => void | Promise<void>;
}

/** What happened (or, in a dry run, would happen) to one entry: the contract's type. */
export type ImportItem = ImportReportItem;

/** An entry that could not be imported, and why. */
export type ImportFailure = ImportReport["failed"][number];

export type { ImportReport };
