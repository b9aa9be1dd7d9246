// One test file's world: a server on its own temporary journal, one Chromium, one app page.
// Made in `before`, torn down in `after` (server stopped, browser closed, temp folders removed).
import type { Browser } from "playwright";
import { launchBrowser, openPage, type AppPage, type PageOptions } from "./browser.js";
import { removeDir } from "./paths.js";
import { startServe, type ServeOptions, type Served } from "./serve.js";
import { waitForApp } from "./ui.js";

/** What a test file works with. */
export interface Env extends AppPage {
  browser: Browser;
  server: Served;
  /** Stops the server and starts a new one on the same journal and user data; the page goes to its URL. */
  restart(options?: Omit<ServeOptions, "journalDir" | "userDataDir">): Promise<void>;
  /** Closes everything and removes the temporary folders. */
  close(): Promise<void>;
}

/** Options of startEnv. */
export interface EnvOptions extends ServeOptions, PageOptions {
  /** The accessible name of the new-post button to wait for (another language). */
  readyName?: string;
}

/** Starts a server and a browser and opens the app, ready to use. */
export async function startEnv(options: EnvOptions = {}): Promise<Env> {
  const ownJournal = !options.journalDir;
  const ownUserData = !options.userDataDir;
  let server = await startServe(options);
  /** Stops the server and removes the temporary folders this env made. */
  const cleanup = async () => {
    await server.stop().catch(() => server.kill());
    if (ownJournal) await removeDir(server.journalDir);
    if (ownUserData) await removeDir(server.userDataDir);
  };
  let browser: Browser;
  try {
    browser = await launchBrowser();
  } catch (err) {
    await cleanup();
    throw err;
  }
  let app: AppPage;
  try {
    app = await openPage(browser, server.url, options);
    await waitForApp(app.page, options.readyName);
  } catch (err) {
    await browser.close();
    await cleanup();
    throw new Error(`The app did not come up: ${(err as Error).message}\n--- serve output ---\n${server.output()}`);
  }
  const env: Env = {
    ...app,
    browser,
    server,
    async restart(more = {}) {
      const { code, signal } = await server.stop();
      if (code !== 0 && signal !== "SIGTERM") throw new Error(`serve exited with code ${code} on SIGTERM\n${server.output()}`);
      server = await startServe({ ...options, ...more, journalDir: server.journalDir, userDataDir: server.userDataDir });
      env.server = server;
      await app.page.goto(server.url);
      await waitForApp(app.page, options.readyName);
    },
    async close() {
      await browser.close().catch(() => {});
      await cleanup();
    },
  };
  return env;
}
