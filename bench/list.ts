// Benchmark of the post list in the browser (not a test): `tsuzuri serve` on generated journals of
// 100 and 10,000 posts, Debian's Chromium through Playwright, in one run, printing each 10,000-post
// figure as a ratio of the 100-post one with its target (issue 10: ≤ 1.5×).
// Each journal is opened once first (its caches and search index saved in .tsuzuri/, as for anyone who
// has used the app before); the first open of a journal never seen, which builds the search index while
// the page loads, is printed beside the table but is not the target row.
// Measured in the page: app start (navigation → posts listed, the editor editable and the open post's
// title shown; the median of STARTS starts, each on a serve just started), scroll frame
// time (requestAnimationFrame timestamps while the list scrolls), post switch (click → the Title and
// the editor show the post, to the end of the frame that paints it), search clear (Esc → every post listed).
// Run: node --import tsx bench/list.ts [--keep]
import { execFileSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright";
import { launchBrowser, openPage, startServe } from "../test/e2e/harness/index.js";
import { reportRow } from "./report.js";

const CLI = path.join(path.resolve(import.meta.dirname, ".."), "dist", "cli", "tsuzuri.js");

const repoRoot = path.resolve(import.meta.dirname, "..");
const GENERATOR = path.join(repoRoot, "..", "shared", "bench", "gen-journal.mjs");
const SIZES = [100, 10_000] as const;
const TARGET = 1.5;
const SWITCHES = 12;
const CLEARS = 9;
const SCROLL_FRAMES = 120;
/** App starts measured per journal (each on a serve just started, as a user starts it): the median is the row. */
const STARTS = 3;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const ms = (n: number): string => `${n.toFixed(n < 10 ? 1 : 0)} ms`;

/** Resolves, in the page, when `ready()` holds: the time at the end of the frame that paints it. */
const AFTER_PAINT = `(ready) => new Promise((resolve) => {
  const check = () => { if (ready()) requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => resolve(performance.now()); c.port2.postMessage(0); }); else requestAnimationFrame(check); };
  const mo = new MutationObserver(() => { if (ready()) { mo.disconnect(); check(); } });
  mo.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  check();
})`;

interface Figures {
  start: number;
  frame: number;
  frameP95: number;
  switchMs: number;
  clear: number;
  items: number;
}

/** Navigates to the app: the ms until the posts are listed, the editor is editable and the post open shows its title. */
async function startApp(page: Page, url: string): Promise<number> {
  const t0 = Date.now();
  await page.goto(url);
  await page.waitForFunction(
    () =>
      document.querySelector(".post-list li") &&
      document.querySelector(".cm-content[contenteditable=true]") &&
      (document.querySelector<HTMLInputElement>("input.post-title-input, [aria-label=Title]")?.value ?? "") !== "",
    null,
    { timeout: 120_000, polling: "raf" },
  );
  return Date.now() - t0;
}

async function measure(page: Page, url: string, posts: number): Promise<Omit<Figures, "start">> {
  await page.waitForTimeout(1500);

  // Scroll: one step per frame, the timestamps' deltas are the frame times.
  const frames = (await page.evaluate(`new Promise((resolve) => {
    const box = document.querySelector(".post-list-scroller");
    const stamps = [];
    const step = (t) => {
      stamps.push(t);
      box.scrollTop += 240;
      if (stamps.length > ${SCROLL_FRAMES}) resolve(stamps.slice(1).map((s, i) => s - stamps[i]));
      else requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  })`)) as number[];
  const items = await page.locator(".post-list li").count();
  await page.evaluate(() => {
    document.querySelector<HTMLElement>(".post-list-scroller")!.scrollTop = 0;
  });
  await page.waitForTimeout(300);

  // Post switch: click the n-th visible item, until the Title shows its title.
  const switches: number[] = [];
  for (let k = 0; k < SWITCHES; k++) {
    const button = page.locator(".post-list li .post-button").nth(1 + (k % 6));
    const title = (await button.locator(".post-title").textContent()) ?? "";
    const took = await button.evaluate(
      (el, [title, afterPaint]) => {
        const wait = (0, eval)(afterPaint) as (ready: () => boolean) => Promise<number>;
        const input = document.querySelector<HTMLInputElement>("[aria-label=Title]")!;
        const t = performance.now();
        const done = wait(() => input.value === title && el.getAttribute("aria-current") === "true");
        (el as HTMLElement).click();
        return done.then((end) => end - t);
      },
      [title, AFTER_PAINT] as const,
    );
    switches.push(took);
    await page.waitForTimeout(200);
  }

  // Search clear: type a query, wait for its results, then Esc until every post is listed.
  const clears: number[] = [];
  const search = page.getByRole("searchbox", { name: "Search" });
  for (let k = 0; k < CLEARS; k++) {
    await search.fill(k % 2 ? "ドメイン" : "kubernetes");
    await page.waitForFunction(
      (n) => {
        const li = document.querySelector(".post-list li");
        return !li || li.getAttribute("aria-setsize") !== String(n);
      },
      posts,
      { timeout: 30_000 },
    );
    await page.waitForTimeout(300);
    const took = await search.evaluate(
      (el, [n, afterPaint]) => {
        const wait = (0, eval)(afterPaint) as (ready: () => boolean) => Promise<number>;
        const t = performance.now();
        const done = wait(
          () =>
            document.querySelector(".post-list li")?.getAttribute("aria-setsize") === String(n) &&
            document.querySelectorAll(".post-list li").length > 0,
        );
        el.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true, cancelable: true }));
        return done.then((end) => end - t);
      },
      [posts, AFTER_PAINT] as const,
    );
    clears.push(took);
  }
  const sorted = [...frames].sort((a, b) => a - b);
  return {
    frame: median(frames),
    frameP95: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
    switchMs: median(switches),
    clear: median(clears),
    items,
  };
}

/** One app start in a fresh tab on a serve started just before (see startApp), in ms. */
async function startOnce(browser: Parameters<typeof openPage>[0], journalDir: string, userDataDir: string): Promise<number> {
  const server = await startServe({ journalDir, userDataDir });
  try {
    const app = await openPage(browser, "about:blank");
    try {
      return await startApp(app.page, server.url);
    } finally {
      await app.context.close();
    }
  } finally {
    await server.stop().catch(() => server.kill());
  }
}

async function main(): Promise<void> {
  const root = await mkdtemp(path.join(os.tmpdir(), "tsuzuri-list-bench-"));
  const browser = await launchBrowser();
  const results: Figures[] = [];
  const firstOpens: number[] = [];
  try {
    for (const n of SIZES) {
      const dir = path.join(root, `j${n}`);
      const userDataDir = path.join(root, `u${n}`);
      execFileSync(process.execPath, [GENERATOR, "--out", dir, "--posts", String(n)], { stdio: "ignore" });
      // The first open of a new journal: serve builds the search index meanwhile; then it is saved.
      firstOpens.push(await startOnce(browser, dir, userDataDir));
      execFileSync(process.execPath, [CLI, "search", dir, "warm"], { stdio: "ignore" });
      const starts: number[] = [];
      for (let k = 1; k < STARTS; k++) starts.push(await startOnce(browser, dir, userDataDir));
      const server = await startServe({ journalDir: dir, userDataDir });
      try {
        const app = await openPage(browser, "about:blank");
        starts.push(await startApp(app.page, server.url));
        results.push({ start: median(starts), ...(await measure(app.page, server.url, n)) });
        await app.context.close();
      } finally {
        await server.stop().catch(() => server.kill());
      }
    }
  } finally {
    await browser.close();
    if (!process.argv.includes("--keep")) await rm(root, { recursive: true, force: true });
  }
  const [small, big] = results as [Figures, Figures];
  const row = (name: string, a: number, b: number) =>
    reportRow({ scenario: `${name}: 10,000 posts vs 100`, ratio: b / a, target: TARGET, detail: `${ms(b)} vs ${ms(a)}` });
  row(
    `app start → listed, editor editable (renderer side; serve just up; journal opened before; median of ${STARTS})`,
    small.start,
    big.start,
  );
  row("scroll frame time, median", small.frame, big.frame);
  row("scroll frame time, p95", small.frameP95, big.frameP95);
  row("post switch (click → post shown, painted), median", small.switchMs, big.switchMs);
  row("search clear (Esc → every post listed, painted), median", small.clear, big.clear);
  const [firstSmall = 0, firstBig = 0] = firstOpens;
  console.log(
    `\nfirst open of a journal never seen (search index built meanwhile): ${ms(firstBig)} vs ${ms(firstSmall)}, ${(firstBig / firstSmall).toFixed(2)}×`,
  );
  console.log(`list items in the DOM while scrolling: ${small.items} (100 posts), ${big.items} (10,000 posts)`);
}

await main();
