// Runs electron/main against the stand-in `electron` module (fake-electron.ts): bundles it with the
// alias, imports it with a command line, and hands back what a test drives it through.
import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { ipcChannel, type Reply } from "../../core/contract/index.js";
import { state, type FakeWindow } from "./fake-electron.js";

const root = join(import.meta.dirname, "../..");

/** Polls `probe` until it answers something, failing after `timeoutMs`. */
export async function until<T>(what: string, probe: () => T | null | undefined, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = probe();
    if (v !== null && v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Bundles `entry` (a file of electron/) into `outfile`, its `electron` imports the stand-in's. */
export async function bundleWithFakeElectron(entry: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    alias: { electron: join(import.meta.dirname, "fake-electron.ts") },
    logLevel: "warning",
  });
}

/** A running main process. */
export interface BootedMain {
  /** The app window. */
  win: FakeWindow;
  /** Calls an operation's IPC handler as a frame would (by default the window's main frame). */
  invoke(op: string, args: unknown, from?: { sender?: unknown; frame?: { parent: unknown; url: string } | null }): Promise<Reply>;
  /** Removes the bundle and puts process.argv back. */
  cleanUp(): Promise<void>;
}

/** Bundles and imports electron/main with `args` after `electron main.js`, waiting for its window (after `beforeStart`, if given, resolves). */
export async function bootMain(args: string[], beforeStart?: () => Promise<void>): Promise<BootedMain> {
  await mkdir(join(root, "test-results"), { recursive: true });
  const out = await mkdtemp(join(root, "test-results", "electron-main-"));
  await bundleWithFakeElectron(join(root, "electron/main/main.ts"), join(out, "electron", "main.js"));
  await mkdir(join(out, "renderer"), { recursive: true });
  await writeFile(join(out, "renderer", "index.html"), "<!doctype html><title>wiring</title>");
  const argv = process.argv;
  process.argv = [process.execPath, join(out, "electron", "main.js"), ...args];
  await import(pathToFileURL(join(out, "electron", "main.js")).href);
  await beforeStart?.();
  const win = await until("the window", () => state().windows[0]);
  await until("the page to load", () => (win.webContents.mainFrame.url === "tsuzuri://app/" && win.webContents.loaded ? true : null));
  await new Promise((r) => setImmediate(r));
  return {
    win,
    invoke(op, args, from = {}) {
      const handler = state().ipcHandlers.get(ipcChannel(op));
      assert.ok(handler, `a handler for ${op}`);
      const event = {
        sender: from.sender ?? win.webContents,
        senderFrame: from.frame === undefined ? win.webContents.mainFrame : from.frame,
      };
      return Promise.resolve(handler(event, args)) as Promise<Reply>;
    },
    async cleanUp() {
      process.argv = argv;
      await rm(out, { recursive: true, force: true });
    },
  };
}
