// What an import is asked to do and what it answers.

/** The source formats: a folder of Markdown files, or a Movable Type (Hatena Blog) export file. */
export type SourceFormat = "markdown" | "mt";
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
  /** Called as the import goes on (synchronously; keep it quick). */
  onProgress?: (progress: ImportProgress) => void;
  /** Stops the import between entries; what is written stays (importing again skips it). */
  signal?: AbortSignal;
  /** Called after each post file is written (its journal path): lets an open journal index it at once. */
  onCreated?: (path: string) => void | Promise<void>;
}

/** What happened (or, in a dry run, would happen) to one entry. */
export interface ImportItem {
  /** The entry as the report names it: a path in the folder, or `#n "title" (date)` in an export. */
  entry: string;
  action: "create" | "skip";
  /** Why it is skipped (e.g. already imported, and where). */
  reason?: string;
  /** The post's journal path: created, or the existing post it duplicates. */
  path?: string;
  /** What was not carried over exactly (a missing image, an unresolved link…). */
  warnings?: string[];
}

/** An entry that could not be imported, and why. */
export interface ImportFailure {
  entry: string;
  reason: string;
}

/** The end of an import. */
export interface ImportReport {
  source: string;
  format: SourceFormat;
  dryRun: boolean;
  /** True when the signal stopped the import before the end. */
  cancelled: boolean;
  /** Posts created (in a dry run: that would be). */
  imported: number;
  /** Entries skipped: already imported (or not posts, like Hugo section pages). */
  skipped: number;
  failed: ImportFailure[];
  /** Every entry that was created or skipped, in source order. */
  items: ImportItem[];
  /** Files (images…) copied into the journal (in a dry run: that would be). */
  assets: number;
}
