// Load benchmark of `tsuzuri serve` (not a test; nothing here gates CI): on a 10,000-post journal,
// 1,000 saves (8 writers at once) and 200 concurrent searches through the HTTP API of a real serve
// process, then both at once: latency p50/p95/max, errors, lost writes and the server's memory.
// The same load runs ROUNDS times; after each, the server collects its garbage and reports its
// memory, and the row "serve memory growth round 2→3" fails when the last round still grows; any
// error or lost write makes the benchmark fail.
// Run: node --import tsx bench/load.ts [--quick] [--keep] [--rounds N] [--snapshots DIR]
//   --quick: 2,000 posts, fewer operations; --snapshots: a heap snapshot of the server after each round
import { execFileSync, spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { QUICK, reportRow } from "./report.js";

const repoRoot = path.resolve(import.meta.dirname, "..");
const GENERATOR = path.join(repoRoot, "..", "shared", "bench", "gen-journal.mjs");
const BIN = path.join(repoRoot, "dist", "cli", "tsuzuri.js");
const POSTS = QUICK ? 2_000 : 10_000;
const SAVES = QUICK ? 200 : 1_000;
const WRITERS = 8;
const SEARCHES = QUICK ? 50 : 200;
const flag = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
/** Rounds of the same load: the first fills caches, the ones after must not grow. */
const ROUNDS = Math.max(3, Number(flag("--rounds") ?? 3));
const SNAPSHOTS = flag("--snapshots");
/**
 * How much the memory the server holds after a forced GC (JS heap used + external, i.e. Buffers and
 * typed arrays) may grow from the second-to-last round to the last, in MB. Every round saves the same
 * posts and asks the same searches, so caches are full after round 1 and the rounds after should stay
 * level: measured, they move by under 0.5 MB on 10,000 posts. 2 MB over a round's 1,600 operations
 * catches a leak of about 1.3 kB per operation (a closure, a listener, a copied buffer kept per request).
 * RSS is reported but not bounded: with the heap level to 0.1 MB it still swings by ±100 MB from round
 * to round (freed native memory that glibc keeps, not something the server holds).
 */
const MEMORY_GROWTH_LIMIT_MB = 2;
/**
 * Loaded into the server before its own code (`--import data:`): on a message from this process it
 * collects garbage twice, optionally writes a heap snapshot, and answers with process.memoryUsage()
 * (and the RSS before collecting, which holds garbage V8 had not yet collected, and the peak RSS since
 * the last call, Linux only: VmHWM, reset through /proc/self/clear_refs).
 */
const PROBE = `import { readFileSync, writeFileSync } from "node:fs";
import v8 from "node:v8";
const peak = () => { try { return 1024 * Number(/VmHWM:\\s+(\\d+)/.exec(readFileSync("/proc/self/status", "utf8"))[1]); } catch { return NaN; } };
process.on("message", (m) => {
  if (m?.type !== "memory") return;
  const before = process.memoryUsage.rss();
  const top = peak();
  try { writeFileSync("/proc/self/clear_refs", "5"); } catch {}
  globalThis.gc(); globalThis.gc();
  const snapshot = m.snapshot ? v8.writeHeapSnapshot(m.snapshot) : null;
  process.send({ before, peak: top, memory: process.memoryUsage(), snapshot });
});
process.channel?.unref();`;
/** Queries of the concurrent burst: repeated, as many people (or one typing) ask the same things. */
const QUERIES = [
  "ドメイン",
  "kubernetes",
  "設計",
  "鍋",
  "サービスメッシュ",
  "Prometheus Grafana",
  '"Spring Boot"',
  "tag:dev kubernetes",
  "after:2019 ドメイン",
  "存在しない言葉",
  "観測性",
  "の",
];

interface Reply {
  ok: boolean;
  value?: unknown;
  error?: { code: string; message: string };
}

const percentile = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
};
const ms = (n: number): string => `${n.toFixed(n < 10 ? 1 : 0)} ms`;
const mb = (kb: number): string => `${(kb / 1024).toFixed(0)} MB`;
const mb1 = (kb: number): string => `${(kb / 1024).toFixed(1)} MB`;

/** The server's memory after a forced GC, in kB (and its RSS just before, and at its peak since the last look). */
interface Memory {
  rssPeak: number;
  rssBeforeGc: number;
  rss: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
}

async function startServer(journal: string, userData: string) {
  const probe = `data:text/javascript,${encodeURIComponent(PROBE)}`;
  const args = ["--expose-gc", "--import", probe, BIN, "serve", "--journal", journal, "--port", "0", "--user-data", userData];
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit", "ipc"] });
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once("line", resolve);
    child.once("exit", (code) => reject(new Error(`serve exited with ${code}`)));
  });
  const { origin, searchParams } = new URL(url);
  const token = searchParams.get("token") ?? "";
  const call = async (op: string, args: unknown): Promise<Reply> => {
    const res = await fetch(`${origin}/api/${op}`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Tsuzuri-Token": token },
      body: JSON.stringify(args),
    });
    return (await res.json()) as Reply;
  };
  const stop = () =>
    new Promise<void>((resolve) => {
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  /** Collects the server's garbage and returns its memory (and writes a heap snapshot to `snapshot`). */
  const memory = (snapshot?: string) =>
    new Promise<Memory>((resolve) => {
      child.once("message", (m: { before: number; peak: number; memory: NodeJS.MemoryUsage }) => {
        const kb = (bytes: number) => bytes / 1024;
        const { rss, heapUsed, external, arrayBuffers } = m.memory;
        resolve({
          rssPeak: kb(m.peak),
          rssBeforeGc: kb(m.before),
          rss: kb(rss),
          heapUsed: kb(heapUsed),
          external: kb(external),
          arrayBuffers: kb(arrayBuffers),
        });
      });
      child.send({ type: "memory", snapshot });
    });
  return { pid: child.pid!, call, stop, memory };
}

type Server = Awaited<ReturnType<typeof startServer>>;

async function timed(fn: () => Promise<Reply>, times: number[], errors: string[]): Promise<Reply> {
  const t0 = performance.now();
  const reply = await fn().catch((err: unknown): Reply => ({ ok: false, error: { code: "io", message: String(err) } }));
  times.push(performance.now() - t0);
  if (!reply.ok) errors.push(reply.error?.message ?? "?");
  return reply;
}

/** A post a writer saves again and again: its path and the hash of its last saved version. */
interface Draft {
  path: string;
  hash: string;
  title: string;
}

/** One post per writer, made once: every round saves the same posts, so the journal does not grow between rounds. */
async function drafts(server: Server, tag: string): Promise<Draft[]> {
  return Promise.all(
    Array.from({ length: WRITERS }, async (_, w) => {
      const title = `load ${tag} ${w}`;
      const created = await server.call("createPost", { title });
      if (!created.ok) throw new Error(`createPost: ${created.error?.message}`);
      const { path: postPath, hash } = created.value as { path: string; hash: string };
      return { path: postPath, hash, title };
    }),
  );
}

/** `count` saves by WRITERS writers, each on its own post; returns latencies, errors and the last body of each post. */
async function saves(server: Server, posts: Draft[], count: number, tag: string) {
  const times: number[] = [];
  const errors: string[] = [];
  const last = new Map<string, string>();
  const writer = async (post: Draft, w: number) => {
    for (let i = w; i < count; i += WRITERS) {
      const body = `${tag} save ${i}: ${"負荷試験の本文。".repeat(20)}\n`;
      const reply = await timed(
        () => server.call("savePost", { path: post.path, baseHash: post.hash, title: post.title, body }),
        times,
        errors,
      );
      const result = reply.value as { status: string; post?: { path: string; hash: string } } | undefined;
      if (result?.status === "saved" && result.post) {
        ({ path: post.path, hash: post.hash } = result.post);
        last.set(post.path, body);
      } else if (reply.ok) errors.push(`save ${i}: ${result?.status}`);
    }
  };
  await Promise.all(posts.map(writer));
  return { times, errors, last };
}

async function searches(server: Server, count: number) {
  const times: number[] = [];
  const errors: string[] = [];
  await Promise.all(
    Array.from({ length: count }, (_, i) => timed(() => server.call("search", { query: QUERIES[i % QUERIES.length] }), times, errors)),
  );
  return { times, errors };
}

/** Posts whose file on disk does not hold the last body acknowledged as saved. */
async function lostWrites(journal: string, last: Map<string, string>): Promise<number> {
  let lost = 0;
  for (const [rel, body] of last) {
    const text = await readFile(path.join(journal, ...rel.split("/")), "utf8").catch(() => "");
    if (!text.endsWith(body)) lost++;
  }
  return lost;
}

const line = (what: string, times: number[], errors: string[]) =>
  console.log(
    `| ${what} | ${times.length} | ${ms(percentile(times, 0.5))} | ${ms(percentile(times, 0.95))} | ${ms(Math.max(...times))} | ${errors.length} |`,
  );

async function main(): Promise<void> {
  const root = await mkdtemp(path.join(os.tmpdir(), "tsuzuri-load-bench-"));
  const journal = path.join(root, "journal");
  execFileSync(process.execPath, [GENERATOR, "--out", journal, "--posts", String(POSTS)], { stdio: "ignore" });
  const server = await startServer(journal, path.join(root, "user-data"));
  try {
    const t0 = performance.now();
    const first = await server.call("search", { query: "ドメイン" });
    if (!first.ok) throw new Error(`search: ${first.error?.message}`);
    const indexMs = performance.now() - t0;
    const before = await server.memory();
    console.log(
      `${POSTS.toLocaleString("en")} posts; first search (index loaded or built): ${ms(indexMs)}; server memory ${mb(before.rss)} (after GC)\n`,
    );
    // The same load again and again: memory that keeps growing after round 1 is a leak, not a cache filling.
    const after: Memory[] = [];
    const [alone, mixed] = [await drafts(server, "a"), await drafts(server, "b")];
    let lostTotal = 0;
    let errorTotal = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      console.log(`round ${round}\n\n| operations | count | p50 | p95 | max | errors |\n|---|---|---|---|---|---|`);
      const saved = await saves(server, alone, SAVES, `a${round}`);
      line(`saves (${WRITERS} writers)`, saved.times, saved.errors);
      const searched = await searches(server, SEARCHES);
      line(`searches, ${SEARCHES} at once`, searched.times, searched.errors);
      const [mixedSaves, mixedSearches] = await Promise.all([saves(server, mixed, SAVES / 5, `b${round}`), searches(server, SEARCHES)]);
      line(`saves during the burst`, mixedSaves.times, mixedSaves.errors);
      line(`searches with saves going on`, mixedSearches.times, mixedSearches.errors);
      after.push(await server.memory(SNAPSHOTS && path.join(path.resolve(SNAPSHOTS), `serve-round-${round}.heapsnapshot`)));
      const lost = (await lostWrites(journal, saved.last)) + (await lostWrites(journal, mixedSaves.last));
      lostTotal += lost;
      console.log(`\nlost writes: ${lost} of ${saved.last.size + mixedSaves.last.size} posts checked on disk`);
      const errors = [...saved.errors, ...searched.errors, ...mixedSaves.errors, ...mixedSearches.errors];
      errorTotal += errors.length;
      if (errors.length) console.log(`errors: ${errors.slice(0, 5).join("; ")}`);
      console.log("");
    }
    console.log(
      "server memory (after a forced GC but the first two columns)\n\n| after | rss peak | rss before GC | rss | heap used | external | array buffers |\n|---|---|---|---|---|---|---|",
    );
    for (const [i, m] of [before, ...after].entries())
      console.log(
        `| ${i ? `round ${i}` : "first search"} | ${mb(m.rssPeak)} | ${mb(m.rssBeforeGc)} | ${mb(m.rss)} | ${mb1(m.heapUsed)} | ${mb1(m.external)} | ${mb(m.arrayBuffers)} |`,
      );
    console.log(`\nerrors: ${errorTotal}; lost writes: ${lostTotal}\n`);
    const [prev, last] = after.slice(-2) as [Memory, Memory];
    const held = (m: Memory) => (m.heapUsed + m.external) / 1024;
    const growthMb = held(last) - held(prev);
    reportRow({
      scenario: `serve memory growth round ${ROUNDS - 1}→${ROUNDS}, heap + external after GC (${POSTS} posts; MB / ${MEMORY_GROWTH_LIMIT_MB} MB)`,
      ratio: Math.max(0, growthMb) / MEMORY_GROWTH_LIMIT_MB,
      target: 1.0,
      detail:
        `${held(prev).toFixed(1)} MB → ${held(last).toFixed(1)} MB (${growthMb >= 0 ? "+" : ""}${growthMb.toFixed(2)} MB); ` +
        `rss ${mb(prev.rss)} → ${mb(last.rss)}; ${errorTotal} errors, ${lostTotal} lost writes`,
    });
    if (errorTotal || lostTotal) {
      console.error(`load: ${errorTotal} errors and ${lostTotal} lost writes (there must be none)`);
      process.exitCode = 1;
    }
  } finally {
    await server.stop();
    if (!process.argv.includes("--keep")) await rm(root, { recursive: true, force: true });
  }
}

await main();
