// `tsuzuri import`: bring an existing blog into a journal (a Hatena Blog / Movable Type export, or a
// folder of Markdown files from Jekyll, Hugo or Obsidian). Progress on stderr, the report on stdout.
import { resolve } from "node:path";
import { TsuzuriError } from "../../../contract/index.js";
import { isTimeZone } from "../../../common/import/index.js";
import {
  detectFormat,
  importSource,
  reportJson,
  reportLines,
  warningLines,
  type ImportFormat,
  type ImportProgress,
} from "../../import/index.js";
import { Journal } from "../../store/index.js";
import { defineCommand, UsageError, type Io } from "../command.js";
import { EXIT_FAILURE, EXIT_INTERRUPTED, EXIT_OK } from "../constants.js";
import { parseChoice, parseNonEmpty } from "../option-values.js";

const FORMATS = ["auto", "markdown", "mt"] as const;
/** At most one progress line per this many milliseconds. */
const PROGRESS_INTERVAL_MS = 1000;

/** Progress lines on stderr, at most one a second (and the last one of each phase). */
function progressPrinter(io: Io): (p: ImportProgress) => void {
  let last = 0;
  return (p) => {
    const now = Date.now();
    if (now - last < PROGRESS_INTERVAL_MS && p.done < p.total) return;
    last = now;
    io.err(`${p.phase === "reading" ? "Reading" : "Importing"} ${p.done}/${p.total}${p.entry ? `: ${p.entry}` : ""}`);
  };
}

/** Aborts `controller` on the first Ctrl+C (or SIGTERM); a second one exits at once. Returns the cleanup. */
function abortOnSignal(controller: AbortController): () => void {
  const handler = (): void => {
    if (controller.signal.aborted) process.exit(EXIT_INTERRUPTED);
    controller.abort();
  };
  process.on("SIGINT", handler);
  process.on("SIGTERM", handler);
  return () => {
    process.off("SIGINT", handler);
    process.off("SIGTERM", handler);
  };
}

export const importCommand = defineCommand({
  name: "import",
  args: "SOURCE",
  summary: "Import a Hatena Blog / Movable Type export or a folder of Markdown posts into a journal.",
  description:
    "SOURCE is a Movable Type export file (Hatena Blog: <blog>.export.txt) or a folder of Markdown files\n" +
    "(Jekyll, Hugo, an Obsidian vault, any folder). Each entry becomes a post under posts/YYYY/ with its\n" +
    "original date; HTML bodies are converted to Markdown; images a Markdown file links to are copied into\n" +
    "assets/. Importing the same source again skips what is already there. The source is never changed.\n" +
    "Exit status: 0 when every entry was imported or skipped, 1 when some failed (listed), 2 for bad arguments.",
  options: {
    into: { type: "string", value: "JOURNAL", description: "The journal folder to import into (created if missing). Required." },
    format: {
      type: "string",
      value: "auto|markdown|mt",
      description: "What SOURCE is. Default: auto (a folder is Markdown; a file is an export).",
    },
    tz: {
      type: "string",
      value: "ZONE",
      description:
        "Time zone of dates written without one, e.g. Asia/Tokyo. Default: Asia/Tokyo for exports, this computer's zone for Markdown.",
    },
    "dry-run": { type: "boolean", description: "Show what would be created, skipped and why; write nothing." },
    "download-images": {
      type: "boolean",
      description:
        "Download the posts' http(s) images into assets/<post>/ and link them there; one that fails keeps its address (a warning).",
    },
    json: { type: "boolean", description: "Print the report as JSON: {imported, skipped, failed: [{entry, reason}], items, …}." },
  },
  async run({ values, positionals }, io) {
    if (positionals.length === 0) throw new UsageError("missing SOURCE: the export file or folder to import");
    if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}" (one SOURCE at a time)`);
    if (values.into === undefined) throw new UsageError("--into JOURNAL is required: the journal folder to import into");
    const source = resolve(parseNonEmpty(positionals[0] ?? "", "SOURCE"));
    const journalDir = resolve(parseNonEmpty(values.into, "--into"));
    const format: ImportFormat = values.format === undefined ? "auto" : parseChoice(values.format, FORMATS, "--format");
    const tz = values.tz === undefined ? undefined : parseNonEmpty(values.tz, "--tz");
    if (tz !== undefined && !isTimeZone(tz)) throw new UsageError(`--tz must be a time zone like Asia/Tokyo or UTC, not "${tz}"`);
    const dryRun = values["dry-run"] === true;

    const controller = new AbortController();
    const stopListening = abortOnSignal(controller);
    let report;
    try {
      if (format === "auto") {
        const detected = await detectFormat(source);
        io.err(
          `${source}: ${detected.format === "mt" ? "a Movable Type / Hatena Blog export" : "a folder of Markdown files"} (${detected.reason})`,
        );
      }
      report = await importSource(
        source,
        { dir: journalDir },
        {
          format,
          tz,
          dryRun,
          downloadImages: values["download-images"] === true,
          onProgress: progressPrinter(io),
          signal: controller.signal,
        },
      );
    } catch (err) {
      if (err instanceof TsuzuriError && ["invalid-argument", "not-found", "unsupported"].includes(err.code))
        throw new UsageError(err.message);
      throw err;
    } finally {
      stopListening();
    }
    if (!dryRun && report.imported > 0) {
      io.err("Updating the journal's index…");
      const journal = await Journal.open(journalDir);
      await journal.close();
    }
    for (const line of warningLines(report)) io.err(line);
    if (values.json) io.out(reportJson(report));
    else for (const line of reportLines(report)) io.out(line);
    if (report.cancelled) return EXIT_INTERRUPTED;
    return report.failed.length > 0 ? EXIT_FAILURE : EXIT_OK;
  },
});
