// `tsuzuri hatena pull|push`: the two-way link with a Hatena Blog (AtomPub). The API key comes from
// HATENA_API_KEY only; the endpoint, Hatena ID and Fotolife address are remembered in the journal
// (.tsuzuri/hatena.json) after the first successful call. Report on stdout, progress on stderr.
import { existsSync } from "node:fs";
import path from "node:path";
import {
  API_KEY_ENV,
  DEFAULT_FOTOLIFE,
  HatenaClient,
  HatenaError,
  SETTINGS_FILE,
  hasProblems,
  normaliseEndpoint,
  pull,
  push,
  readSettings,
  reportLines,
  writeSettings,
  type AuthScheme,
  type HatenaSettings,
  type SyncReport,
} from "../../hatena/index.js";
import { Journal } from "../../store/index.js";
import { defineCommand, UsageError } from "../command.js";
import { EXIT_FAILURE, EXIT_OK } from "../constants.js";
import { parseChoice, parseNonEmpty } from "../option-values.js";

const ACTIONS = ["pull", "push"] as const;
const AUTH = ["wsse", "basic"] as const;

/** The settings of this run: the options over what the journal remembers. */
async function settingsFor(
  journalDir: string,
  values: { endpoint?: string; user?: string; fotolife?: string; auth?: string },
): Promise<HatenaSettings> {
  const saved = await readSettings(journalDir);
  const endpointRaw = values.endpoint ?? saved?.endpoint;
  const user = values.user === undefined ? saved?.user : parseNonEmpty(values.user, "--user");
  if (endpointRaw === undefined || user === undefined) {
    throw new UsageError(
      `this journal is not linked to a blog yet: give --endpoint (the blog's "AtomPub ルートエンドポイント", in 詳細設定) and --user (your Hatena ID)`,
    );
  }
  const wrap = (f: () => string) => {
    try {
      return f();
    } catch (e) {
      throw new UsageError(e instanceof Error ? e.message : String(e));
    }
  };
  const endpoint = wrap(() => normaliseEndpoint(endpointRaw, "--endpoint"));
  const fotolife = wrap(() => normaliseEndpoint(values.fotolife ?? saved?.fotolife ?? DEFAULT_FOTOLIFE, "--fotolife"));
  const auth: AuthScheme = values.auth === undefined ? (saved?.auth ?? "wsse") : parseChoice(values.auth, AUTH, "--auth");
  const sameBlog = saved !== null && saved.endpoint === endpoint;
  return { endpoint, user, fotolife, auth, syntax: sameBlog ? saved.syntax : null, images: saved?.images ?? {} };
}

/** The journal path of a post named on the command line (relative to here, or to the journal). */
function journalPath(journalDir: string, raw: string): string {
  const candidates = [path.resolve(raw), path.resolve(journalDir, raw)];
  const abs = candidates.find((c) => existsSync(c)) ?? candidates[0] ?? raw;
  const rel = path.relative(journalDir, abs);
  if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel)) throw new UsageError(`${raw} is not a post in the journal ${journalDir}`);
  return rel.split(path.sep).join("/");
}

function parseTimeout(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new UsageError(`--timeout must be a number of seconds above 0, not "${raw}"`);
  return seconds * 1000;
}

export const hatena = defineCommand({
  name: "hatena",
  args: "pull|push [POST…]",
  summary: "Pull a Hatena Blog into a journal, or push posts to it (AtomPub), never overwriting an edit.",
  description:
    "pull: every entry (all pages) becomes or updates a post, linked to its entry in its front matter (hatena:).\n" +
    "An entry changed on the blog and in the journal since the last sync is a conflict: the post stays as it is\n" +
    "and the blog's text goes into a copy beside it (<name>.hatena-conflict.md).\n" +
    "push: the POSTs named (a post not yet linked becomes a new entry), or without names every linked post edited\n" +
    "since its last sync (an unlinked post is never published unless named). Local images go to Hatena Fotolife\n" +
    "once. A post whose entry changed on the blog since the last sync is not sent (a conflict) unless --force.\n" +
    `The API key is read from ${API_KEY_ENV} (the blog's 詳細設定 → AtomPub → APIキー); --endpoint, --user and\n` +
    `--fotolife are remembered in ${SETTINGS_FILE}. Exit status: 0 when all went well, 1 on conflicts or failures.`,
  options: {
    journal: { type: "string", value: "DIR", description: "The journal folder. Required." },
    endpoint: {
      type: "string",
      value: "URL",
      description: "The blog's AtomPub root endpoint, e.g. https://blog.hatena.ne.jp/ID/BLOG.hatenablog.com/atom (remembered).",
    },
    user: { type: "string", value: "ID", description: "Your Hatena ID (remembered)." },
    fotolife: {
      type: "string",
      value: "URL",
      description: `Hatena Fotolife's AtomAPI root for images (remembered). Default: ${DEFAULT_FOTOLIFE}.`,
    },
    auth: {
      type: "string",
      value: "wsse|basic",
      description: "How to sign in to the blog (remembered). Default: wsse. Basic only over https.",
    },
    "dry-run": { type: "boolean", description: "Show what would be created, updated, unchanged and in conflict; write and send nothing." },
    force: {
      type: "boolean",
      description: "push: send even when the entry changed on the blog since the last sync (after merging the conflict copy).",
    },
    timeout: { type: "string", value: "SECONDS", description: "Give up on a request after this long. Default: 30." },
    json: { type: "boolean", description: "Print the report as JSON: {kind, items: [{action, path, title, edit, copy, reason}]}." },
  },
  async run({ values, positionals }, io) {
    const action = parseChoice(positionals[0] ?? "", ACTIONS, "the first argument");
    if (values.journal === undefined) throw new UsageError("--journal DIR is required: the journal folder");
    const journalDir = path.resolve(parseNonEmpty(values.journal, "--journal"));
    if (action === "pull" && positionals.length > 1) throw new UsageError(`pull takes no POST arguments ("${positionals[1]}")`);
    if (action === "pull" && values.force) throw new UsageError("--force is for push only");
    const paths = positionals.slice(1).map((p) => journalPath(journalDir, p));
    const timeoutMs = parseTimeout(values.timeout);
    const key = process.env[API_KEY_ENV];
    if (key === undefined || key === "")
      throw new UsageError(`set ${API_KEY_ENV} to the blog's API key (詳細設定 → AtomPub → APIキー); Tsuzuri never stores it`);
    const settings = await settingsFor(journalDir, values);
    let client: HatenaClient;
    try {
      client = new HatenaClient({ ...settings, key, timeoutMs });
    } catch (e) {
      if (e instanceof HatenaError) throw new UsageError(e.message);
      throw e;
    }
    const dryRun = values["dry-run"] === true;
    const journal = await Journal.open(journalDir);
    let report: SyncReport;
    try {
      if (action === "pull") {
        report = await pull(journal, client, settings, {
          dryRun,
          onPage: (page, n) => io.err(`Reading the blog: page ${page} (${n} entries)`),
        });
        if (!dryRun) await writeSettings(journalDir, settings);
      } else {
        report = await push(journal, client, settings, {
          paths: paths.length ? paths : undefined,
          force: values.force === true,
          dryRun,
          onPost: (i, n, title) => io.err(`Pushing ${i}/${n}: ${title}`),
          saveSettings: () => writeSettings(journalDir, settings),
        });
        if (report.items.some((i) => i.action === "created" || i.action === "updated")) await writeSettings(journalDir, settings);
      }
    } finally {
      await journal.close();
    }
    if (values.json) io.out(JSON.stringify(report));
    else for (const line of reportLines(report)) io.out(line);
    return hasProblems(report) ? EXIT_FAILURE : EXIT_OK;
  },
});
