// `tsuzuri serve`: the app in a browser on this computer, over a loopback HTTP server.
import { resolve } from "node:path";
import type { JournalInfo } from "../../../contract/index.js";
import { startServe } from "../../serve/index.js";
import { defaultJournalDir, defaultUserDataDir } from "../../store/index.js";
import { defineCommand } from "../command.js";
import { EXIT_FAILURE, EXIT_OK } from "../constants.js";
import { parseChoice, parseNonEmpty, parsePort } from "../option-values.js";
import { rendererDir } from "../renderer-dir.js";
import { waitForStopSignal } from "../signals.js";
import { messageOf } from "../../../common/error-message.js";

const LANGS = ["en", "ja"] as const;

/** Explains a failure to start in one line. */
function startFailure(err: unknown, port: number): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === "EADDRINUSE") return `port ${port} is already in use: choose another with --port, or --port 0 for any free port`;
  if (code === "EACCES") return `port ${port} needs special permission: choose a port above 1023, or --port 0`;
  return messageOf(err);
}

export const serve = defineCommand({
  name: "serve",
  summary: "Open Tsuzuri in your web browser, served from this computer only.",
  description:
    "Starts a web server on 127.0.0.1 and prints its address (with a secret token) as the first line.\n" +
    "Open that address in a browser. Press Ctrl+C to stop: open pages save first.",
  options: {
    journal: {
      type: "string",
      value: "DIR",
      description: "The journal folder (created if missing). Default: Tsuzuri in your Documents folder.",
    },
    port: { type: "string", value: "N", description: "The port, 0 to 65535. Default: 0, any free port." },
    lang: { type: "string", value: "en|ja", description: "The language of the app. Default: your setting." },
    "user-data": { type: "string", value: "DIR", description: "Where settings are kept. Default: your configuration folder." },
  },
  async run({ values }, io) {
    const port = parsePort(values.port ?? "0");
    const lang = values.lang === undefined ? null : parseChoice(values.lang, LANGS, "--lang");
    const journalDir = resolve(values.journal === undefined ? defaultJournalDir() : parseNonEmpty(values.journal, "--journal"));
    const userDataDir = resolve(
      values["user-data"] === undefined ? defaultUserDataDir() : parseNonEmpty(values["user-data"], "--user-data"),
    );

    let session;
    try {
      session = await startServe({ journalDir, userDataDir, rendererDir: rendererDir(), port, lang });
    } catch (err) {
      io.err(`tsuzuri serve: ${startFailure(err, port)}`);
      return EXIT_FAILURE;
    }
    io.out(session.url);
    const journal = await session.app.dispatch("getJournal", {});
    if (journal.ok) {
      const info = journal.value as JournalInfo;
      io.out(`Journal: ${info.dir} (${info.postCount} ${info.postCount === 1 ? "post" : "posts"}). Press Ctrl+C to stop.`);
    }
    await waitForStopSignal(() => io.err("tsuzuri serve: stopped without waiting for saves"));
    await session.shutdown();
    return EXIT_OK;
  },
});
