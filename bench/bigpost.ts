// Benchmark of a big post in the browser (not a test): `tsuzuri serve` on a journal holding a 1 MB post
// (Japanese prose, nested lists, code, tables: the seed's kind of text, repeated) and a 1 KB one, Debian's
// Chromium through Playwright, everything in one run, printing the rows as ratios with their targets:
// - opening the 1 MB post (click → the editor shows it and the preview shows its last block, painted) vs one
//   bare markdown-it render of the same body in the same browser; and the longest task while it opens;
// - typing keydown → next frame, p95, in the 1 MB post vs the 1 KB post;
// - keystroke → the preview shows it, in the 1 MB post, vs one bare markdown-it render;
// - JavaScript fetched before the app is usable (Playwright network events) vs 1.5 MB.
// Run: node --import tsx bench/bigpost.ts [--quick] [--keep]   (--quick: fewer rounds)
import { mkdtemp, rm } from "node:fs/promises";
import { existsSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { build } from "esbuild";
import type { Browser, Page } from "playwright";
import { launchBrowser, openPage, postText, startServe, writePosts } from "../test/e2e/harness/index.js";
import { QUICK, reportRow } from "./report.js";

const repoRoot = path.resolve(import.meta.dirname, "..");
const SEED = "/work/shared/seeds/000_4f22f7716abb12ce.txt";
// Always 1 MB: the preview's debounce is a fixed time, so a smaller post would change the ratios.
const BIG_BYTES = 1024 * 1024;
const OPENS = QUICK ? 1 : 3;
const KEYS = QUICK ? 30 : 80;
const PREVIEW_TRIALS = QUICK ? 3 : 5;
const BUNDLE_LIMIT = 1.5 * 1024 * 1024;
const BIG_TITLE = "大きな投稿";
const SMALL_TITLE = "小さな投稿";
const END = "ここで終わり";

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const p95 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] ?? 0;
const step = (what: string): void => {
  if (process.env.TSUZURI_BENCH_TRACE) console.error(`bigpost: ${what}`);
};
const ms = (n: number): string => `${n.toFixed(n < 10 ? 1 : 0)} ms`;

/** Seed-like text: the seed post's lines when present, else generated Japanese sentences. */
function seedLines(): string[] {
  if (existsSync(SEED))
    return readFileSync(SEED, "utf8")
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
  return ["今日は久しぶりに時間が取れたので、気になっていたことを整理してみた。", "結論から言うと、思っていたよりも簡単に動いた。"];
}

/** A post body of about `bytes` bytes (UTF-8): paragraphs, headings, nested lists, code and tables, ending in END. */
function bigBody(bytes: number): string {
  const lines = seedLines();
  const langs = ["ts", "go", "yaml", "bash", "json", "python"];
  const blocks: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const t = (k: number) => lines[(i * 7 + k) % lines.length] ?? "";
    const kind = i % 6;
    const block =
      kind === 0
        ? `## ${t(0).slice(0, 30)} ${i}`
        : kind === 1
          ? `- ${t(1)}\n  - ${t(2)}\n    - ${t(3)}\n- ${t(4)}`
          : kind === 2
            ? "```" +
              langs[i % langs.length] +
              `\nconst value${i} = compute(${i}); // ${t(5).slice(0, 20)}\nif (value${i} > 0) { print("${i}") }\n` +
              "```"
            : kind === 3
              ? `| 項目 | 値 | メモ |\n|---|---:|---|\n| ${t(6).slice(0, 10)} | ${i} | ${t(7).slice(0, 12)} |\n| 次 | ${i + 1} | **太字** |`
              : `${t(8)} ${t(9)} [リンク](https://example.com/${i})`;
    blocks.push(block);
    size += Buffer.byteLength(block) + 2;
  }
  blocks.push(`最後の段落。${END}`);
  return blocks.join("\n\n") + "\n";
}

/** Resolves, in the page, when `ready()` holds: the time at the end of the frame that paints it. */
const AFTER_PAINT = `(ready) => new Promise((resolve, reject) => {
  const until = performance.now() + 60000;
  const done = () => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => resolve(performance.now()); c.port2.postMessage(0); });
  const check = () => { if (ready()) done(); else if (performance.now() > until) reject(new Error("not ready after 60 s: " + ready)); else setTimeout(check, 2); };
  check();
})`;

/** Installed before the app loads: long tasks, and each keydown's time to the end of its next frame. */
const PROBES = () => {
  const w = window as unknown as { tsuzuriLongTasks: { start: number; duration: number }[]; tsuzuriKeyFrames: number[] };
  w.tsuzuriLongTasks = [];
  w.tsuzuriKeyFrames = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.tsuzuriLongTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
  document.addEventListener(
    "keydown",
    (e) => {
      const t = e.timeStamp;
      requestAnimationFrame(() => {
        const c = new MessageChannel();
        c.port1.onmessage = () => w.tsuzuriKeyFrames.push(performance.now() - t);
        c.port2.postMessage(0);
      });
    },
    { capture: true },
  );
};

/** With TSUZURI_BENCH_PROFILE set: a CPU profile of `run` in the page, summarised as the functions with the most self time. */
async function profiled<T>(page: Page, what: string, run: () => Promise<T>): Promise<T> {
  if (!process.env.TSUZURI_BENCH_PROFILE) return run();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  await cdp.send("Profiler.start");
  const result = await run();
  const { profile } = await cdp.send("Profiler.stop");
  const self = new Map<string, number>();
  const dt = new Map<number, number>();
  profile.samples?.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas?.[i] ?? 0)));
  for (const node of profile.nodes) {
    const f = node.callFrame;
    const key = `${f.functionName || "(anonymous)"} ${f.url.split("/").pop()}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (dt.get(node.id) ?? 0) / 1000);
  }
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 25);
  console.error(`\nprofile of ${what} (self time):\n` + top.map(([k, v]) => `  ${v.toFixed(0).padStart(6)} ms  ${k}`).join("\n"));
  await cdp.detach();
  return result;
}

/** Milliseconds of one bare markdown-it render (default options) of `body`, in a blank page: median of 5 after a warm-up. */
async function bareRender(browser: Browser, body: string): Promise<number> {
  const result = await build({
    stdin: { contents: 'import MarkdownIt from "markdown-it"; window.bareMd = new MarkdownIt();', resolveDir: repoRoot, loader: "js" },
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "chrome120",
    logLevel: "silent",
  });
  const page = await browser.newPage();
  try {
    await page.setContent("<!doctype html><title>bare</title>");
    await page.addScriptTag({ content: result.outputFiles[0]?.text ?? "" });
    const times = await page.evaluate((src) => {
      const md = (window as unknown as { bareMd: { render(s: string): string } }).bareMd;
      md.render(src);
      return Array.from({ length: 5 }, () => {
        const t = performance.now();
        md.render(src);
        return performance.now() - t;
      });
    }, body);
    return median(times);
  } finally {
    await page.close();
  }
}

async function openByTitle(page: Page, title: string, lastText: string): Promise<{ took: number; longest: number }> {
  const button = page.getByRole("list", { name: "Posts" }).getByRole("listitem").filter({ hasText: title }).getByRole("button").first();
  return button.evaluate(
    (el, [title, lastText, afterPaint]) => {
      const wait = (0, eval)(afterPaint) as (ready: () => boolean) => Promise<number>;
      const input = document.querySelector<HTMLInputElement>("[aria-label=Title]")!;
      const frame = document.querySelector<HTMLIFrameElement>("iframe[title=Preview]")!;
      const t = performance.now();
      const done = wait(() => {
        const main = frame.contentDocument?.querySelector("main.tsuzuri-content");
        return (
          input.value === title &&
          (main?.lastElementChild?.textContent ?? "").includes(lastText) &&
          document.querySelector(".cm-content[contenteditable=true]") !== null
        );
      });
      (el as HTMLElement).click();
      return done.then((end) => {
        const tasks = (window as unknown as { tsuzuriLongTasks: { start: number; duration: number }[] }).tsuzuriLongTasks;
        const longest = Math.max(0, ...tasks.filter((x) => x.start >= t - 1 && x.start <= end).map((x) => x.duration));
        return { took: end - t, longest };
      });
    },
    [title, lastText, AFTER_PAINT] as const,
  );
}

/** Types KEYS letters at the end of the Body; the keydown → next-frame times of those keys. */
async function typing(page: Page): Promise<number[]> {
  await page.getByRole("textbox", { name: "Body" }).click();
  await page.keyboard.press("Control+End");
  await page.waitForTimeout(500);
  await page.evaluate(() => {
    (window as unknown as { tsuzuriKeyFrames: number[] }).tsuzuriKeyFrames.length = 0;
  });
  for (let i = 0; i < KEYS; i++) await page.keyboard.type("abcdefghij"[i % 10] ?? "a", { delay: 0 }).then(() => page.waitForTimeout(40));
  await page.waitForTimeout(300);
  return page.evaluate(() => [...(window as unknown as { tsuzuriKeyFrames: number[] }).tsuzuriKeyFrames]);
}

async function main(): Promise<void> {
  const root = await mkdtemp(path.join(os.tmpdir(), "tsuzuri-bigpost-bench-"));
  const browser = await launchBrowser();
  const big = bigBody(BIG_BYTES);
  const small = bigBody(1024);
  try {
    const journal = path.join(root, "journal");
    await writePosts(journal, {
      "posts/big.md": postText({ title: BIG_TITLE, date: "2024-01-02T10:00:00+09:00" }, big),
      "posts/small.md": postText({ title: SMALL_TITLE, date: "2024-01-01T10:00:00+09:00" }, small),
    });
    step("bare render");
    const bare = await bareRender(browser, big);
    step(`bare render ${bare} ms`);
    const server = await startServe({ journalDir: journal, userDataDir: path.join(root, "user") });
    try {
      const app = await openPage(browser, "about:blank");
      const { page } = app;
      const warnings: string[] = [];
      page.on("crash", () => console.error("bigpost: the page crashed"));
      page.on("close", () => step("page closed"));
      browser.on("disconnected", () => step("browser disconnected"));
      app.context.on("close", () => step("context closed"));
      page.on("console", (m) => {
        if (/Measure loop restarted/.test(m.text())) warnings.push(m.text());
      });
      await page.addInitScript(PROBES);
      // JavaScript before usable: every script response until the list shows and the editor can be typed in.
      const scripts = new Map<string, number>();
      let usable = false;
      page.on("response", (r) => {
        if (usable || r.request().resourceType() !== "script") return;
        void r.body().then(
          (b) => {
            if (!usable || !scripts.has(r.url())) scripts.set(r.url(), b.length);
          },
          () => {},
        );
      });
      await page.goto(server.url);
      await page.waitForFunction(
        () => document.querySelector(".post-list li") && document.querySelector(".cm-content[contenteditable=true]"),
        null,
        { timeout: 60_000, polling: "raf" },
      );
      await page.waitForTimeout(300);
      usable = true;
      step("usable");
      const jsBytes = [...scripts.values()].reduce((a, b) => a + b, 0);

      const opens: { took: number; longest: number }[] = [];
      for (let k = 0; k < OPENS; k++) {
        await openByTitle(page, SMALL_TITLE, END);
        await page.waitForTimeout(500);
        opens.push(await profiled(page, `opening the big post (${k})`, () => openByTitle(page, BIG_TITLE, END)));
        await page.waitForTimeout(1500);
      }
      step("opened");
      const bigKeys = await profiled(page, "typing in the big post", () => typing(page));
      step("typed");
      const previews: number[] = [];
      for (let k = 0; k < PREVIEW_TRIALS; k++) {
        await page.waitForTimeout(2000); // the last render and its debounce are over
        // The listener is in place (awaited) before the key is pressed; the result is collected afterwards.
        await page.evaluate(
          ([afterPaint]) => {
            const wait = (0, eval)(afterPaint) as (ready: () => boolean) => Promise<number>;
            const frame = document.querySelector<HTMLIFrameElement>("iframe[title=Preview]")!;
            const mark = (frame.contentDocument?.querySelector("main.tsuzuri-content")?.lastElementChild?.textContent ?? "") + "Z";
            (window as unknown as { tsuzuriPreviewWait: Promise<number> }).tsuzuriPreviewWait = new Promise<number>((resolve, reject) => {
              const none = setTimeout(() => reject(new Error("no keydown reached the page")), 20_000);
              document.addEventListener(
                "keydown",
                (e) => {
                  clearTimeout(none);
                  const t = e.timeStamp;
                  wait(
                    () => (frame.contentDocument?.querySelector("main.tsuzuri-content")?.lastElementChild?.textContent ?? "") === mark,
                  ).then(
                    (end) => resolve(end - t),
                    () =>
                      reject(
                        new Error(
                          `the preview never showed ${mark}: its last block is ${JSON.stringify(frame.contentDocument?.querySelector("main.tsuzuri-content")?.lastElementChild?.textContent?.slice(-80))}`,
                        ),
                      ),
                  );
                },
                { once: true, capture: true },
              );
            });
          },
          [AFTER_PAINT] as const,
        );
        const waiting = page.evaluate(() => (window as unknown as { tsuzuriPreviewWait: Promise<number> }).tsuzuriPreviewWait);
        step(`preview trial ${k}`);
        await page.keyboard.type("Z");
        previews.push(await profiled(page, `keystroke to preview (${k})`, () => waiting));
        step(`preview trial ${k}: ${previews.at(-1)} ms`);
      }
      step("previews");
      await openByTitle(page, SMALL_TITLE, END);
      await page.waitForTimeout(800);
      const smallKeys = await typing(page);
      await app.context.close();

      const open = median(opens.map((o) => o.took));
      const longest = Math.max(...opens.map((o) => o.longest));
      reportRow({
        scenario: `opening a 1 MB post vs one bare markdown-it render of it`,
        ratio: open / bare,
        target: 2.0,
        detail: `${ms(open)} vs ${ms(bare)}; longest task ${ms(longest)} (limit 200 ms)`,
      });
      reportRow({ scenario: `opening a 1 MB post: longest task vs 200 ms`, ratio: longest / 200, target: 1.0, detail: ms(longest) });
      reportRow({
        scenario: `typing keydown → next frame p95: 1 MB post vs 1 KB post`,
        ratio: p95(bigKeys) / p95(smallKeys),
        target: 1.5,
        detail: `${ms(p95(bigKeys))} vs ${ms(p95(smallKeys))} (median ${ms(median(bigKeys))} vs ${ms(median(smallKeys))}); "Measure loop restarted" warnings: ${warnings.length}`,
      });
      reportRow({
        scenario: `keystroke → updated preview in a 1 MB post vs one bare markdown-it render of it`,
        ratio: median(previews) / bare,
        target: 1.0,
        detail: `${ms(median(previews))} vs ${ms(bare)} (includes the preview's debounce)`,
      });
      reportRow({
        scenario: "JavaScript loaded before the app is usable (bytes / 1.5 MB)",
        ratio: jsBytes / BUNDLE_LIMIT,
        target: 1.0,
        detail: `${(jsBytes / 1024).toFixed(0)} KB in ${scripts.size} files`,
      });
    } finally {
      await server.stop().catch(() => server.kill());
    }
  } finally {
    await browser.close();
    if (!process.argv.includes("--keep")) await rm(root, { recursive: true, force: true });
  }
}

await main();
