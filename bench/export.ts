// Benchmark of HTML export (not a test; nothing here gates CI): `tsuzuri export` of a generated
// 1,000-post journal as a site, a re-export with nothing changed, an incremental re-export after one
// post was edited; and, when Hugo is installed (`apt-get install hugo`), `hugo --quiet` building the
// same posts with a minimal theme of equal scope (post pages, tag pages, tags index, paginated index,
// one feed, one stylesheet), timed in the same run. Every figure is the wall time of a process, the
// median of RUNS runs.
// The first export of each run starts without the journal's render cache (.tsuzuri/export-cache), as
// Hugo starts without its cache: both are cold. Reports two rows of the issue's table (report.ts).
// Run: node --import tsx bench/export.ts [--posts 1000] [--quick] [--keep]
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { buildSync } from "esbuild";
import { QUICK, reportRow } from "./report.js";

const repoRoot = path.resolve(import.meta.dirname, "..");
const GENERATOR = path.join(repoRoot, "..", "shared", "bench", "gen-journal.mjs");
const BIN = path.join(repoRoot, "bin", "tsuzuri.js");
const POSTS = Number(process.argv[process.argv.indexOf("--posts") + 1]) || (QUICK ? 300 : 1000);
const RUNS = 3;
/** The journal's cache of rendered bodies (core/node/export/constants.ts RENDER_CACHE_DIR). */
const RENDER_CACHE = [".tsuzuri", "export-cache"];

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const secs = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

/** GNU time, to learn the CPU time of each process besides its wall time (how much of the machine each used). */
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;
const CPU_LINE = /__cpu ([\d.]+) ([\d.]+)\s*$/;

/** Runs a process, returning its wall time and CPU time (user + system, NaN if unknown) in ms and its stdout; throws with its stderr on failure. */
function timed(cmd: string, args: string[], cwd = repoRoot): { ms: number; cpuMs: number; out: string } {
  const [file, argv] = TIME ? [TIME, ["-f", "__cpu %U %S", cmd, ...args]] : [cmd, args];
  const t0 = performance.now();
  const r = spawnSync(file, argv, { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (${r.status}):\n${r.stderr}`);
  const cpu = CPU_LINE.exec(r.stderr);
  return { ms, cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : NaN, out: r.stdout };
}

async function countFiles(dir: string, ext: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith(ext)).length;
}

function tsuzuriExport(journal: string, out: string): { ms: number; cpuMs: number; summary: string } {
  const { ms, cpuMs, out: stdout } = timed(process.execPath, [BIN, "export", journal, "--out", out, "--title", "Bench"]);
  return { ms, cpuMs, summary: stdout.trim().replace(/^.*?: (written .*?)\.?$/, "$1") };
}

/** Edits one post (its title and a line of its body), differently each time. */
async function editOnePost(journal: string, round: number): Promise<void> {
  const dir = path.join(journal, "posts");
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith(".md")).sort();
  const file = path.join(dir, files[Math.floor(files.length / 2)] ?? "");
  const text = await readFile(file, "utf8");
  await writeFile(
    file,
    text.replace(/^title: "(.*?)( \(edit \d+\))?"$/m, `title: "$1 (edit ${round})"`).replace(/\n$/, `\n\n追記 ${round}。\n`),
  );
}

const HUGO_CONFIG = `baseURL = "https://example.com/"
languageCode = "ja"
title = "Bench"
hasCJKLanguage = true
paginate = 20
rssLimit = 20
disableKinds = ["section", "sitemap", "robotsTXT", "404"]
[outputs]
home = ["HTML", "RSS"]
page = ["HTML"]
taxonomy = ["HTML"]
term = ["HTML"]
[markup.goldmark.renderer]
unsafe = true
[markup.highlight]
noClasses = false
`;

const HEAD = `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>{{ .Title }}</title><link rel="stylesheet" href="{{ "style.css" | relURL }}"></head><body><header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a> <a href="{{ "/tags/" | relURL }}">Tags</a></header><main>`;
const FOOT = `</main></body></html>`;
const HUGO_LAYOUTS: Record<string, string> = {
  "index.html": `${HEAD}{{ $p := .Paginate (where .Site.RegularPages "Type" "posts") }}<ol>{{ range $p.Pages }}<li><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2><time datetime="{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}">{{ .Date.Format "2006-01-02" }}</time><p>{{ .Summary | plainify | truncate 140 }}</p></li>{{ end }}</ol>{{ with $p.Prev }}<a href="{{ .URL }}">Newer</a>{{ end }} {{ with $p.Next }}<a href="{{ .URL }}">Older</a>{{ end }}${FOOT}`,
  "_default/single.html": `${HEAD}<article><h1>{{ .Title }}</h1><time>{{ .Date.Format "2006-01-02" }}</time><ul>{{ range .GetTerms "tags" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>{{ .Content }}</article>{{ with .Prev }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }} {{ with .Next }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}${FOOT}`,
  "_default/list.html": `${HEAD}<h1>{{ .Title }}</h1>{{ if eq .Kind "taxonomy" }}<ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ else }}<ol>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time></li>{{ end }}</ol>{{ end }}${FOOT}`,
};

/** A Hugo site of the journal's posts with the minimal theme above and Tsuzuri's stylesheet. */
async function hugoSite(journal: string, dir: string): Promise<void> {
  await cp(path.join(journal, "posts"), path.join(dir, "content", "posts"), { recursive: true });
  await writeFile(path.join(dir, "config.toml"), HUGO_CONFIG);
  for (const [file, text] of Object.entries(HUGO_LAYOUTS)) {
    await mkdir(path.dirname(path.join(dir, "layouts", file)), { recursive: true });
    await writeFile(path.join(dir, "layouts", file), text);
  }
  await mkdir(path.join(dir, "static"), { recursive: true });
  const themes = path.join(repoRoot, "resources", "themes");
  await writeFile(
    path.join(dir, "static", "style.css"),
    (await readFile(path.join(themes, "content.css"), "utf8")) + (await readFile(path.join(themes, "site.css"), "utf8")),
  );
}

function hugoVersion(): string | null {
  try {
    return execFileSync("hugo", ["version"], { encoding: "utf8" }).trim().split(" ").slice(0, 2).join(" ");
  } catch {
    return null;
  }
}

/** The CLI bundled as `npm run build` bundles it (dist/cli), so the figures are of this checkout's code. */
function buildCli(): void {
  buildSync({
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    packages: "external",
    entryPoints: { tsuzuri: "core/node/cli/main.ts" },
    outdir: "dist/cli",
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    sourcemap: true,
    absWorkingDir: repoRoot,
    logLevel: "warning",
  });
  if (!existsSync(path.join(repoRoot, "dist", "renderer", "themes", "site.css")))
    execFileSync(process.execPath, [path.join(repoRoot, "scripts", "build.mjs")], { stdio: "inherit" });
}

const inProcess = (summary: string): string => /in ([\d.]+ s)/.exec(summary)?.[1] ?? "?";

async function main(): Promise<void> {
  buildCli();
  const root = await mkdtemp(path.join(os.tmpdir(), "tsuzuri-bench-export-"));
  const journal = path.join(root, "journal");
  const rows: [string, string, string][] = [];
  let full = NaN;
  let hugoMs = NaN;
  let edit = NaN;
  let editSummary = "";
  let fullSummary = "";
  let cpuOurs = NaN;
  let cpuHugo = NaN;
  const hugo = hugoVersion();
  try {
    execFileSync(process.execPath, [GENERATOR, "--out", journal, "--posts", String(POSTS), "--seed", "1"], { stdio: "ignore" });
    if (hugo) await hugoSite(journal, path.join(root, "hugo"));
    // The journal's own list index is made by the first open; make it outside the timed runs (Hugo has no such step).
    tsuzuriExport(journal, path.join(root, "warm-up"));

    const fulls: number[] = [];
    const hugoRuns: number[] = [];
    const cpu: { ours: number[]; hugo: number[] } = { ours: [], hugo: [] };
    let site = "";
    let summary = "";
    for (let i = 0; i < RUNS; i++) {
      // Alternate the two so neither gets the warmer disk cache or the quieter neighbours.
      await rm(path.join(journal, ...RENDER_CACHE), { recursive: true, force: true });
      site = path.join(root, `site-${i}`);
      const r = tsuzuriExport(journal, site);
      fulls.push(r.ms);
      cpu.ours.push(r.cpuMs);
      summary = r.summary;
      if (hugo) {
        const out = path.join(root, `hugo-public-${i}`);
        const h = timed("hugo", [
          "--quiet",
          "--source",
          path.join(root, "hugo"),
          "--destination",
          out,
          "--cacheDir",
          path.join(root, `hugo-cache-${i}`),
        ]);
        hugoRuns.push(h.ms);
        cpu.hugo.push(h.cpuMs);
      }
    }
    full = median(fulls);
    cpuOurs = median(cpu.ours);
    cpuHugo = median(cpu.hugo);
    fullSummary = summary;
    rows.push([
      `tsuzuri export, ${POSTS} posts, empty folder, no render cache`,
      secs(full),
      `${summary}; ${await countFiles(site, ".html")} pages; CPU ${secs(median(cpu.ours))}`,
    ]);
    if (hugo) {
      hugoMs = median(hugoRuns);
      rows.push([
        `${hugo} --quiet, same posts, minimal theme`,
        secs(hugoMs),
        `${await countFiles(path.join(root, `hugo-public-${RUNS - 1}`), ".html")} pages; CPU ${secs(median(cpu.hugo))}`,
      ]);
    }
    if (!QUICK) {
      const warm = [0, 1, 2].map((i) => tsuzuriExport(journal, path.join(root, `warm-${i}`)));
      rows.push(["tsuzuri export into an empty folder, render cache kept", secs(median(warm.map((r) => r.ms))), warm[0]?.summary ?? ""]);
      const noop = [0, 1, 2].map(() => tsuzuriExport(journal, site));
      rows.push(["re-export, nothing changed", secs(median(noop.map((r) => r.ms))), noop[0]?.summary ?? ""]);
    }
    const edits: { ms: number; summary: string }[] = [];
    for (let i = 0; i < RUNS; i++) {
      await editOnePost(journal, i + 1);
      edits.push(tsuzuriExport(journal, site));
    }
    edit = median(edits.map((r) => r.ms));
    editSummary = edits[0]?.summary ?? "";
    rows.push(["re-export after editing one post", secs(edit), editSummary]);
    if (!hugo) rows.push(["hugo", "—", "not installed (apt-get install hugo) — not measured"]);
  } finally {
    if (!process.argv.includes("--keep")) await rm(root, { recursive: true, force: true });
    else console.log(`kept ${root}`);
  }
  const w = [Math.max(...rows.map((r) => r[0].length)), Math.max(...rows.map((r) => r[1].length))];
  console.log(
    `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "?"}, node ${process.version}; median of ${RUNS} runs, wall time of the process\n`,
  );
  for (const [a, b, c] of rows) console.log(`${a.padEnd(w[0] ?? 0)}  ${b.padStart(w[1] ?? 0)}  ${c}`);
  console.log("");
  const node0 = timed(process.execPath, ["-e", "0"]).ms;
  if (hugo)
    reportRow({
      scenario: `site export of ${POSTS} posts vs Hugo (minimal theme of equal scope)`,
      ratio: full / hugoMs,
      target: 1.0,
      detail: `${secs(full)} vs ${secs(hugoMs)} wall, CPU ${secs(cpuOurs)} vs ${secs(cpuHugo)} (${hugo}); export itself ${inProcess(fullSummary)}, node -e 0 alone ${secs(node0)}`,
    });
  else console.log(`| site export of ${POSTS} posts vs Hugo | — | ≤ 1× | not measured | hugo is not installed (apt-get install hugo) |`);
  reportRow({
    scenario: `site re-export after one edit vs the full export (${POSTS} posts)`,
    ratio: edit / full,
    target: 0.1,
    detail: `${secs(edit)} vs ${secs(full)}; export itself ${inProcess(editSummary)} vs ${inProcess(fullSummary)}`,
  });
}

await main();
