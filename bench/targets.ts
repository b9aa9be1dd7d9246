// The host-side rows of the table: `tsuzuri search` with the index kept vs grep -rlF, the
// search index after a restart (loaded vs rebuilt), serve start on 10,000 posts vs 100, and serve's
// resident memory after listing and searching. Run: node --import tsx bench/targets.ts [--quick]
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { buildSync } from "esbuild";
import { Finder } from "../core/node/search/index.js";
import { Journal } from "../core/node/store/index.js";
import { QUICK, reportRow } from "./report.js";

const repo = path.resolve(import.meta.dirname, "..");
const GENERATOR = path.join(repo, "..", "shared", "bench", "gen-journal.mjs");
const BIG = QUICK ? 2000 : 10_000;
const SMALL = 100;
const WORDS = ["ドメイン", "xyzzy", "kubernetes", "鍋", "Spring Boot", "について考えた"];
const RUNS = QUICK ? 3 : 7;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

function timed(cmd: string, args: string[]): number {
  const t = performance.now();
  const r = spawnSync(cmd, args, { stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} failed`);
  return performance.now() - t;
}

/** The CLI bundled as `npm run build` bundles it, into a cache folder (dist/ is shared). */
function buildCli(out: string): string {
  buildSync({
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    packages: "external",
    entryPoints: { tsuzuri: "core/node/cli/main.ts" },
    outdir: out,
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    absWorkingDir: repo,
    logLevel: "warning",
  });
  return path.join(out, "tsuzuri.js");
}

async function indexReady(dir: string): Promise<number> {
  const journal = await Journal.open(dir);
  const t = performance.now();
  const finder = new Finder(journal);
  await finder.ready();
  const ms = performance.now() - t;
  await Promise.all([finder.close(), journal.close()]);
  return ms;
}

/** ms until `serve` prints its URL; with `probe`, also its RSS after listing and searching through its API. */
function serveStart(cli: string, dir: string, probe: boolean): Promise<{ ms: number; rssMb: number }> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn(process.execPath, [cli, "serve", "--journal", dir, "--port", "0", "--user-data", path.join(dir, "..", "user")], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", async (chunk: Buffer) => {
      out += chunk.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+)\/\?token=([\w-]+)/.exec(out);
      if (!m || out.includes("\u0000")) return;
      out += "\u0000";
      const ms = performance.now() - t;
      let rssMb = 0;
      try {
        if (probe) {
          const call = (op: string, args: unknown): Promise<Response> =>
            fetch(`${m[1]}/api/${op}`, {
              method: "POST",
              headers: { "content-type": "application/json", "x-tsuzuri-token": m[2] as string, origin: m[1] as string },
              body: JSON.stringify(args),
            });
          await call("listPosts", {});
          for (const q of WORDS) await call("search", { query: q });
          const status = execFileSync("cat", [`/proc/${child.pid}/status`], { encoding: "utf8" });
          rssMb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
        }
      } finally {
        child.kill("SIGINT");
      }
      child.once("exit", () => resolve({ ms, rssMb }));
    });
    child.once("error", reject);
  });
}

const root = await mkdtemp(path.join(os.tmpdir(), "tsuzuri-bench-targets-"));
try {
  const big = path.join(root, "big", "j");
  const small = path.join(root, "small", "j");
  for (const [dir, n] of [
    [big, BIG],
    [small, SMALL],
  ] as const)
    execFileSync(process.execPath, [GENERATOR, "--out", dir, "--posts", String(n), "--seed", "1"], { stdio: "ignore" });
  const cli = buildCli(path.join(repo, "node_modules", ".cache", "tsuzuri-bench-cli"));

  const rebuilt = await indexReady(big);
  const loaded = median([await indexReady(big), await indexReady(big), await indexReady(big)]);
  reportRow({
    scenario: `search index after a restart: ready vs rebuilt (${BIG} posts)`,
    ratio: loaded / rebuilt,
    target: 0.1,
    detail: `${loaded.toFixed(0)} ms vs ${rebuilt.toFixed(0)} ms`,
  });

  let ours = 0;
  let grep = 0;
  for (const w of WORDS) {
    ours += median(Array.from({ length: RUNS }, () => timed(process.execPath, [cli, "search", big, w])));
    grep += median(Array.from({ length: RUNS }, () => timed("grep", ["-rlF", w, path.join(big, "posts")])));
  }
  reportRow({
    scenario: `tsuzuri search, index kept, vs grep -rlF (${BIG} posts, ${WORDS.length} words)`,
    ratio: ours / grep,
    target: 1.0,
    detail: `${ours.toFixed(0)} ms vs ${grep.toFixed(0)} ms (node -e 0 alone: ${timed(process.execPath, ["-e", "0"]).toFixed(0)} ms)`,
  });

  await serveStart(cli, small, false);
  await serveStart(cli, big, false);
  const startSmall = median(
    [await serveStart(cli, small, false), await serveStart(cli, small, false), await serveStart(cli, small, false)].map((r) => r.ms),
  );
  const startBig = median(
    [await serveStart(cli, big, false), await serveStart(cli, big, false), await serveStart(cli, big, false)].map((r) => r.ms),
  );
  reportRow({
    scenario: `serve start to URL: ${BIG} posts vs ${SMALL}`,
    ratio: startBig / startSmall,
    target: 1.5,
    detail: `${startBig.toFixed(0)} ms vs ${startSmall.toFixed(0)} ms`,
  });

  const { rssMb } = await serveStart(cli, big, true);
  reportRow({
    scenario: `serve resident memory, ${BIG} posts listed and searched (MB / 600 MB)`,
    ratio: rssMb / 600,
    target: 1.0,
    detail: `${rssMb.toFixed(0)} MB`,
  });
} finally {
  await rm(root, { recursive: true, force: true });
}
