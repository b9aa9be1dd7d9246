// Load benchmark of `tsuzuri serve` (not a test; nothing here gates CI): on a 10,000-post journal,
// 1,000 saves (8 writers at once) and 200 concurrent searches through the HTTP API of a real serve
// process, then both at once: latency p50/p95/max, errors, lost writes and the server's memory.
// Run: node --import tsx bench/load.ts [--quick] [--keep]   (--quick: 2,000 posts, fewer operations)
import { execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { QUICK } from "./report.js";

const repoRoot = path.resolve(import.meta.dirname, "..");
const GENERATOR = path.join(repoRoot, "..", "shared", "bench", "gen-journal.mjs");
const BIN = path.join(repoRoot, "dist", "cli", "tsuzuri.js");
const POSTS = QUICK ? 2_000 : 10_000;
const SAVES = QUICK ? 200 : 1_000;
const WRITERS = 8;
const SEARCHES = QUICK ? 50 : 200;
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

/** The server's resident memory in kB (Linux: /proc), or NaN elsewhere. */
function rssKb(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? NaN);
  } catch {
    return NaN;
  }
}

async function startServer(journal: string, userData: string) {
  const child = spawn(process.execPath, [BIN, "serve", "--journal", journal, "--port", "0", "--user-data", userData], {
    stdio: ["ignore", "pipe", "inherit"],
  });
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
  return { pid: child.pid!, call, stop };
}

type Server = Awaited<ReturnType<typeof startServer>>;

async function timed(fn: () => Promise<Reply>, times: number[], errors: string[]): Promise<Reply> {
  const t0 = performance.now();
  const reply = await fn().catch((err: unknown): Reply => ({ ok: false, error: { code: "io", message: String(err) } }));
  times.push(performance.now() - t0);
  if (!reply.ok) errors.push(reply.error?.message ?? "?");
  return reply;
}

/** `count` saves by WRITERS writers, each on its own posts; returns latencies, errors and the last body of each post. */
async function saves(server: Server, count: number, tag: string) {
  const times: number[] = [];
  const errors: string[] = [];
  const last = new Map<string, string>();
  const writer = async (w: number) => {
    const created = await server.call("createPost", { title: `load ${tag} ${w}` });
    if (!created.ok) throw new Error(`createPost: ${created.error?.message}`);
    let { path: postPath, hash } = created.value as { path: string; hash: string };
    for (let i = w; i < count; i += WRITERS) {
      const body = `${tag} save ${i}: ${"負荷試験の本文。".repeat(20)}\n`;
      const reply = await timed(
        () => server.call("savePost", { path: postPath, baseHash: hash, title: `load ${tag} ${w}`, body }),
        times,
        errors,
      );
      const result = reply.value as { status: string; post?: { path: string; hash: string } } | undefined;
      if (result?.status === "saved" && result.post) {
        ({ path: postPath, hash } = result.post);
        last.set(postPath, body);
      } else if (reply.ok) errors.push(`save ${i}: ${result?.status}`);
    }
  };
  await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
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
    const memBefore = rssKb(server.pid);
    console.log(
      `${POSTS.toLocaleString("en")} posts; first search (index loaded or built): ${ms(indexMs)}; server memory ${mb(memBefore)}\n`,
    );
    // The same load twice: memory that keeps growing in the second round is a leak, not a cache filling.
    const after: number[] = [];
    for (const round of [1, 2]) {
      console.log(`round ${round}\n\n| operations | count | p50 | p95 | max | errors |\n|---|---|---|---|---|---|`);
      const saved = await saves(server, SAVES, `a${round}`);
      line(`saves (${WRITERS} writers)`, saved.times, saved.errors);
      const searched = await searches(server, SEARCHES);
      line(`searches, ${SEARCHES} at once`, searched.times, searched.errors);
      const [mixedSaves, mixedSearches] = await Promise.all([saves(server, SAVES / 5, `b${round}`), searches(server, SEARCHES)]);
      line(`saves during the burst`, mixedSaves.times, mixedSaves.errors);
      line(`searches with saves going on`, mixedSearches.times, mixedSearches.errors);
      after.push(rssKb(server.pid));
      const lost = (await lostWrites(journal, saved.last)) + (await lostWrites(journal, mixedSaves.last));
      console.log(`\nlost writes: ${lost} of ${saved.last.size + mixedSaves.last.size} posts checked on disk`);
      const errors = saved.errors.length + searched.errors.length + mixedSaves.errors.length + mixedSearches.errors.length;
      if (errors)
        console.log(
          `errors: ${[...saved.errors, ...searched.errors, ...mixedSaves.errors, ...mixedSearches.errors].slice(0, 5).join("; ")}`,
        );
      console.log("");
    }
    const [one = NaN, two = NaN] = after;
    console.log(
      `server memory: ${mb(memBefore)} before, ${mb(one)} after round 1, ${mb(two)} after round 2 (round 2: ${two >= one ? "+" : ""}${mb(two - one)})`,
    );
  } finally {
    await server.stop();
    if (!process.argv.includes("--keep")) await rm(root, { recursive: true, force: true });
  }
}

await main();
