// Importing into a journal: Movable Type / Hatena Blog exports and folders of Markdown files (Jekyll,
// Hugo, Obsidian, plain), with format detection, dry runs, progress, cancelling and a report.
export { importSource } from "./import-source.js";
export { detectFormat, type Detected } from "./detect.js";

export { createHtmlConverter, type HtmlConverter, type Converted } from "./html/index.js";

export type {
  ImportFormat,
  SourceFormat,
  ImportOptions,
  ImportProgress,
  ImportReport,
  ImportItem,
  ImportFailure,
  ImportTarget,
} from "./types.js";
export { reportLines, warningLines, reportJson } from "./report-text.js";
