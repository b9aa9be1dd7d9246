// Killing a process in the middle of store operations, and checking what it left: shared by the
// crash-point tests, the short crash loop and the soak (test/soak). The child (crash-child.ts) is
// bundled once with esbuild so that each of the many restarts costs a plain `node` start.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { lstat, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { build } from "esbuild";
import { parsePost } from "../../../core/common/post/index.js";
import { Journal } from "../../../core/node/store/index.js";
import { sha256Hex } from "../../../core/node/store/hash.js";
import type { TrashEntry } from "../../../core/contract/index.js";

/** Bundles crash-child.ts into `dir`; returns the script to run with node. */
export async function bundleChild(dir: string): Promise<string> {
  const out = path.join(dir, "crash-child.mjs");
  await build({
    entryPoints: [path.join(import.meta.dirname, "crash-child.ts")],
    outfile: out,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "silent",
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  return out;
}

/** What a child run ended with: killed (by us, or by itself at the chosen point) or finished. */
export interface ChildRun {
  killed: boolean;
  stdout: string;
  stderr: string;
}

/** Runs the child on `journal` in `mode`; with `killAfterMs`, kills it that long after it says it is ready. */
export function runChild(
  script: string,
  journal: string,
  log: string,
  mode: string,
  opts: { killAt?: string; killAfterMs?: number } = {},
): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const args = [script, journal, log, mode, ...(opts.killAt ? [opts.killAt] : [])];
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
      if (opts.killAfterMs !== undefined && stdout.includes("ready")) {
        const ms = opts.killAfterMs;
        opts.killAfterMs = undefined;
        setTimeout(() => child.kill("SIGKILL"), ms);
      }
    });
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("exit", (_code, signal) => resolve({ killed: signal === "SIGKILL", stdout, stderr }));
  });
}

/** What was found in a journal after a crash and a reopen. */
export interface Check {
  problems: string[];
  posts: number;
  trashed: number;
  emptyFiles: number;
  foldersLost: number;
  tempsLeft: number;
  /** Temp files of interrupted writes found before the reopen (the reopen sweeps them). */
  tempsFound: number;
  /** Posts found under two names (an interrupted move; nothing lost). */
  duplicates: number;
}

async function filesUnder(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"));
  } catch {
    return [];
  }
}

/**
 * The texts each post id may have, from the child's log: its last acknowledged ("done") tag, and
 * the tags of saves begun after it (one cut short by a kill may or may not have reached the disk).
 */
function versionsOf(log: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const line of log.split("\n")) {
    const [kind, op, id, t] = line.split(" ");
    if ((op !== "save" && op !== "create") || !id || id === "-" || !t) continue;
    if (kind === "done") out.set(id, new Set([t]));
    else if (kind === "begin") out.get(id)?.add(t);
  }
  return out;
}

/**
 * Opens `journal` (which runs its recovery) and checks: every post file is whole (its self-checking
 * body intact, front matter readable), none is empty, every acknowledged post still exists (in the
 * journal or the trash) with its last acknowledged text or the one being written, every post in the
 * trash has a record naming its folder, no temp file is left, and the index matches the files.
 */
export async function checkJournal(journal: string, logFile: string): Promise<Check> {
  const tempsFound = await countTemps(journal);
  const j = await Journal.open(journal);
  const listed = j.list();
  const trash = await j.listTrash();
  await j.close();
  return checkFiles(journal, logFile, { listed, trash, tempsFound });
}

/** Temp files of interrupted writes under `journal` (Tsuzuri's pattern: `.<name>.<12 hex>.tmp`). */
export async function countTemps(journal: string): Promise<number> {
  return (await filesUnder(journal)).filter((f) => /\.[0-9a-f]{12}\.tmp$/.test(f)).length;
}

/** What a host that opened the journal after a crash says is in it. */
export interface Opened {
  /** Its post list (the index it recovered). */
  listed: readonly { path: string; hash: string }[];
  trash: readonly TrashEntry[];
  /** Temp files found before it opened the journal. */
  tempsFound: number;
}

/** The checks of checkJournal, against what a host (the store itself, or serve) listed after reopening. */
export async function checkFiles(journal: string, logFile: string, opened: Opened): Promise<Check> {
  const problems: string[] = [];
  const { trash, tempsFound } = opened;
  const listed = new Map(opened.listed.map((p) => [p.path, p]));
  const files = await filesUnder(journal);
  const md = files.filter((f) => f.endsWith(".md") && !path.posix.basename(f).startsWith("."));
  const check: Check = { problems, posts: 0, trashed: 0, emptyFiles: 0, foldersLost: 0, tempsLeft: 0, tempsFound, duplicates: 0 };
  check.tempsLeft = files.filter((f) => /\.[0-9a-f]{12}\.tmp$/.test(f)).length;
  if (check.tempsLeft) problems.push(`temp files left: ${files.filter((f) => f.endsWith(".tmp")).join(", ")}`);
  const tagById = new Map<string, string[]>();
  for (const rel of md) {
    const abs = path.join(journal, ...rel.split("/"));
    const bytes = await readFile(abs);
    const inTrash = rel.startsWith(".trash/");
    if (inTrash) check.trashed++;
    else check.posts++;
    if (bytes.length === 0) {
      check.emptyFiles++;
      problems.push(`empty file: ${rel}`);
      continue;
    }
    const parsed = parsePost(bytes.toString("utf8"), path.posix.basename(rel));
    const m = /^v:([0-9a-f]{12})\n(あ+)\nend:\1\n$/.exec(parsed.body);
    if (parsed.frontMatter.status !== "ok" || !m) problems.push(`torn or mixed file: ${rel}`);
    const id = parsed.meta.id ?? rel;
    tagById.set(id, [...(tagById.get(id) ?? []), m?.[1] ?? "?"]);
    if (!inTrash) {
      const entry = listed.get(rel);
      if (!entry) problems.push(`not in the index after reopening: ${rel}`);
      else if (entry.hash !== sha256Hex(bytes)) problems.push(`stale index entry: ${rel}`);
    }
  }
  for (const rel of listed.keys()) if (!md.includes(rel)) problems.push(`indexed but not on disk: ${rel}`);
  for (const tags of tagById.values()) if (tags.length > 1) check.duplicates++;
  for (const entry of trash) {
    const st = await lstat(path.join(journal, ...entry.trashPath.split("/"))).catch(() => null);
    if (!st) continue;
    if (!entry.originalPath.includes("/")) {
      check.foldersLost++;
      problems.push(`in the trash without its folder: ${entry.trashPath}`);
    }
  }
  let log = "";
  try {
    log = readFileSync(logFile, "utf8");
  } catch {
    // No log yet: nothing acknowledged.
  }
  for (const [id, allowed] of versionsOf(log)) {
    const found = tagById.get(id);
    if (!found) problems.push(`acknowledged post lost: ${id}`);
    else if (!found.some((t) => allowed.has(t))) problems.push(`post ${id} is neither its acknowledged version nor the one being saved`);
  }
  return check;
}

/** A temp folder for a journal, the log and the bundled child; `done()` removes it. */
export async function crashRoom(): Promise<{ root: string; journal: string; log: string; done: () => Promise<void> }> {
  const root = await mkdtemp(path.join(os.tmpdir(), "tsuzuri-crash-"));
  return {
    root,
    journal: path.join(root, "journal"),
    log: path.join(root, "log.txt"),
    done: () => rm(root, { recursive: true, force: true }),
  };
}

/** The figures of a crash loop. */
export interface LoopFigures {
  kills: number;
  /** Kills that landed between the start and the end of a write (the log's last line is a "begin"). */
  midOperation: number;
  operations: number;
  /** Operations that failed with an error (in the child's log). */
  errors: string[];
  emptyFiles: number;
  foldersLost: number;
  duplicates: number;
  tempsSwept: number;
  tempsLeft: number;
  posts: number;
  trashed: number;
  problems: string[];
}

/**
 * Runs the child's random operations on one journal and SIGKILLs it `kills` times, each time
 * between 0 and `maxDelayMs` after it is ready, checking the journal after each kill (checkJournal).
 */
export async function crashLoop(kills: number, maxDelayMs: number): Promise<LoopFigures> {
  const room = await crashRoom();
  const figures: LoopFigures = {
    kills: 0,
    midOperation: 0,
    operations: 0,
    errors: [],
    emptyFiles: 0,
    foldersLost: 0,
    duplicates: 0,
    tempsSwept: 0,
    tempsLeft: 0,
    posts: 0,
    trashed: 0,
    problems: [],
  };
  try {
    const script = await bundleChild(room.root);
    for (let i = 0; i < kills; i++) {
      const run = await runChild(script, room.journal, room.log, "loop", { killAfterMs: Math.floor(Math.random() * maxDelayMs) });
      if (!run.killed) figures.problems.push(`the child ended by itself: ${run.stderr.slice(0, 500)}`);
      else figures.kills++;
      const lines = readFileSync(room.log, "utf8").trimEnd().split("\n");
      if (lines.at(-1)?.startsWith("begin ")) figures.midOperation++;
      const check = await checkJournal(room.journal, room.log);
      figures.problems.push(...check.problems.map((p) => `after kill ${i + 1}: ${p}`));
      figures.emptyFiles += check.emptyFiles;
      figures.foldersLost += check.foldersLost;
      figures.duplicates = Math.max(figures.duplicates, check.duplicates);
      figures.tempsSwept += check.tempsFound;
      figures.tempsLeft += check.tempsLeft;
      figures.posts = check.posts;
      figures.trashed = check.trashed;
    }
    const log = readFileSync(room.log, "utf8").split("\n");
    figures.operations = log.filter((l) => l.startsWith("op ")).length;
    figures.errors = log.filter((l) => l.startsWith("error "));
  } finally {
    await room.done();
  }
  return figures;
}
