// A whole serve session: the app over a journal, the server in front of it, and an orderly shutdown
// that lets connected pages save what they have pending before the index is written and the server stops.
import { createApp, type App } from "../app/index.js";
import { FLUSH_QUIET_MS, FLUSH_SETTLE_MS, FLUSH_WAIT_MS } from "../host/index.js";
import { JOURNAL_ROUTE } from "./constants.js";
import { startServer, type RunningServer } from "./server.js";
import { createToken } from "./token.js";

/** Options of a serve session. */
export interface ServeOptions {
  /** The journal to open; null lets the app choose (the last one, else the default). */
  journalDir: string | null;
  userDataDir: string;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  port: number;
  /** A language forced on the UI (`--lang`), or null for the user's setting. */
  lang: "en" | "ja" | null;
  /** A fixed token (tests); random by default. */
  token?: string;
  /** Longest wait for pages' saves on shutdown. */
  flushWaitMs?: number;
}

/** A running session. */
export interface ServeSession {
  url: string;
  port: number;
  token: string;
  /** Where the journal's files are served (HostInfo.assetBase): JOURNAL_ROUTE and the session's media key. */
  assetBase: string;
  app: App;
  server: RunningServer;
  /** Asks pages to save, waits for them (briefly), closes the app (writing the index) and the server. */
  shutdown(): Promise<void>;
}

/** Opens the journal and starts serving it. */
export async function startServe(options: ServeOptions): Promise<ServeSession> {
  // Journal files are read by <img> and the preview frame, which cannot send the token: a separate random key in their path.
  const mediaKey = createToken();
  const assetBase = `${JOURNAL_ROUTE}${mediaKey}/`;
  const app = await createApp({
    journalDir: options.journalDir,
    userDataDir: options.userDataDir,
    host: { kind: "serve", lang: options.lang, assetBase },
  });
  let server: RunningServer;
  try {
    server = await startServer({ app, rendererDir: options.rendererDir, port: options.port, token: options.token, mediaKey });
  } catch (err) {
    await app.close();
    throw err;
  }
  let stopping: Promise<void> | null = null;
  return {
    url: server.url,
    port: server.port,
    token: server.token,
    assetBase,
    app,
    server,
    shutdown() {
      stopping ??= (async () => {
        if (server.events.size > 0) {
          const saved = server.activity.waitForSaves({
            timeoutMs: options.flushWaitMs ?? FLUSH_WAIT_MS,
            quietMs: FLUSH_QUIET_MS,
            settleMs: FLUSH_SETTLE_MS,
          });
          app.emit("flush", {});
          await saved;
        }
        try {
          await app.close();
        } finally {
          await server.close();
        }
      })();
      return stopping;
    },
  };
}
