// Shared by the Hatena tests: a journal in a temp folder, the server, the CLI run in-process with
// the API key in the environment, and reading posts back.
import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after } from "node:test";
import { parseDocument } from "yaml";
import { commands } from "../../../core/node/cli/commands/index.js";
import { runCli } from "../../../core/node/cli/run.js";
import { AtomPubServer } from "./atompub-server.js";

export const USER = "tsuzuri-user";
export const KEY = "k3y-0f-th3-bl0g";

/** A new empty temp folder, removed when the test file ends. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "tsuzuri-hatena-"));
  after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A running server, stopped when the test file ends. */
export async function startServer(): Promise<AtomPubServer> {
  const server = await new AtomPubServer(USER, KEY).start();
  after(() => server.stop());
  return server;
}

/** What a CLI run printed and returned. */
export interface Run {
  code: number;
  out: string;
  err: string;
}

/** Runs `tsuzuri hatena ...args` in-process with HATENA_API_KEY = `key` (null: unset). */
export async function hatena(args: string[], key: string | null = KEY): Promise<Run> {
  const out: string[] = [],
    err: string[] = [];
  const before = process.env.HATENA_API_KEY;
  if (key === null) delete process.env.HATENA_API_KEY;
  else process.env.HATENA_API_KEY = key;
  try {
    const code = await runCli(["hatena", ...args], commands, { out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, out: out.join("\n"), err: err.join("\n") };
  } finally {
    if (before === undefined) delete process.env.HATENA_API_KEY;
    else process.env.HATENA_API_KEY = before;
  }
}

/** `hatena pull` of `server` into `journal` (first call: with --endpoint and --user). */
export function pullFrom(server: AtomPubServer, journal: string, ...more: string[]): Promise<Run> {
  return hatena(["pull", "--journal", journal, "--endpoint", server.endpoint, "--user", USER, "--fotolife", server.fotolife, ...more]);
}

/** Every post file of the journal (journal paths, sorted). */
export async function postFiles(journal: string): Promise<string[]> {
  const entries = await readdir(journal, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".md"))
    .map((e) => path.relative(journal, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .filter((rel) => !rel.startsWith("."))
    .sort();
}

/** A post file read back: its front matter as data and its body. */
export async function readPost(journal: string, rel: string): Promise<{ data: Record<string, unknown>; body: string; text: string }> {
  const text = await readFile(path.join(journal, rel), "utf8");
  const m = /^---\n([\s\S]*?)\n---\n\n?([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`${rel} has no front matter:\n${text}`);
  return { data: parseDocument(m[1] ?? "").toJS() as Record<string, unknown>, body: m[2] ?? "", text };
}

/** The post linked to entry `editUrl`, or undefined. */
export async function postOfEntry(journal: string, editUrl: string): Promise<string | undefined> {
  for (const rel of await postFiles(journal)) {
    const { data } = await readPost(journal, rel);
    if ((data.hatena as { edit?: string } | undefined)?.edit === editUrl) return rel;
  }
  return undefined;
}

/** One SHA-256 over the names and bytes of every file under `dir`: the posts and hatena.json (not the caches in .tsuzuri/). */
export async function hashTree(dir: string): Promise<string> {
  const hash = createHash("sha256");
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .filter((f) => !path.relative(dir, f).startsWith(".tsuzuri" + path.sep) || f.endsWith("hatena.json"))
    .sort();
  for (const file of files) {
    hash.update(path.relative(dir, file) + "\0");
    hash.update(await readFile(file));
  }
  return hash.digest("hex");
}
