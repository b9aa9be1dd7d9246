// Benchmark of importing (not a test; nothing here gates CI): a generated 10,000-entry Movable Type
// (Hatena Blog) export with Japanese HTML bodies — nested lists, highlighted code, tables, keyword
// links, footnotes, embeds, comments — imported into a fresh journal, then imported again (all
// skipped), then the journal opened (its index rebuilt from the new files, as `tsuzuri import` does).
// Run: node --import tsx bench/import.ts [--entries N] [--keep]
import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { importSource, type ImportReport } from "../core/node/import/index.js";
import { Journal } from "../core/node/store/index.js";

const ENTRIES = Number(process.argv[process.argv.indexOf("--entries") + 1]) || 10_000;
const KEEP = process.argv.includes("--keep");

/** A small deterministic random source, so every run imports the same file. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}
const rand = rng(20190724);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

const WORDS = [
  "Kubernetes",
  "マイクロサービス",
  "設計",
  "観測性",
  "ドメイン",
  "鍋",
  "作り置き",
  "サーキットブレーカー",
  "Go",
  "Ruby",
  "監視",
  "ログ",
  "カンファレンス",
  "レシピ",
  "味噌汁",
];
const SENTENCES = [
  "今日は{w}について調べたことをまとめておく。",
  "{w}の運用は思ったより手間がかかる。",
  "{w}と{w}の組み合わせが気になっている。",
  "週末に{w}を試してみたら、意外と簡単だった。",
  "セッションでは{w}の話が一番面白かった。",
  "{w}は来週もう一度見直したい。",
];
const CATEGORIES = ["イベント", "Kubernetes", "料理", "作り置き", "Go", "Ruby", "日記", "読書"];

const sentence = (): string =>
  pick(SENTENCES).replace(/\{w\}/g, () =>
    rand() < 0.3
      ? `<a class="keyword" href="http://d.hatena.ne.jp/keyword/${encodeURIComponent(pick(WORDS))}">${pick(WORDS)}</a>`
      : pick(WORDS),
  );

function nestedList(depth: number): string {
  const items = Array.from({ length: 2 + Math.floor(rand() * 2) }, (_, i) => {
    const inner = depth > 1 && i === 0 ? `\n${nestedList(depth - 1)}\n` : "";
    return `<li>${sentence()}${inner}</li>`;
  });
  return `<ul>\n${items.join("\n")}\n</ul>`;
}

function code(): string {
  return `<pre class="code lang-ruby" data-lang="ruby" data-unlink><span class="synPreProc">def</span> <span class="synIdentifier">handle</span>(req)
  breaker.run { call(<span class="synSpecial">&quot;</span><span class="synConstant">決済</span><span class="synSpecial">&quot;</span>, req) }
<span class="synPreProc">end</span>
</pre>`;
}

function table(): string {
  const rows = Array.from(
    { length: 3 + Math.floor(rand() * 3) },
    () => `<tr><td>${pick(WORDS)}</td><td>${Math.floor(rand() * 500)}g</td></tr>`,
  );
  return `<table>\n<tr><th>材料</th><th>分量</th></tr>\n${rows.join("\n")}\n</table>`;
}

function body(i: number): string {
  const parts = [
    `<p>${sentence()}${sentence()}<a href="#f-${i}a" name="fn-${i}a" title="注">*1</a></p>`,
    `<h3 id="s${i}">${pick(WORDS)}のメモ</h3>`,
    nestedList(4),
    `<p>${sentence()}<br />${sentence()}</p>`,
    code(),
    table(),
  ];
  if (i % 5 === 0)
    parts.push(
      `<p><iframe src="https://hatenablog-parts.com/embed?url=https%3A%2F%2Fexample.com%2F${i}" title="記事${i}" class="embed-card"></iframe><cite class="hatena-citation"><a href="https://example.com/${i}">example.com</a></cite></p>`,
    );
  parts.push(
    `<div class="footnote">\n<p class="footnote"><a href="#fn-${i}a" name="f-${i}a" class="footnote-number">*1</a><span class="footnote-delimiter">:</span><span class="footnote-text">${sentence()}</span></p>\n</div>`,
  );
  return parts.join("\n");
}

function entry(i: number): string {
  const t = new Date(Date.UTC(2012, 0, 1) + i * 6 * 3600_000);
  const p = (n: number) => String(n).padStart(2, "0");
  const date = `${p(t.getUTCMonth() + 1)}/${p(t.getUTCDate())}/${t.getUTCFullYear()} ${p(t.getUTCHours())}:${p(t.getUTCMinutes())}:00`;
  const basename = `${t.getUTCFullYear()}/${p(t.getUTCMonth() + 1)}/${p(t.getUTCDate())}/${p(t.getUTCHours())}${p(t.getUTCMinutes())}00`;
  const lines = [
    "AUTHOR: bench",
    `TITLE: ${pick(WORDS)}の${pick(["メモ", "まとめ", "感想", "作り方"])} その${i}`,
    `BASENAME: ${basename}`,
    `STATUS: ${i % 50 === 0 ? "Draft" : "Publish"}`,
    "ALLOW COMMENTS: 1",
    "CONVERT BREAKS: 0",
    `DATE: ${date}`,
    `CATEGORY: ${pick(CATEGORIES)}`,
    `CATEGORY: ${pick(CATEGORIES)}`,
    "-----",
    "BODY:",
    body(i),
    "-----",
    "EXTENDED BODY:",
    "-----",
  ];
  if (i % 7 === 0) lines.push("COMMENT:", "AUTHOR: 読者", "EMAIL: reader@example.com", `DATE: ${date}`, "参考になりました！", "-----");
  lines.push("--------");
  return lines.join("\n");
}

function row(label: string, value: string): string {
  return `| ${label.padEnd(44)} | ${value.padStart(14)} |`;
}

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const value = await fn();
  return [performance.now() - t0, value];
}

async function main(): Promise<void> {
  const root = await mkdtemp(path.join(os.tmpdir(), "tsuzuri-import-bench-"));
  try {
    const file = path.join(root, "bench.hatenablog.com.export.txt");
    await writeFile(file, Array.from({ length: ENTRIES }, (_, i) => entry(i + 1)).join("\n") + "\n");
    const size = (await stat(file)).size;
    const journalDir = path.join(root, "journal");

    let peak = 0;
    const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    const [tImport, first] = await timed<ImportReport>(() => importSource(file, { dir: journalDir }));
    clearInterval(sample);
    const [tAgain, again] = await timed<ImportReport>(() => importSource(file, { dir: journalDir }));
    const [tDry] = await timed<ImportReport>(() => importSource(file, { dir: path.join(root, "dry") }, { dryRun: true }));
    const [tOpen, journal] = await timed(() => Journal.open(journalDir));
    const listed = journal.info().postCount;
    await journal.close();

    console.log(row("", "").replace(/ /g, "-").replace(/^-|-$/g, "|"));
    console.log(row(`export: ${ENTRIES.toLocaleString("en")} entries`, `${(size / 1024 / 1024).toFixed(1)} MB`));
    console.log(row("import into a fresh journal", `${(tImport / 1000).toFixed(1)} s`));
    console.log(row("  per entry", `${(tImport / ENTRIES).toFixed(2)} ms`));
    console.log(row("  posts created / failed", `${first.imported} / ${first.failed.length}`));
    console.log(row("  peak RSS", `${(peak / 1024 / 1024).toFixed(0)} MB`));
    console.log(row("import again (all skipped)", `${(tAgain / 1000).toFixed(1)} s`));
    console.log(row("  skipped / created", `${again.skipped} / ${again.imported}`));
    console.log(row("dry run into an empty journal", `${(tDry / 1000).toFixed(1)} s`));
    console.log(row("open the journal afterwards (index rebuilt)", `${(tOpen / 1000).toFixed(1)} s`));
    console.log(row("  posts listed", String(listed)));
    if (KEEP) console.log(`\nkept: ${root}`);
  } finally {
    if (!KEEP) await rm(root, { recursive: true, force: true });
  }
}

await main();
