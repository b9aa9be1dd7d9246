// The Markdown pipeline fuzzer (test/unit/markdown/fuzz-pipeline.test.ts) at soak size: 50,000 runs per
// property unless TSUZURI_FUZZ_RUNS says otherwise.
export {};
process.env.TSUZURI_SOAK ??= "1";
await import("../unit/markdown/fuzz-pipeline.test.js");
