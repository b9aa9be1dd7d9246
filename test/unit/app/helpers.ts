// Shared by the app tests: temp journals, an app over them, and waiting for a condition.
import { execFileSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after } from "node:test";
import type { OpArgs, OpName, OpResult } from "../../../core/contract/index.js";
import { createApp, type App } from "../../../core/node/app/index.js";

const repoRoot = path.resolve(import.meta.dirname, "..", "..", "..");
/** The shared journal generator (beside the repository, as CI sees it). */
export const GENERATOR = path.join(repoRoot, "..", "shared", "bench", "gen-journal.mjs");

/** Apps opened by openApp and not yet closed: closed before any temp folder is removed, so that their
 * last writes (the index cache, settings) cannot land in a folder already deleted and re-create it. */
const openApps = new Set<App>();

async function closeApp(app: App): Promise<void> {
  openApps.delete(app);
  await app.close();
}

/** A new empty temp folder, removed when the test file ends (call it in a test, not in a hook). */
export async function tempDir(prefix = "tsuzuri-app-"): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  after(async () => {
    await Promise.all([...openApps].map(closeApp));
    await rm(dir, { recursive: true, force: true });
  });
  return dir;
}

/** Writes a generated journal of `posts` posts into `dir`. */
export function generateJournal(dir: string, posts: number, seed = 7): void {
  execFileSync(process.execPath, [GENERATOR, "--out", dir, "--posts", String(posts), "--seed", String(seed)], { stdio: "ignore" });
}

/** An app over a journal, with a typed `call` that throws the host's error. */
export interface TestApp {
  app: App;
  journalDir: string;
  call<N extends OpName>(op: N, args?: OpArgs<N>): Promise<OpResult<N>>;
}

/** Opens an app over `journalDir` (a fresh temp folder when omitted), closed when the test file ends. */
export async function openApp(journalDir?: string): Promise<TestApp> {
  const dir = journalDir ?? (await tempDir());
  const app = await createApp({
    journalDir: dir,
    userDataDir: await tempDir("tsuzuri-app-user-"),
    host: { kind: "serve", lang: null, assetBase: "/files/" },
  });
  openApps.add(app);
  after(() => closeApp(app));
  return {
    app,
    journalDir: dir,
    async call(op, args) {
      const reply = await app.dispatch(op, args ?? {});
      if (!reply.ok) throw Object.assign(new Error(reply.error.message), { code: reply.error.code });
      return reply.value as never;
    },
  };
}

/** Polls `check` until it returns true, failing after `timeoutMs` with `message`. */
export async function waitFor(check: () => boolean | Promise<boolean>, message: string, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${message}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
