// Benchmark of the Markdown pipeline in Node (the export path; the preview runs the same code in the
// browser): render time of the example blog post and of a long generated post, each as written (no raw
// HTML: the sanitiser's fast path) and with one raw HTML block added (the whole post goes through DOMPurify).
import { readFileSync } from "node:fs";
import path from "node:path";
import { renderMarkdown } from "../core/node/markdown/index.js";

const SEED = path.join(import.meta.dirname, "..", "..", "shared", "seeds", "000_4f22f7716abb12ce.txt");
const RUNS = 50;
const WARMUP = 5;

function measure(label: string, body: string): void {
  for (let i = 0; i < WARMUP; i++) renderMarkdown(body);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    renderMarkdown(body);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  console.log(`| ${label} | ${(Buffer.byteLength(body) / 1024).toFixed(0)} KB | ${at(0.5).toFixed(1)} ms | ${at(0.95).toFixed(1)} ms |`);
}

const seed = readFileSync(SEED, "utf8");
const list = Array.from({ length: 400 }, (_, i) => `${"  ".repeat(i % 4)}- 項目${i}: マイクロサービスの境界について考えた`).join("\n");
console.log("| input | size | median | p95 |\n|---|---:|---:|---:|");
const long = [seed, seed, seed, seed, list].join("\n\n");
/** One raw HTML block: enough to send a whole post through DOMPurify. */
const RAW_HTML = "<details><summary>詳細</summary>中身</details>";
measure("example blog post (seeds/), no raw HTML", seed);
measure("the same + one raw HTML block", `${seed}\n\n${RAW_HTML}\n`);
measure("seed ×4 + 400 nested list items", long);
measure("the same + one raw HTML block", `${long}\n\n${RAW_HTML}\n`);
