// Benchmark of the journal store (not a test; nothing here gates CI): opening a 10,000-post journal
// with and without its index cache, saving one post in a small and a large journal, memory.
// Run: node --import tsx bench/store.ts [--keep]
import { execFileSync } from "node:child_process";
import { mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { INDEX_FILE, Journal } from "../core/node/store/index.js";

const repoRoot = path.resolve(import.meta.dirname, "..");
// The shared tools live beside the repository (CI and other checkouts see them at ../shared).
const GENERATOR = path.join(repoRoot, "..", "shared", "bench", "gen-journal.mjs");
const SAVES = 20;
const COLD_RUNS = 3;
const WARM_RUNS = 5;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
const ms = (n: number): string => `${n.toFixed(n < 10 ? 2 : 0)} ms`;
const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(0)} MB`;

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const value = await fn();
  return [performance.now() - t0, value];
}

function generate(dir: string, posts: number): void {
  execFileSync(process.execPath, [GENERATOR, "--out", dir, "--posts", String(posts), "--seed", "1"], { stdio: "ignore" });
}

/** Median time of SAVES saves of one post (each based on the previous save's hash). */
async function saveMedian(dir: string): Promise<number> {
  const journal = await Journal.open(dir);
  const first = journal.list()[Math.floor(journal.list().length / 2)];
  if (!first) throw new Error("empty journal");
  let post = await journal.read(first.path);
  let hash = post.hash;
  const times: number[] = [];
  for (let i = 0; i < SAVES; i++) {
    const [t, result] = await time(() =>
      journal.save({ path: post.path, baseHash: hash, title: post.title, body: post.body + `\n追記 ${i}\n` }),
    );
    if (result.status !== "saved") throw new Error("unexpected conflict");
    hash = result.post.hash;
    post = { ...post, path: result.post.path };
    times.push(t);
  }
  await journal.close();
  return median(times);
}

async function main(): Promise<void> {
  const root = await mkdtemp(path.join(os.tmpdir(), "tsuzuri-bench-"));
  const small = path.join(root, "j100");
  const large = path.join(root, "j10k");
  const rows: [string, string][] = [];
  try {
    const [genSmall] = await time(async () => generate(small, 100));
    const [genLarge] = await time(async () => generate(large, 10_000));
    rows.push(["generate 100 / 10,000 posts", `${ms(genSmall)} / ${ms(genLarge)}`]);

    const cold: number[] = [];
    let listMs = 0;
    let rss = 0;
    let heap = 0;
    let count = 0;
    for (let i = 0; i < COLD_RUNS; i++) {
      await rm(path.join(large, ".tsuzuri"), { recursive: true, force: true });
      const [t, journal] = await time(() => Journal.open(large));
      cold.push(t);
      if (i === COLD_RUNS - 1) {
        [listMs] = await time(async () => journal.list());
        count = journal.info().postCount;
        const mem = process.memoryUsage();
        rss = mem.rss;
        heap = mem.heapUsed;
      }
      await journal.close();
    }
    const warm: number[] = [];
    for (let i = 0; i < WARM_RUNS; i++) {
      const [t, journal] = await time(() => Journal.open(large));
      warm.push(t);
      await journal.close();
    }
    const watched: number[] = [];
    for (let i = 0; i < WARM_RUNS; i++) {
      const [t, journal] = await time(() => Journal.open(large, { watch: true }));
      watched.push(t);
      await journal.close();
    }
    const afterCreate = await Journal.open(large);
    await afterCreate.create({ title: "bench" });
    const [flushMs] = await time(() => afterCreate.flush());
    await afterCreate.close();
    const indexSize = (await stat(path.join(large, INDEX_FILE))).size;

    rows.push([`open 10k without index (cold rebuild, median of ${COLD_RUNS})`, ms(median(cold))]);
    rows.push([`open 10k with index (median of ${WARM_RUNS})`, ms(median(warm))]);
    rows.push([`open 10k with index and watcher ready (median of ${WARM_RUNS})`, ms(median(watched))]);
    rows.push(["list() of 10k (first call: build + sort)", ms(listMs)]);
    rows.push([`save one post in 100 (median of ${SAVES})`, ms(await saveMedian(small))]);
    rows.push([`save one post in 10k (median of ${SAVES})`, ms(await saveMedian(large))]);
    rows.push(["index write (flush) of 10k", ms(flushMs)]);
    rows.push(["index.json size for 10k", mb(indexSize)]);
    rows.push([`RSS / heap used after opening 10k (${count} posts)`, `${mb(rss)} / ${mb(heap)}`]);
  } finally {
    if (!process.argv.includes("--keep")) await rm(root, { recursive: true, force: true });
    else console.log(`kept ${root}`);
  }
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(`Tsuzuri store benchmark — node ${process.version}, ${os.cpus().length} CPUs, ${os.platform()}`);
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
}

await main();
