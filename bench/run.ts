// `npm run bench`: runs every benchmark in this folder, one process each, prints their tables, then
// the issue's table of target rows (see report.ts) and writes bench/results.json.
// Pick some with: npm run bench -- store render. `--quick` (part of `npm test`): the target rows on
// smaller journals, judged by gate.ts; exits non-zero when a row has regressed.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { limitOf, regressed } from "./gate.js";
import type { Row } from "./report.js";

const here = import.meta.dirname;
const quick = process.argv.includes("--quick");
/** The benchmarks that report target rows: what a quick run measures. */
const QUICK_SET = ["targets.ts", "list.ts", "export.ts", "bigpost.ts"];
const NOT_BENCHES = new Set(["run.ts", "report.ts", "gate.ts"]);
const wanted = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const all = readdirSync(here)
  .filter((f) => f.endsWith(".ts") && !NOT_BENCHES.has(f))
  .sort();
const chosen = wanted.length ? all.filter((f) => wanted.includes(path.basename(f, ".ts"))) : quick ? QUICK_SET : all;
if (!chosen.length) {
  console.error(`no benchmark named ${wanted.join(", ")}; there are: ${all.map((f) => path.basename(f, ".ts")).join(", ")}`);
  process.exit(2);
}

/** Runs one benchmark file and returns its target rows, or null when the process failed. */
function runOne(file: string): Row[] | null {
  const sink = path.join(os.tmpdir(), `tsuzuri-bench-rows-${process.pid}.jsonl`);
  rmSync(sink, { force: true });
  const r = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", path.join(here, file), ...(quick ? ["--quick"] : [])], {
    stdio: "inherit",
    env: { ...process.env, TSUZURI_BENCH_ROWS: sink, ...(quick ? { TSUZURI_BENCH_QUICK: "1" } : {}) },
  });
  const rows = existsSync(sink)
    ? readFileSync(sink, "utf8")
        .split("\n")
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Row)
    : [];
  rmSync(sink, { force: true });
  return r.status === 0 ? rows : null;
}

let failed = 0;
const rows: Row[] = [];
for (const file of chosen) {
  console.log(`\n## ${path.basename(file, ".ts")}\n`);
  let got = runOne(file);
  if (quick && got?.some(regressed)) {
    console.log(`\n(${path.basename(file, ".ts")}: a row is past its limit; measuring once more)\n`);
    got = runOne(file);
  }
  if (!got) failed++;
  rows.push(...(got ?? []));
}

console.log("\n## targets\n\n| scenario | ratio | target | | figures |\n|---|---|---|---|---|");
for (const r of rows) {
  const { limit, known } = limitOf(r);
  const mark =
    r.ratio <= r.target
      ? "ok"
      : !quick
        ? "OVER"
        : regressed(r)
          ? `REGRESSED (limit ${limit}×)`
          : known
            ? `over (held ≤ ${limit}×)`
            : "ok (within noise)";
  console.log(`| ${r.scenario} | ${r.ratio.toFixed(2)}× | ≤ ${r.target}× | ${mark} | ${r.detail} |`);
}
if (!quick)
  writeFileSync(
    path.join(here, "results.json"),
    JSON.stringify({ date: new Date().toISOString(), node: process.version, rows }, null, 2) + "\n",
  );
const over = rows.filter((r) => r.ratio > r.target).length;
const worse = quick ? rows.filter(regressed).length : 0;
console.log(
  `\nbench: ${rows.length - over} within target, ${over} over${quick ? `, ${worse} regressed` : ""}${failed ? `, ${failed} failed to run` : ""}`,
);
process.exit(failed || worse ? 1 : 0);
