// Options, progress and results of exports.
import type { DateBound } from "../../common/export/index.js";
import type { ExportPostReport, ExportSiteReport } from "../../contract/index.js";

/** Where an export is: reading posts, rendering bodies, writing files, removing old files. */
export type ExportPhase = "read" | "render" | "write" | "clean";

/** A progress report: `done` of `total` steps of `phase` (phases come in the order above; totals are known per phase). */
export interface ExportProgress {
  phase: ExportPhase;
  done: number;
  total: number;
}

/** What both kinds of export accept. */
export interface ExportCommonOptions {
  /** The journal's language for `<html lang>` (e.g. "ja"); default: each post's front matter `lang`, else detected. */
  lang?: string | null;
  /** Called as the export advances (often: throttle what you show). */
  onProgress?: (progress: ExportProgress) => void;
  /** Cancels the export; it then rejects with the signal's reason (an AbortError). */
  signal?: AbortSignal;
  /** Posts set vertically (縦書き: vertical.css, 縦中横 for short numbers). Default false. */
  vertical?: boolean;
}

/** Options of exportSite. */
export interface ExportSiteOptions extends ExportCommonOptions {
  /** Only posts with any of these tags (or tags nested under them). */
  tags?: readonly string[];
  /** Only posts dated on or after this day ("YYYY-MM-DD") or instant (ISO date with time). */
  from?: string | DateBound;
  /** Only posts dated on or before this day or instant. */
  to?: string | DateBound;
  /** Include drafts. Default false. */
  drafts?: boolean;
  /** Only these posts (journal paths). */
  paths?: readonly string[];
  /** Absolute URL where the site will be published: makes the feed's links and ids absolute. */
  baseUrl?: string | null;
  /** The site's title. Default: the journal folder's name. */
  title?: string;
}

/** What exportSite did: the contract's report, so the app hands it on as it is. */
export type ExportSiteResult = ExportSiteReport;

/** Options of exportPost. */
export interface ExportPostOptions extends ExportCommonOptions {
  /** Replace `outFile` even if it is not an earlier Tsuzuri export. Default false. */
  overwrite?: boolean;
}

/** What exportPost wrote: the contract's report. */
export type ExportPostResult = ExportPostReport;
