// `tsuzuri export`: a journal as a static site folder, or one post as a single HTML file.
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { TsuzuriError } from "../../../contract/index.js";
import { parseDateBound } from "../../../common/export/index.js";
import { exportPost, exportSite, findPost, type ExportProgress } from "../../export/index.js";
import { Journal } from "../../store/index.js";
import { defineCommand, UsageError, type Io } from "../command.js";
import { EXIT_FAILURE, EXIT_INTERRUPTED, EXIT_OK } from "../constants.js";
import { parseNonEmpty } from "../option-values.js";
import { messageOf } from "../../../common/error-message.js";

const NAME = "export";
const SITE_ONLY = ["tag", "from", "to", "drafts", "base-url", "title"] as const;

/** Tags from --tag: repeated options (when the parser keeps them all) and comma-separated lists (tags never contain commas). */
function tagsOf(raw: unknown): string[] | undefined {
  if (raw === undefined) return undefined;
  const values = Array.isArray(raw) ? raw.map(String) : [String(raw)];
  const tags = values.flatMap((v) => v.split(",")).map((t) => t.trim());
  if (tags.some((t) => t === "")) throw new UsageError("--tag needs a tag name", NAME);
  return tags;
}

function dateOf(raw: string | undefined, option: string): string | undefined {
  if (raw === undefined) return undefined;
  if (!parseDateBound(raw)) throw new UsageError(`${option} must be a date like 2019-07-24, not "${raw}"`, NAME);
  return raw;
}

function baseUrlOf(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  let ok = false;
  try {
    ok = /^https?:$/.test(new URL(raw).protocol);
  } catch {
    ok = false;
  }
  if (!ok) throw new UsageError(`--base-url must be an absolute http(s) address like https://example.com/blog/, not "${raw}"`, NAME);
  return raw;
}

/** Reports progress on stderr: one line when a phase ends, and every tenth of a long phase. */
function progressReporter(io: Io): (p: ExportProgress) => void {
  const verbs = { read: "read", render: "rendered", write: "checked", clean: "cleaned" } as const;
  let lastTenth = -1;
  let lastPhase = "";
  return (p) => {
    if (p.phase !== lastPhase) {
      lastPhase = p.phase;
      lastTenth = -1;
    }
    if (p.total === 0) return;
    const tenth = Math.floor((p.done / p.total) * 10);
    if (p.done === p.total || (p.total >= 200 && tenth > lastTenth && tenth > 0)) {
      lastTenth = tenth;
      io.err(`${verbs[p.phase]} ${p.done}/${p.total}${p.phase === "write" ? " files" : p.phase === "clean" ? " old files" : " posts"}`);
    }
  };
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Opens an existing journal folder (export never creates one). */
async function openJournal(dir: string): Promise<Journal> {
  const st = await stat(dir).catch(() => null);
  if (!st?.isDirectory()) throw new TsuzuriError("not-found", `There is no journal folder at ${dir}.`);
  return Journal.open(dir);
}

export const exportCommand = defineCommand({
  name: NAME,
  summary: "Export a journal as a static site, or one post as a single HTML file.",
  args: "JOURNAL",
  description:
    "A site: `tsuzuri export JOURNAL --out DIR` writes index pages, a page per post and per tag, a tags index,\n" +
    "an Atom feed (feed.xml), the images posts show and one stylesheet. Links are relative, so the folder\n" +
    "works opened from disk and on any static host. DIR must be empty or hold an earlier export: exporting\n" +
    "again rewrites only what changed and removes pages of posts that are gone. Drafts are left out unless\n" +
    "--drafts. Without --base-url the feed's links are relative to feed.xml.\n" +
    "One post: `tsuzuri export JOURNAL --post ID_OR_PATH --out FILE.html` writes a self-contained file.",
  options: {
    out: {
      type: "string",
      short: "o",
      value: "DIR|FILE",
      description: "Where to write: a folder for a site, an .html file with --post. Required.",
    },
    post: {
      type: "string",
      value: "ID_OR_PATH",
      description: "Export only this post (its path in the journal, or its id) as one HTML file.",
    },
    tag: {
      type: "string",
      multiple: true,
      value: "TAG",
      description: "Only posts with this tag (or one nested under it); several: --tag a,b.",
    },
    from: { type: "string", value: "DATE", description: "Only posts dated on or after DATE (YYYY-MM-DD)." },
    to: { type: "string", value: "DATE", description: "Only posts dated on or before DATE (YYYY-MM-DD)." },
    drafts: { type: "boolean", description: "Include drafts." },
    "base-url": { type: "string", value: "URL", description: "Where the site will be published, for absolute links in the feed." },
    title: { type: "string", value: "TEXT", description: "The site's title. Default: the journal folder's name." },
    lang: { type: "string", value: "LANG", description: "The journal's language for <html lang> (e.g. ja). Default: detected per post." },
    force: { type: "boolean", description: "With --post: replace FILE even if it is not an earlier export." },
    vertical: { type: "boolean", description: "Set posts vertically (縦書き, right to left), short numbers upright (縦中横)." },
  },
  async run({ values, positionals }, io) {
    if (positionals.length === 0) throw new UsageError("missing JOURNAL (the journal folder to export)", NAME);
    if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`, NAME);
    if (values.out === undefined) throw new UsageError("missing --out (the folder, or with --post the file, to write)", NAME);
    const journalDir = resolve(parseNonEmpty(positionals[0] ?? "", "JOURNAL"));
    const out = resolve(parseNonEmpty(values.out, "--out"));
    const post = values.post === undefined ? undefined : parseNonEmpty(values.post, "--post");
    if (post !== undefined) {
      const wrong = SITE_ONLY.find((o) => values[o] !== undefined);
      if (wrong) throw new UsageError(`--${wrong} is for a site; --post exports one post`, NAME);
    } else if (values.force) throw new UsageError("--force is for --post (a site folder is never overwritten)", NAME);
    const tags = tagsOf((values as Record<string, unknown>).tag);
    const from = dateOf(values.from, "--from");
    const to = dateOf(values.to, "--to");
    const baseUrl = baseUrlOf(values["base-url"]);
    const lang = values.lang === undefined ? undefined : parseNonEmpty(values.lang, "--lang");

    const journal = await openJournal(journalDir);
    const controller = new AbortController();
    const onSignal = () => controller.abort();
    process.once("SIGINT", onSignal);
    try {
      const onProgress = progressReporter(io);
      if (post !== undefined) {
        const r = await exportPost(journal, findPost(journal, post), out, {
          lang,
          overwrite: values.force === true,
          vertical: values.vertical === true,
          onProgress,
          signal: controller.signal,
        });
        for (const w of r.warnings) io.err(`warning: ${w}`);
        io.out(`Exported ${post} to ${r.file} (${Math.ceil(r.bytes / 1024)} KB) in ${seconds(r.ms)}.`);
        return EXIT_OK;
      }
      const r = await exportSite(journal, out, {
        tags,
        from,
        to,
        drafts: values.drafts === true,
        baseUrl,
        title: values.title,
        lang,
        vertical: values.vertical === true,
        onProgress,
        signal: controller.signal,
      });
      for (const w of r.warnings) io.err(`warning: ${w}`);
      for (const k of r.kept)
        io.err(`warning: ${k} was edited since the last export, so it was left in place (no longer part of the site).`);
      io.out(
        `Exported ${plural(r.posts, "post")} to ${r.outDir}: written ${r.written.length}, unchanged ${r.unchanged}, removed ${r.removed.length}, in ${seconds(r.ms)}.`,
      );
      return EXIT_OK;
    } catch (e) {
      if (controller.signal.aborted) {
        io.err(
          `tsuzuri ${NAME}: cancelled; ${post === undefined ? "the folder holds an incomplete export (run the export again to finish it)" : "nothing was written"}`,
        );
        return EXIT_INTERRUPTED;
      }
      if (e instanceof TsuzuriError && e.code === "invalid-argument") throw new UsageError(e.message.replace(/\.$/, ""), NAME);
      io.err(`tsuzuri ${NAME}: ${messageOf(e)}`);
      return EXIT_FAILURE;
    } finally {
      process.removeListener("SIGINT", onSignal);
      await journal.close();
    }
  },
});
