// One row of the performance table: every benchmark reports its target rows through this, so
// `npm run bench` can print the whole table at the end and write bench/results.json.
import { appendFileSync } from "node:fs";

/** A measured ratio and its target (≤ target passes). */
export interface Row {
  scenario: string;
  ratio: number;
  target: number;
  /** The raw figures behind the ratio. */
  detail: string;
}

/** Where rows go: a JSON-lines file named by bench/run.ts, else nowhere but stdout. */
const SINK = process.env.TSUZURI_BENCH_ROWS;

/** True when run with --quick (smaller journals, same ratios; run.ts fails on a regression). */
export const QUICK = process.argv.includes("--quick") || process.env.TSUZURI_BENCH_QUICK === "1";

/** Prints a table line for `row` and hands it to bench/run.ts. */
export function reportRow(row: Row): void {
  const ok = row.ratio <= row.target ? "ok" : "OVER";
  console.log(`| ${row.scenario} | ${row.ratio.toFixed(2)}× | ≤ ${row.target}× | ${ok} | ${row.detail} |`);
  if (SINK) appendFileSync(SINK, JSON.stringify(row) + "\n");
}
