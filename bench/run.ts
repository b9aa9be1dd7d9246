// `npm run bench`: runs every benchmark in this folder, one process each, and prints their tables.
// Benchmarks measure; they never gate a test. Pick some with: npm run bench -- store render
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";

const here = import.meta.dirname;
const wanted = process.argv.slice(2);
const all = readdirSync(here).filter((f) => f.endsWith(".ts") && f !== "run.ts").sort();
const chosen = wanted.length ? all.filter((f) => wanted.includes(path.basename(f, ".ts"))) : all;
if (!chosen.length) {
  console.error(`no benchmark named ${wanted.join(", ")}; there are: ${all.map((f) => path.basename(f, ".ts")).join(", ")}`);
  process.exit(2);
}
let failed = 0;
for (const file of chosen) {
  console.log(`\n## ${path.basename(file, ".ts")}\n`);
  const r = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", path.join(here, file)], { stdio: "inherit" });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
