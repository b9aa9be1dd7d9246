// Hatena Blog from the app: the journal's link to its blog (.tsuzuri/hatena.json, no secrets), the
// API key kept by the host (Electron: safe storage) or, where it has none (serve), taken from
// HATENA_API_KEY or held in memory for the session; pull and push run as a task with progress and
// Cancel, under the same rules as the CLI (nothing changed on both sides is ever overwritten).
import {
  TsuzuriError,
  type ErrorCode,
  type HatenaStatus,
  type HatenaSyncItem,
  type HatenaSyncReport,
  type OpParsedArgs,
} from "../../contract/index.js";
import {
  API_KEY_ENV,
  DEFAULT_FOTOLIFE,
  HatenaClient,
  HatenaError,
  linkOf,
  normaliseEndpoint,
  pull,
  push,
  readSettings,
  writeSettings,
  type HatenaErrorKind,
  type HatenaSettings,
  type SyncReport,
} from "../hatena/index.js";
import { parsePost } from "../../common/post/index.js";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { AppState } from "./state.js";

/** The contract's error code for each kind of Hatena failure. */
const CODES: Record<HatenaErrorKind, ErrorCode> = {
  auth: "permission",
  "not-found": "not-found",
  timeout: "io",
  network: "io",
  malformed: "io",
  http: "io",
  syntax: "unsupported",
  settings: "invalid-argument",
  image: "invalid-argument",
};

/** The CLI's words in the core's messages, and the app's for the same thing (the dialog's field names and buttons). */
const APP_WORDS: readonly [RegExp, string][] = [
  [/Check --user and HATENA_API_KEY/g, "Check the Hatena ID and the API key"],
  [/Check the ID and HATENA_API_KEY/g, "Check the Hatena ID and the API key"],
  [/--endpoint/g, "the AtomPub root endpoint"],
  [/--fotolife/g, "the Hatena Fotolife address"],
  [
    /Pull to get the blog's text as a conflict copy, merge, then push --force/g,
    "Sync to get the blog's text as a conflict copy beside the post, merge it into the post, then publish the post again and choose “Replace the blog's text”",
  ],
];

/** A message of the Hatena core, worded for the app. */
function appWords(message: string): string {
  return APP_WORDS.reduce((m, [from, to]) => m.replace(from, to), message);
}

/** A Hatena failure as the contract's error (the message says what to check). */
function asContractError(e: unknown): unknown {
  return e instanceof HatenaError ? new TsuzuriError(CODES[e.kind], appWords(e.message)) : e;
}

/** The name a blog's key is kept under: one key per Hatena ID and blog. */
function secretName(settings: Pick<HatenaSettings, "user" | "endpoint">): string {
  return `hatena:${settings.user}@${settings.endpoint}`;
}

/** The Hatena Blog operations of one app: keys typed in this session are held here (never written where there is no safe storage). */
export class HatenaLinkOps {
  private readonly sessionKeys = new Map<string, string>();

  constructor(private readonly state: AppState) {}

  private get secrets() {
    const store = this.state.host.secrets;
    return store?.available() ? store : null;
  }

  private async settings(): Promise<HatenaSettings | null> {
    try {
      return await readSettings(this.state.journal().dir);
    } catch (e) {
      throw asContractError(e);
    }
  }

  /** The API key for `settings`' blog and where it comes from (a key typed in wins over the environment). */
  private async key(settings: HatenaSettings | null): Promise<{ key: string; from: NonNullable<HatenaStatus["key"]> } | null> {
    if (settings) {
      const name = secretName(settings);
      const typed = this.sessionKeys.get(name);
      if (typed) return { key: typed, from: "session" };
      const stored = await this.secrets?.get(name).catch(() => null);
      if (stored) return { key: stored, from: "stored" };
    }
    const env = process.env[API_KEY_ENV];
    return env ? { key: env, from: "environment" } : null;
  }

  async status(): Promise<HatenaStatus> {
    const settings = await this.settings();
    const key = await this.key(settings);
    return {
      endpoint: settings?.endpoint ?? null,
      user: settings?.user ?? null,
      fotolife: settings?.fotolife ?? DEFAULT_FOTOLIFE,
      key: key?.from ?? null,
      keyStorage: this.secrets ? "safe-storage" : "memory",
    };
  }

  /** Remembers the blog in the journal and keeps the key (if given) outside it. */
  async setup(args: OpParsedArgs<"hatenaSetup">): Promise<HatenaStatus> {
    let endpoint: string, fotolife: string;
    const saved = await this.settings();
    try {
      endpoint = normaliseEndpoint(args.endpoint, "The AtomPub root endpoint");
      fotolife = normaliseEndpoint(args.fotolife || saved?.fotolife || DEFAULT_FOTOLIFE, "The Fotolife address");
    } catch (e) {
      throw asContractError(e);
    }
    const sameBlog = saved !== null && saved.endpoint === endpoint;
    const next: HatenaSettings = {
      endpoint,
      user: args.user,
      fotolife,
      auth: saved?.auth ?? "wsse",
      syntax: sameBlog ? saved.syntax : null,
      images: saved?.images ?? {},
    };
    await writeSettings(this.state.journal().dir, next);
    if (args.apiKey) {
      const name = secretName(next);
      if (this.secrets) {
        await this.secrets.set(name, args.apiKey);
        this.sessionKeys.delete(name);
      } else {
        this.sessionKeys.set(name, args.apiKey);
      }
    }
    return this.status();
  }

  /** Pulls, pushes or both, as the app's task (see the contract's hatenaSync). */
  sync(args: OpParsedArgs<"hatenaSync">): Promise<HatenaSyncReport> {
    const journal = this.state.journal();
    return this.state.tasks.run("hatena", async ({ signal, progress }) => {
      const settings = await this.settings();
      if (!settings)
        throw new TsuzuriError(
          "invalid-argument",
          "This journal is not linked to a blog yet: enter its AtomPub root endpoint and your Hatena ID first.",
        );
      const key = await this.key(settings);
      if (!key) throw new TsuzuriError("invalid-argument", "The blog's API key is needed (詳細設定 → AtomPub → APIキー).");
      const stopIfCancelled = () => {
        if (signal.aborted) throw new TsuzuriError("cancelled", "The sync with Hatena Blog was cancelled.");
      };
      const items: HatenaSyncItem[] = [];
      const add = (report: SyncReport) =>
        items.push(...report.items.map((i) => ({ ...i, ...(i.reason ? { reason: appWords(i.reason) } : {}), direction: report.kind })));
      const save = () => writeSettings(journal.dir, settings);
      try {
        const client = new HatenaClient({ ...settings, key: key.key });
        if (args.direction !== "push") {
          progress({ phase: "pulling", done: 0, total: 0 });
          add(
            await pull(journal, client, settings, {
              dryRun: args.dryRun,
              onPage: (page) => {
                stopIfCancelled();
                progress({ phase: "pulling", done: page, total: 0 });
              },
            }),
          );
          if (!args.dryRun) await save();
        }
        if (args.direction !== "pull") {
          stopIfCancelled();
          let sent = false;
          try {
            add(
              await push(journal, client, settings, {
                paths: args.paths,
                dryRun: args.dryRun,
                force: args.force,
                saveSettings: save,
                onPost: (index, total) => {
                  stopIfCancelled();
                  sent = true;
                  progress({ phase: "pushing", done: index - 1, total });
                },
              }),
            );
          } finally {
            if (sent && !args.dryRun) await save();
          }
        }
      } catch (e) {
        throw asContractError(e);
      }
      return { dryRun: args.dryRun, items };
    });
  }

  /** The entry the post at `rel` is linked to. */
  async link(rel: string): Promise<{ url: string | null; edit: string | null }> {
    const journal = this.state.journal();
    if (!journal.list().some((p) => p.path === rel)) throw new TsuzuriError("not-found", `No post ${rel} in the journal.`);
    const text = await readFile(path.join(journal.dir, ...rel.split("/")), "utf8");
    const link = linkOf(parsePost(text, rel).frontMatter.data);
    return { url: link?.url ?? null, edit: link?.edit ?? null };
  }
}
