// Benchmark of full-text search (not a test; nothing here gates CI): building the index of a
// 10,000-post journal, its memory, query latency (median and p95) and filtering by a tag.
// Run: node --import tsx bench/search.ts [--keep] [--posts N]
import { execFileSync } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import v8 from "node:v8";
import vm from "node:vm";
import { parsePost } from "../core/common/post/index.js";
import { SearchIndex, type SearchablePost } from "../core/common/search/index.js";

const repoRoot = path.resolve(import.meta.dirname, "..");
// The shared tools live beside the repository (CI and other checkouts see them at ../shared).
const GENERATOR = path.join(repoRoot, "..", "shared", "bench", "gen-journal.mjs");
const POSTS = Number(process.argv[process.argv.indexOf("--posts") + 1]) || 10_000;
const RUNS = 25;
const UPDATES = 20;

/** Japanese and English queries: words, fragments, single characters, other widths and kana, phrases, qualifiers, misses. */
const QUERIES = [
  "ドメイン",
  "マイクロサービス",
  "観測性",
  "備忘録",
  "設計",
  "鍋",
  "の",
  "ー",
  "について考えた",
  "サーキットブレーカー",
  "値オブジェクト",
  "ｶﾀｶﾅ",
  "かたかな",
  "ｋ８ｓ",
  "ＤＤＤ",
  "さーびすめっしゅ",
  "Kubernetes",
  "kubernetes",
  "GRAFANA",
  "Prometheus",
  "spring boot",
  '"Spring Boot"',
  '"measure before optimizing"',
  "reconcile loop",
  "line_3 := compute(3)",
  "https://example.com",
  "kubernetes 設計",
  "ドメイン 集約 エンティティ",
  "Envoy Istio サービスメッシュ",
  "存在しない言葉",
  "xyzzy",
  "ドメインについて考えた",
  "tag:dev kubernetes",
  "after:2019 before:2020 ドメイン",
  "tag:料理 鍋",
];
const TAG_FILTERS = ["tag:dev", "tag:dev/frontend", "tag:料理", "tag:kubernetes", "tag:life/health"];

const percentile = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
};
const median = (xs: number[]): number => percentile(xs, 0.5);
const ms = (n: number): string => `${n.toFixed(n < 10 ? 2 : 0)} ms`;
const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(0)} MB`;

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;

function time<T>(fn: () => T): [number, T] {
  const t0 = performance.now();
  const value = fn();
  return [performance.now() - t0, value];
}

function memory(): { heap: number; external: number; rss: number } {
  gc();
  gc();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, external: m.external + m.arrayBuffers, rss: m.rss };
}

async function loadPosts(dir: string): Promise<SearchablePost[]> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
  return Promise.all(
    files.map(async (file) => {
      const rel = path.relative(dir, file).split(path.sep).join("/");
      const p = parsePost(await readFile(file, "utf8"), rel);
      return { path: rel, title: p.title, body: p.body, tags: p.meta.tags, date: p.meta.date, draft: p.meta.draft };
    }),
  );
}

/** Median and p95 of RUNS searches of `query` (with snippets for the first 100 hits), and its number of hits. */
function latency(index: SearchIndex, query: string): { median: number; p95: number; total: number; times: number[] } {
  const times: number[] = [];
  let total = 0;
  index.search(query); // warm-up
  for (let i = 0; i < RUNS; i++) {
    const [t, r] = time(() => index.search(query));
    times.push(t);
    total = r.total;
  }
  return { median: median(times), p95: percentile(times, 0.95), total, times };
}

async function main(): Promise<void> {
  const root = await mkdtemp(path.join(os.tmpdir(), "tsuzuri-search-bench-"));
  const rows: [string, string][] = [];
  const queryRows: [string, string][] = [];
  try {
    const [genMs, info] = time(() =>
      execFileSync(process.execPath, [GENERATOR, "--out", root, "--posts", String(POSTS), "--seed", "1"], { encoding: "utf8" }),
    );
    const bytes = (JSON.parse(info) as { bytes: number }).bytes;
    rows.push([`generate ${POSTS.toLocaleString("en")} posts (${mb(bytes)} of Markdown)`, ms(genMs)]);
    const t0 = performance.now();
    const posts = await loadPosts(root);
    rows.push(["read + parse the files (not search)", ms(performance.now() - t0)]);

    const before = memory();
    const index = new SearchIndex();
    const [addMs] = time(() => posts.forEach((p) => index.add(p)));
    const [buildMs] = time(() => index.build());
    const after = memory();
    const stats = index.stats();
    rows.push(["add all posts (normalise + keep text)", ms(addMs)]);
    rows.push(["build compact postings", ms(buildMs)]);
    rows.push(["build total", ms(addMs + buildMs)]);
    rows.push([
      "heap / external / RSS delta after build",
      `${mb(after.heap - before.heap)} / ${mb(after.external - before.external)} / ${mb(after.rss - before.rss)}`,
    ]);
    rows.push(["  normalised text kept (UTF-16 units)", `${(stats.textUnits / 1e6).toFixed(1)} M units ≈ ${mb(stats.textUnits * 2)}`]);
    rows.push(["  restore data (flips + exceptions)", mb(stats.restoreBytes)]);
    rows.push([
      "  postings (grams / dense / list entries)",
      `${mb(stats.postings.bytes)} (${stats.postings.grams} / ${stats.postings.denseGrams} / ${stats.postings.listEntries})`,
    ]);

    const all: number[] = [];
    for (const q of QUERIES) {
      const r = latency(index, q);
      all.push(...r.times);
      queryRows.push([q, `${String(r.total).padStart(5)} hits  median ${ms(r.median).padStart(8)}  p95 ${ms(r.p95).padStart(8)}`]);
    }
    rows.push([`queries: ${QUERIES.length} × ${RUNS} runs, median / p95 of all`, `${ms(median(all))} / ${ms(percentile(all, 0.95))}`]);

    const tagTimes: number[] = [];
    const matchTimes: number[] = [];
    for (const q of TAG_FILTERS) {
      const r = latency(index, q);
      tagTimes.push(...r.times);
      queryRows.push([q, `${String(r.total).padStart(5)} hits  median ${ms(r.median).padStart(8)}  p95 ${ms(r.p95).padStart(8)}`]);
      for (let i = 0; i < RUNS; i++) matchTimes.push(time(() => index.match(q))[0]);
    }
    rows.push([`filter by a tag (search, 100 snippets), median / p95`, `${ms(median(tagTimes))} / ${ms(percentile(tagTimes, 0.95))}`]);
    rows.push([`filter by a tag (match: paths only), median / p95`, `${ms(median(matchTimes))} / ${ms(percentile(matchTimes, 0.95))}`]);

    const updates: number[] = [];
    for (let i = 0; i < UPDATES; i++) {
      const p = posts[(i * 487) % posts.length] as SearchablePost;
      const [t] = time(() => {
        index.add({ ...p, body: `${p.body}\n追記 ${i}\n` });
        index.search("追記");
      });
      updates.push(t);
    }
    rows.push([`update one post + next search (median of ${UPDATES})`, ms(median(updates))]);
    const [rebuildMs] = time(() => index.build());
    rows.push(["rebuild compact postings after changes", ms(rebuildMs)]);
  } finally {
    if (!process.argv.includes("--keep")) await rm(root, { recursive: true, force: true });
    else console.log(`kept ${root}`);
  }
  const width = Math.max(...[...rows, ...queryRows].map(([k]) => k.length));
  console.log(`Tsuzuri search benchmark — node ${process.version}, ${os.cpus().length} CPUs, ${os.platform()}`);
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
  console.log("\nper query (search with snippets for the first 100 hits):");
  for (const [k, v] of queryRows) console.log(`  ${k.padEnd(width)}  ${v}`);
}

await main();
