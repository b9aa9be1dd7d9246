// End to end: the fixture journal exported with the CLI (`node bin/tsuzuri.js export …`), then the site
// opened in Chromium from disk and from a static server and walked link by link; vnu and axe on an
// index, a post and a tag page; the same export twice is byte-identical; an edit rewrites only the
// pages that show the edited post.
import { describe, test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright";
import { CHROMIUM, HAS_CHROMIUM, launchBrowser } from "../../e2e/harness/browser.js";
import { tempFolder, writeFixture } from "./fixture.js";
import { filesOf, snapshot } from "./site-check.js";
import { serveFolder, walkSite } from "./site-walker.js";
import { axe, javaProblem, vnu } from "./validators.js";

const ROOT = path.join(import.meta.dirname, "..", "..", "..");
const BIN = path.join(ROOT, "bin", "tsuzuri.js");
const POST = "posts/2019-07-24-カンファレンス2日目.html";
const TAG = "tags/dev.html";
const noBrowser = HAS_CHROMIUM ? false : `no Chromium at ${CHROMIUM}`;

/** Runs the built CLI like a user would. */
function cli(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, out, err }));
  });
}

let root: { dir: string; cleanup: () => Promise<void> };
let journal: string;
let site: string;
let single: string;
let browser: Browser | null = null;

before(async () => {
  if (!existsSync(path.join(ROOT, "dist", "cli", "tsuzuri.js")) || !existsSync(path.join(ROOT, "dist", "renderer", "themes", "site.css"))) {
    const built = spawnSync(process.execPath, [path.join(ROOT, "scripts", "build.mjs")], { cwd: ROOT, encoding: "utf8" });
    assert.equal(built.status, 0, `build failed: ${built.stderr}`);
  }
  root = await tempFolder("e2e");
  journal = path.join(root.dir, "日記ジャーナル");
  site = path.join(root.dir, "サイト");
  await writeFixture(journal);
  const r = await cli("export", journal, "--out", site, "--title", "綴りの日記");
  assert.equal(r.code, 0, r.err);
  single = path.join(root.dir, "一記事.html");
  const one = await cli("export", journal, "--post", "posts/2019/2019-07-24-カンファレンス2日目.md", "--out", single);
  assert.equal(one.code, 0, one.err);
  if (!noBrowser) browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await root.cleanup();
});

describe("an exported site", () => {
  test("the CLI exports the same journal to byte-identical files", async () => {
    const again = path.join(root.dir, "again");
    const r = await cli("export", journal, "--out", again, "--title", "綴りの日記");
    assert.equal(r.code, 0, r.err);
    const [a, b] = [await snapshot(site), await snapshot(again)];
    assert.deepEqual([...a.keys()], [...b.keys()]);
    for (const [f, bytes] of a) assert.ok(bytes.equals(b.get(f) ?? Buffer.alloc(0)), `${f} differs`);
  });

  test("opened from disk, every page is reachable from the index and every link and image resolves", { skip: noBrowser }, async () => {
    assert.ok(browser);
    const walk = await walkSite(browser, pathToFileURL(site + path.sep), site);
    assert.deepEqual(walk.problems, []);
    assert.deepEqual(
      walk.pages,
      (await filesOf(site)).filter((f) => f.endsWith(".html")),
    );
  });

  test("the walk does notice a missing image and a missing page", { skip: noBrowser }, async () => {
    assert.ok(browser);
    const copy = path.join(root.dir, "broken");
    await cp(site, copy, { recursive: true });
    await rm(path.join(copy, "media", "posts", "2019", "img", "diagram.png"));
    await rm(path.join(copy, "posts", "day-one.html"));
    const walk = await walkSite(browser, pathToFileURL(copy + path.sep), copy);
    assert.ok(
      walk.problems.some((p) => /diagram\.png/.test(p)),
      walk.problems.join("\n"),
    );
    assert.ok(
      walk.problems.some((p) => /day-one\.html/.test(p)),
      walk.problems.join("\n"),
    );
  });

  test("served by a static server, the same walk finds no 404", { skip: noBrowser }, async () => {
    assert.ok(browser);
    const server = await serveFolder(site);
    try {
      const walk = await walkSite(browser, server.url, site);
      assert.deepEqual(walk.problems, []);
      assert.ok(walk.pages.includes(POST) && walk.pages.includes(TAG));
    } finally {
      await server.close();
    }
  });

  test("the Nu Html Checker finds no error in the index, a post, a tag page and a single-file export", async (t) => {
    const java = await javaProblem();
    assert.equal(java, null, java ?? "");
    const invalid = path.join(root.dir, "invalid.html");
    await writeFile(
      invalid,
      (await readFile(path.join(site, ...POST.split("/")), "utf8")).replace('<h1 class="post-title">', '<h1 id="tz:main">'),
    );
    const messages = await vnu([
      ...["index.html", POST, TAG, "tags/index.html"].map((f) => path.join(site, ...f.split("/"))),
      single,
      invalid,
    ]);
    const errors = messages.filter((m) => m.type === "error" || m.subType === "fatal");
    assert.ok(
      errors.some((m) => m.url.endsWith("invalid.html") && /Duplicate ID/.test(m.message)),
      "the checker does catch a duplicate id",
    );
    assert.deepEqual(
      errors.filter((m) => !m.url.endsWith("invalid.html")).map((m) => `${m.url}:${m.lastLine} ${m.message}`),
      [],
    );
    t.diagnostic(
      `vnu: no errors; ${messages.filter((m) => !m.url.endsWith("invalid.html")).length} warnings (obsolete align of GFM table cells, a footnote section without heading, CSP of file: URLs)`,
    );
  });

  test(
    "axe finds no serious or critical violation on the index, a post, a tag page and a single file, light and dark",
    { skip: noBrowser },
    async () => {
      assert.ok(browser);
      const found: string[] = [];
      for (const colorScheme of ["light", "dark"] as const) {
        for (const f of [...["index.html", POST, TAG].map((p) => path.join(site, ...p.split("/"))), single]) {
          const violations = await axe(browser, pathToFileURL(f).href, colorScheme);
          for (const v of violations)
            if (v.impact === "serious" || v.impact === "critical") found.push(`${colorScheme} ${f} ${v.id}: ${v.nodes.join("; ")}`);
        }
      }
      assert.deepEqual(found, []);
    },
  );

  test("follows the reader's dark mode on screen, and prints dark on white", { skip: noBrowser }, async () => {
    assert.ok(browser);
    const context = await browser.newContext({ colorScheme: "dark" });
    const page = await context.newPage();
    await page.goto(pathToFileURL(path.join(site, ...POST.split("/"))).href);
    const colours = () =>
      page.evaluate(() => {
        const s = getComputedStyle(document.body);
        return {
          fg: s.color,
          bg: s.backgroundColor,
          nav: getComputedStyle(document.querySelector(".site-nav") as Element).display,
          lang: document.documentElement.lang,
          wordBreak: getComputedStyle(document.querySelector(".tsuzuri-content") as Element).wordBreak,
        };
      });
    const dark = await colours();
    assert.equal(dark.bg, "rgb(26, 27, 30)");
    assert.equal(dark.lang, "ja");
    assert.equal(dark.wordBreak, "auto-phrase");
    await page.emulateMedia({ media: "print", colorScheme: "dark" });
    const print = await colours();
    assert.equal(print.fg, "rgb(0, 0, 0)");
    assert.equal(print.bg, "rgb(255, 255, 255)");
    assert.equal(print.nav, "none");
    await context.close();
  });

  test("after editing one post, a re-export rewrites only its page, its neighbours, the lists showing it and the feed", async () => {
    const before = new Map<string, number>();
    for (const f of await filesOf(site)) before.set(f, (await stat(path.join(site, ...f.split("/")))).mtimeMs);
    await new Promise((r) => setTimeout(r, 20));
    const file = path.join(journal, "posts", "2019", "2019-07-23-day-1.md");
    await writeFile(
      file,
      (await readFile(file, "utf8"))
        .replace("title: カンファレンス1日目", "title: カンファレンス初日")
        .replace("初日のメモ。", "初日のメモ（加筆）。"),
    );
    const r = await cli("export", journal, "--out", site, "--title", "綴りの日記");
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /written 6, unchanged 10, removed 0/);
    const changed: string[] = [];
    for (const f of await filesOf(site)) if ((await stat(path.join(site, ...f.split("/")))).mtimeMs !== before.get(f)) changed.push(f);
    assert.deepEqual(
      changed.sort(),
      [".tsuzuri-export.json", "feed.xml", "index.html", POST, "posts/day-one.html", "posts/no-date.html", "tags/conference.html"].sort(),
    );
  });
});
