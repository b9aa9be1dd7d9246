// `npm run bench`: runs every benchmark in this folder, one process each, prints their tables, then
// the table of target rows (see report.ts) and writes bench/results.json.
// Pick some with: npm run bench -- store render. `--quick`: smaller journals, same ratios; exits
// non-zero when a ratio is past its target.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Row } from "./report.js";

const here = import.meta.dirname;
const quick = process.argv.includes("--quick");
const wanted = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const all = readdirSync(here)
  .filter((f) => f.endsWith(".ts") && f !== "run.ts" && f !== "report.ts")
  .sort();
const chosen = wanted.length ? all.filter((f) => wanted.includes(path.basename(f, ".ts"))) : quick ? ["targets.ts"] : all;
if (!chosen.length) {
  console.error(`no benchmark named ${wanted.join(", ")}; there are: ${all.map((f) => path.basename(f, ".ts")).join(", ")}`);
  process.exit(2);
}
const sink = path.join(os.tmpdir(), `tsuzuri-bench-rows-${process.pid}.jsonl`);
let failed = 0;
for (const file of chosen) {
  console.log(`\n## ${path.basename(file, ".ts")}\n`);
  const r = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", path.join(here, file), ...(quick ? ["--quick"] : [])], {
    stdio: "inherit",
    env: { ...process.env, TSUZURI_BENCH_ROWS: sink, ...(quick ? { TSUZURI_BENCH_QUICK: "1" } : {}) },
  });
  if (r.status !== 0) failed++;
}
const rows: Row[] = existsSync(sink)
  ? readFileSync(sink, "utf8")
      .trim()
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Row)
  : [];
rmSync(sink, { force: true });
console.log("\n## targets\n\n| scenario | ratio | target | | figures |\n|---|---|---|---|---|");
for (const r of rows)
  console.log(`| ${r.scenario} | ${r.ratio.toFixed(2)}× | ≤ ${r.target}× | ${r.ratio <= r.target ? "ok" : "OVER"} | ${r.detail} |`);
if (!quick)
  writeFileSync(
    path.join(here, "results.json"),
    JSON.stringify({ date: new Date().toISOString(), node: process.version, rows }, null, 2) + "\n",
  );
const over = rows.filter((r) => r.ratio > r.target).length;
console.log(`\nbench: ${rows.length - over} passed, ${over} failed`);
process.exit(failed || (quick && over) ? 1 : 0);
