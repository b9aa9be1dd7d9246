// Exporting the fixture journal as a site in Node: the files, links that resolve, bodies identical to
// the preview's, drafts left out; byte-identical re-exports; incremental updates; a folder that is
// not ours is refused and files we did not write are never touched.
import { describe, test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { cp, readFile, rm, symlink, writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { JSDOM } from "jsdom";
import { TsuzuriError } from "../../../core/contract/index.js";
import { exportSite, MANIFEST_FILE, type ExportProgress } from "../../../core/node/export/index.js";
import { renderMarkdown } from "../../../core/node/markdown/index.js";
import { Journal } from "../../../core/node/store/index.js";
import { parsePost } from "../../../core/common/post/index.js";
import { FIXTURE_POSTS, tempFolder, writeFixture } from "./fixture.js";
import { brokenLinks, filesOf, snapshot } from "./site-check.js";

const CONFERENCE_PAGE = "posts/2019-07-24-カンファレンス2日目.html";

let root: { dir: string; cleanup: () => Promise<void> };
let journalDir: string;
let n = 0;

before(async () => {
  root = await tempFolder("site");
  journalDir = path.join(root.dir, "journal");
  await writeFixture(journalDir);
});
after(() => root.cleanup());

async function exportTo(dir: string, options: Parameters<typeof exportSite>[2] = {}) {
  const journal = await Journal.open(journalDir);
  try {
    return await exportSite(journal, dir, options);
  } finally {
    await journal.close();
  }
}

const outDir = () => path.join(root.dir, `out-${++n}`);

/** The body as the preview shows it, and as a page shows it, with exactly the documented differences neutralised. */
function comparable(html: string, side: "preview" | "export"): string {
  const { document } = new JSDOM(`<body>${html}</body>`).window;
  for (const a of document.querySelectorAll("a")) a.removeAttribute("href");
  for (const img of document.querySelectorAll("img")) img.removeAttribute("src");
  if (side === "export") for (const box of document.querySelectorAll("input[aria-label]")) box.removeAttribute("aria-label");
  return document.body.innerHTML;
}

describe("exporting a site", () => {
  test("writes index, posts, tags, feed, stylesheet and the images posts show; drafts are left out", async () => {
    const dir = outDir();
    const result = await exportTo(dir);
    assert.equal(result.posts, 4);
    assert.deepEqual(
      await filesOf(dir),
      [
        MANIFEST_FILE,
        "feed.xml",
        "index.html",
        "media/posts/2019/img/diagram.png",
        "media/posts/2019/img/画像 1.png",
        CONFERENCE_PAGE,
        "posts/day-one.html",
        "posts/english.html",
        "posts/no-date.html",
        "style.css",
        "tags/conference.html",
        "tags/dev.html",
        "tags/dev/backend.html",
        "tags/dev/frontend.html",
        "tags/index.html",
        "tags/kubernetes.html",
        "tags/勉強会.html",
      ].sort(),
    );
    assert.equal(result.written.length, 16);
    assert.deepEqual(await brokenLinks(dir), []);
    assert.equal(result.warnings.length, 2);
    assert.match(result.warnings.join("\n"), /draft\.md.*not part of the export/);
    assert.match(result.warnings.join("\n"), /missing\.md.*no such post/);
    const css = await readFile(path.join(dir, "style.css"), "utf8");
    assert.ok(css.includes(".tsuzuri-content") && css.includes("word-break: auto-phrase") && css.includes("@media print"));
  });

  test("a post's body is the preview's HTML but for link targets and task names", async () => {
    const dir = outDir();
    await exportTo(dir);
    for (const [rel, text] of Object.entries(FIXTURE_POSTS)) {
      if (rel.includes("draft")) continue;
      const preview = renderMarkdown(parsePost(text, rel).body).html;
      const slug = rel === "posts/2019/2019-07-23-day-1.md" ? "day-one" : path.posix.basename(rel, ".md");
      const page = new JSDOM(await readFile(path.join(dir, "posts", `${slug}.html`), "utf8")).window.document;
      const body = page.querySelector(".tsuzuri-content")?.innerHTML.replace(/^\n|\n$/g, "") ?? "";
      assert.equal(comparable(body, "export"), comparable(preview, "preview"), rel);
    }
    const page = new JSDOM(await readFile(path.join(dir, CONFERENCE_PAGE), "utf8")).window.document;
    assert.equal(
      page.querySelector(".tsuzuri-content a")?.getAttribute("href"),
      "day-one.html",
      "[前日のメモ](2019-07-23-day-1.md) → its page",
    );
    assert.ok(
      [...page.querySelectorAll(".tsuzuri-content a:not([href])")].some((a) => a.textContent === "続き"),
      "the link to the draft is plain text",
    );
    const dayOne = new JSDOM(await readFile(path.join(dir, "posts/day-one.html"), "utf8")).window.document;
    assert.equal(
      dayOne.querySelector(".tsuzuri-content a")?.getAttribute("href"),
      `${encodeURIComponent("2019-07-24-カンファレンス2日目")}.html#${encodeURIComponent("セッション")}`,
    );
  });

  test("the same journal exports to byte-identical files", async () => {
    const a = outDir();
    const b = outDir();
    await exportTo(a);
    await exportTo(b);
    const [sa, sb] = [await snapshot(a), await snapshot(b)];
    assert.deepEqual([...sa.keys()], [...sb.keys()]);
    for (const [f, bytes] of sa) assert.ok(bytes.equals(sb.get(f) ?? Buffer.alloc(0)), f);
  });

  test("an export from the journal's render cache is byte-identical to one that rendered every body, and a damaged entry is rendered again", async () => {
    const cache = path.join(journalDir, ".tsuzuri", "export-cache");
    await rm(cache, { recursive: true, force: true });
    const fresh = outDir();
    await exportTo(fresh);
    const index = JSON.parse(await readFile(path.join(cache, "v2", "bodies.json"), "utf8")) as {
      bodies: Record<string, [number, number, string]>;
    };
    const slots = Object.values(index.bodies);
    assert.equal(slots.length, 4, "one rendered body per exported post");
    const pack = path.join(cache, "v2", "bodies.pack");
    const bytes = await readFile(pack);
    const [offset = 0, length = 0] = slots[0] ?? [];
    bytes.write("<script>alert(1)</script>".slice(0, length), offset, "utf8");
    await writeFile(pack, bytes);
    const cached = outDir();
    await exportTo(cached);
    const [a, b] = [await snapshot(fresh), await snapshot(cached)];
    assert.deepEqual([...b.keys()], [...a.keys()]);
    for (const [f, bytes] of a) assert.ok(bytes.equals(b.get(f) ?? Buffer.alloc(0)), `${f} is the same from the cache`);
  });

  test("a page changed by hand is noticed and made again, even when its size is unchanged", async () => {
    const dir = outDir();
    await exportTo(dir);
    const page = path.join(dir, "posts", "day-one.html");
    const original = await readFile(page);
    const edited = Buffer.from(original.toString("latin1").replace("<main", "<mian"), "latin1");
    assert.equal(edited.length, original.length);
    await writeFile(page, edited);
    assert.deepEqual((await exportTo(dir)).written, ["posts/day-one.html"]);
    assert.ok((await readFile(page)).equals(original));
    await new Promise((r) => setTimeout(r, 120));
    await writeFile(page, edited);
    assert.deepEqual((await exportTo(dir)).written, ["posts/day-one.html"], "also long after the export that wrote it");
  });

  test("--drafts, a tag and a date range choose the posts", async () => {
    assert.equal((await exportTo(outDir(), { drafts: true })).posts, 5);
    assert.equal((await exportTo(outDir(), { tags: ["dev"] })).posts, 2);
    assert.equal((await exportTo(outDir(), { from: "2019-07-24", to: "2019-12-31" })).posts, 1);
    await assert.rejects(
      exportTo(outDir(), { from: "yesterday" }),
      (e: unknown) => e instanceof TsuzuriError && e.code === "invalid-argument",
    );
    await assert.rejects(
      exportTo(outDir(), { baseUrl: "ftp://x" }),
      (e: unknown) => e instanceof TsuzuriError && e.code === "invalid-argument",
    );
  });
});

describe("exporting again", () => {
  test("rewrites nothing when nothing changed, and only what depends on an edited post", async () => {
    const dir = outDir();
    await exportTo(dir);
    assert.deepEqual((await exportTo(dir)).written, []);
    const file = path.join(journalDir, "posts", "2019", "2019-07-23-day-1.md");
    const original = await readFile(file, "utf8");
    try {
      await writeFile(file, original.replace("title: カンファレンス1日目", "title: カンファレンス初日"));
      // Its page, its neighbours' pages (they show its title), the index and tag page listing it, the feed.
      const dependents = [
        "feed.xml",
        "index.html",
        "posts/day-one.html",
        CONFERENCE_PAGE,
        "posts/no-date.html",
        "tags/conference.html",
      ].sort();
      assert.deepEqual((await exportTo(dir)).written.sort(), dependents);
      await writeFile(file, original.replace("初日のメモ。", "初日のメモ。追記。"));
      assert.deepEqual((await exportTo(dir)).written.sort(), dependents, "the title is back, the excerpt changed");
    } finally {
      await writeFile(file, original);
    }
  });

  test("does not even read posts that did not change since the last export", async () => {
    const dir = outDir();
    const journal = await Journal.open(journalDir);
    try {
      await exportSite(journal, dir);
      // The journal's list still names every post with its hash, but the files cannot be read any more.
      const listed = journal.list();
      const ghostDir = path.join(root.dir, `ghost-${n}`);
      await cp(journalDir, ghostDir, { recursive: true });
      for (const post of listed) await rm(path.join(ghostDir, ...post.path.split("/")));
      const ghost = { dir: ghostDir, list: () => listed };
      const r = await exportSite(ghost, dir, { title: path.basename(journalDir) });
      await rm(ghostDir, { recursive: true });
      assert.deepEqual(r.written, []);
      assert.equal(r.posts, 4);
    } finally {
      await journal.close();
    }
  });

  test("removes pages of posts that are gone and images no longer shown, never other files", async () => {
    const dir = outDir();
    await exportTo(dir);
    await writeFile(path.join(dir, "CNAME"), "blog.example.com\n");
    await writeFile(path.join(dir, "tags", "notes.txt"), "mine");
    await writeFile(path.join(dir, "posts", "day-one.html"), "edited by hand");
    const r = await exportTo(dir, { tags: ["dev/backend"] });
    assert.deepEqual(
      r.removed.sort(),
      [
        CONFERENCE_PAGE,
        "media/posts/2019/img/diagram.png",
        "media/posts/2019/img/画像 1.png",
        "posts/no-date.html",
        "tags/conference.html",
        "tags/dev/frontend.html",
        "tags/勉強会.html",
      ].sort(),
    );
    assert.deepEqual(r.kept, ["posts/day-one.html"], "a page edited since the export is left in place");
    const files = await filesOf(dir);
    for (const f of ["CNAME", "tags/notes.txt", "posts/day-one.html"]) assert.ok(files.includes(f), f);
    assert.ok(!files.some((f) => f.startsWith("media/")));
    assert.ok(!existsSync(path.join(dir, "media")), "folders emptied by the removal are removed too");
    assert.deepEqual(await brokenLinks(dir), []);
  });

  test("a cancelled export leaves a manifest marked incomplete; the next export finishes the job", async () => {
    const dir = outDir();
    const controller = new AbortController();
    const onProgress = (p: ExportProgress) => {
      if (p.phase === "write" && p.done === 3) controller.abort();
    };
    await assert.rejects(exportTo(dir, { signal: controller.signal, onProgress }), { name: "AbortError" });
    const manifest = JSON.parse(await readFile(path.join(dir, MANIFEST_FILE), "utf8")) as { complete: boolean };
    assert.equal(manifest.complete, false);
    await exportTo(dir);
    const clean = outDir();
    await exportTo(clean);
    assert.deepEqual(
      [...(await snapshot(dir))].map(([f, b]) => [f, b.toString("base64")]),
      [...(await snapshot(clean))].map(([f, b]) => [f, b.toString("base64")]),
    );
  });
});

describe("refusing", () => {
  test("a folder with files but no earlier export, with a clear message; dot-files count too", async () => {
    const dir = outDir();
    await mkdir(dir);
    await writeFile(path.join(dir, "index.html"), "my own site");
    await assert.rejects(exportTo(dir), (e: unknown) => e instanceof TsuzuriError && e.code === "exists" && /not empty/.test(e.message));
    assert.equal(await readFile(path.join(dir, "index.html"), "utf8"), "my own site");
    const repo = outDir();
    await mkdir(path.join(repo, ".git"), { recursive: true });
    await assert.rejects(exportTo(repo), (e: unknown) => e instanceof TsuzuriError && e.code === "exists");
  });

  test("a re-export never replaces a file it did not write: it stops before writing and names it", async () => {
    const dir = outDir();
    await exportTo(dir, { tags: ["dev/backend"] });
    const before = await snapshot(dir);
    await writeFile(path.join(dir, CONFERENCE_PAGE), "<h1>my hand-written page</h1>\n");
    await assert.rejects(
      exportTo(dir),
      (e: unknown) => e instanceof TsuzuriError && e.code === "exists" && e.message.includes(CONFERENCE_PAGE),
    );
    assert.equal(await readFile(path.join(dir, CONFERENCE_PAGE), "utf8"), "<h1>my hand-written page</h1>\n");
    const after = await snapshot(dir);
    after.delete(CONFERENCE_PAGE);
    assert.deepEqual([...after.keys()].sort(), [...before.keys()].sort(), "nothing else was written or removed");
    for (const [f, bytes] of before) assert.ok(bytes.equals(after.get(f) ?? Buffer.alloc(0)), `${f} unchanged`);
  });

  test("a folder that cannot be made says why", async () => {
    const file = path.join(root.dir, "a-file");
    await writeFile(file, "x");
    await assert.rejects(
      exportTo(path.join(file, "site")),
      (e: unknown) => e instanceof TsuzuriError && e.message.includes(path.join(file, "site")),
    );
    await assert.rejects(exportTo(file), (e: unknown) => e instanceof TsuzuriError && /is a file/.test(e.message));
  });

  test("images outside the journal (through a link) are not copied", async () => {
    const outside = path.join(root.dir, "secret.png");
    await writeFile(outside, "not for publishing");
    const link = path.join(journalDir, "posts", "2019", "img", "leak.png");
    const post = path.join(journalDir, "posts", "leak.md");
    await symlink(outside, link);
    await writeFile(post, "---\ntitle: leak\ndate: 2021-01-01\n---\n\n![x](2019/img/leak.png)\n");
    try {
      const dir = outDir();
      const r = await exportTo(dir);
      assert.ok(!(await filesOf(dir)).some((f) => f.includes("leak.png")));
      assert.match(r.warnings.join("\n"), /leak\.png was left out/);
    } finally {
      await rm(link);
      await rm(post);
    }
  });
});
