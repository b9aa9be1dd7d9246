// Runs `tsuzuri serve` on a journal folder, as a user would from a terminal.
import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import { BIN, ROOT, assertBuilt, removeDir, tempDir } from "./paths.js";

/** Options of startServe. */
export interface ServeOptions {
  /** The journal folder; a fresh temporary one when omitted. */
  journalDir?: string;
  /** The user-data folder (settings); a fresh temporary one when omitted. Reuse it to "restart" the app. */
  userDataDir?: string;
  /** Passed as `--lang`. */
  lang?: "en" | "ja";
  /** The server's time zone (TZ), e.g. "Asia/Tokyo"; the machine's when omitted. */
  timeZone?: string;
  /** More environment variables of the serve process (e.g. HATENA_API_KEY). */
  env?: Record<string, string>;
}

/** A running server. */
export interface Served {
  /** The URL printed on the first line of stdout, with its token. */
  url: string;
  journalDir: string;
  userDataDir: string;
  /** Everything the server wrote, for failure messages. */
  output(): string;
  /** SIGTERM, then waits for the process to end (fails if it does not within 10 s). */
  stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGKILL, for cleanup after a failure. */
  kill(): void;
}

/** How long a server may take to print its URL (a cold start on 2 cores). */
const START_TIMEOUT = 20_000;
const STOP_TIMEOUT = 10_000;
const URL_LINE = /^http:\/\/127\.0\.0\.1:(\d+)\/\?token=[^\s&]+$/;

/** Starts `node bin/tsuzuri.js serve --journal DIR --port 0 --user-data DIR2 [--lang L]`. */
export async function startServe(options: ServeOptions = {}): Promise<Served> {
  assertBuilt();
  const journalDir = options.journalDir ?? (await tempDir("journal"));
  const userDataDir = options.userDataDir ?? (await tempDir("userdata"));
  const args = [BIN, "serve", "--journal", journalDir, "--port", "0", "--user-data", userDataDir];
  if (options.lang) args.push("--lang", options.lang);
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NO_COLOR: "1", ...(options.timeZone ? { TZ: options.timeZone } : {}), ...options.env },
  });
  let log = "";
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (chunk: string) => (log += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const made = [options.journalDir ? null : journalDir, options.userDataDir ? null : userDataDir].filter((d): d is string => d !== null);
  const url = await firstLine(child, exited, () => log).catch(async (err: unknown) => {
    await exited;
    for (const d of made) await removeDir(d);
    throw err;
  });
  const lines = createInterface({ input: child.stdout });
  lines.on("line", (line) => (log += line + "\n"));
  if (!URL_LINE.test(url)) {
    child.kill("SIGKILL");
    await exited;
    for (const d of made) await removeDir(d);
    throw new Error(`serve's first stdout line should be http://127.0.0.1:PORT/?token=TOKEN, got ${JSON.stringify(url)}\n${log}`);
  }
  return {
    url,
    journalDir,
    userDataDir,
    output: () => log,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      const timer = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), STOP_TIMEOUT).unref());
      const result = await Promise.race([exited, timer]);
      if (result === "timeout") {
        child.kill("SIGKILL");
        throw new Error(`serve did not exit within ${STOP_TIMEOUT} ms of SIGTERM\n${log}`);
      }
      return result;
    },
    kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    },
  };
}

/** Reads the first stdout line, failing clearly if the process exits or stays silent. */
function firstLine(child: ChildProcess, exited: Promise<{ code: number | null }>, log: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffer = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`serve printed no URL within ${START_TIMEOUT} ms\n${log()}`));
    }, START_TIMEOUT);
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString("utf8");
      const nl = buffer.indexOf("\n");
      if (nl < 0) return;
      clearTimeout(timer);
      child.stdout?.off("data", onData);
      child.stdout?.pause();
      resolve(buffer.slice(0, nl).trim());
    };
    child.stdout?.on("data", onData);
    void exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`serve exited (code ${code}) before printing its URL\n${log()}`));
    });
  });
}
