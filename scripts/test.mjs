#!/usr/bin/env node
// Runs every test with Node's test runner: unit (core), spec (CommonMark), e2e (Chromium + serve),
// electron (skipped, with the reason printed, where no Electron binary exists), then bench: the quick
// benchmark gate (`npm run bench -- --quick`), which fails when a target row has regressed.
// Usage: node scripts/test.mjs [unit|spec|e2e|electron|bench ...] [--only-file PATTERN]
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { spawnSync } from "node:child_process";

const root = join(import.meta.dirname, "..");
const suites = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const pattern = process.argv.includes("--only-file") ? process.argv[process.argv.indexOf("--only-file") + 1] : null;
const wanted = suites.length ? suites : ["unit", "spec", "e2e", "electron", "bench"];
// The gate runs alone, after the tests, so that their load does not skew its timings.
const gate = wanted.includes("bench") && !pattern;
const testSuites = wanted.filter((s) => s !== "bench");

function walk(dir) {
  let out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out = out.concat(walk(p));
    else if (name.endsWith(".test.ts")) out.push(p);
  }
  return out;
}

const files = testSuites
  .flatMap((s) => {
    try {
      return walk(join(root, "test", s));
    } catch {
      return [];
    }
  })
  .filter((f) => !pattern || f.includes(pattern))
  .map((f) => relative(root, f))
  .sort();
if (!files.length && !gate) {
  console.error("no test files found for", wanted.join(", "));
  process.exit(1);
}
let status = 0;
if (files.length) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-concurrency=2", "--test-reporter=spec", ...files], {
    cwd: root,
    stdio: "inherit",
  });
  status = r.status ?? 1;
}
if (gate) {
  console.log("\n# bench --quick: the target rows on small journals (bench/gate.ts says what counts as a regression)");
  const r = spawnSync(process.execPath, ["--import", "tsx", join(root, "bench", "run.ts"), "--quick"], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) status = status || r.status || 1;
}
process.exit(status);
