// One post as one self-contained HTML file.
import { describe, test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { JSDOM } from "jsdom";
import { TsuzuriError } from "../../../core/contract/index.js";
import { exportPost, findPost } from "../../../core/node/export/index.js";
import { Journal } from "../../../core/node/store/index.js";
import { PNG, tempFolder, writeFixture } from "./fixture.js";

const CONFERENCE = "posts/2019/2019-07-24-カンファレンス2日目.md";
let root: { dir: string; cleanup: () => Promise<void> };
let journal: Journal;

before(async () => {
  root = await tempFolder("post");
  await writeFixture(path.join(root.dir, "journal"));
  journal = await Journal.open(path.join(root.dir, "journal"));
});
after(async () => {
  await journal.close();
  await root.cleanup();
});

describe("exporting one post", () => {
  test("embeds its images and stylesheet, shows title, date and tags, and loads nothing else", async () => {
    const file = path.join(root.dir, "out", "conference.html");
    const r = await exportPost(journal, CONFERENCE, file);
    assert.equal(r.file, file);
    const html = await readFile(file, "utf8");
    const { document } = new JSDOM(html).window;
    assert.equal(document.documentElement.lang, "ja");
    assert.equal(document.querySelector("h1")?.textContent, "カンファレンス2日目のメモ");
    assert.equal(document.querySelector("time")?.textContent, "2019年7月24日");
    assert.deepEqual(
      [...document.querySelectorAll(".tag")].map((t) => t.textContent),
      ["conference", "勉強会", "dev/frontend"],
    );
    const srcs = [...document.querySelectorAll("img")].map((i) => i.getAttribute("src"));
    assert.deepEqual(srcs, [`data:image/png;base64,${PNG.toString("base64")}`, `data:image/png;base64,${PNG.toString("base64")}`]);
    assert.equal(document.querySelectorAll("script, link[rel=stylesheet], iframe, object, embed").length, 0);
    assert.ok(document.querySelector("style")?.textContent?.includes("prefers-color-scheme: dark"));
    assert.ok(document.querySelector("style")?.textContent?.includes("@media print"));
    assert.ok(document.querySelector(".hljs-keyword"), "code is highlighted");
    const external = [...document.querySelectorAll("a[href]")]
      .map((a) => a.getAttribute("href") ?? "")
      .filter((h) => !h.startsWith("#") && !h.startsWith("https:"));
    assert.deepEqual(external, [], "links to other posts became text");
    assert.equal(r.warnings.length, 3);
  });

  test("replaces an earlier export, but not someone else's file unless told to", async () => {
    const file = path.join(root.dir, "mine.html");
    await writeFile(file, "<p>my notes</p>");
    await assert.rejects(exportPost(journal, CONFERENCE, file), (e: unknown) => e instanceof TsuzuriError && e.code === "exists");
    assert.equal(await readFile(file, "utf8"), "<p>my notes</p>");
    await exportPost(journal, CONFERENCE, file, { overwrite: true });
    await exportPost(journal, "posts/2020/english.md", file);
    assert.match(await readFile(file, "utf8"), /<html lang="en">/);
  });

  test("a post is found by path or id; an unknown one is not-found", async () => {
    assert.equal(findPost(journal, "01JD3K2Q8X5T9Y7ZC4M6N1P0RB"), CONFERENCE);
    assert.equal(findPost(journal, path.join(journal.dir, "posts", "2020", "english.md")), "posts/2020/english.md");
    assert.throws(
      () => findPost(journal, "nope.md"),
      (e: unknown) => e instanceof TsuzuriError && e.code === "not-found",
    );
    await assert.rejects(
      exportPost(journal, "posts/gone.md", path.join(root.dir, "gone.html")),
      (e: unknown) => e instanceof TsuzuriError && e.code === "not-found",
    );
  });

  test("the journal's language applies unless the post says otherwise", async () => {
    const file = path.join(root.dir, "lang.html");
    await exportPost(journal, "posts/2020/english.md", file, { lang: "ja" });
    assert.match(await readFile(file, "utf8"), /<html lang="ja">/);
  });

  test("a file name that cannot be made fails at once with a clear message (no hang under /proc)", async () => {
    const started = Date.now();
    await assert.rejects(
      exportPost(journal, CONFERENCE, "/proc/tsuzuri-nope/post.html"),
      (e: unknown) => e instanceof TsuzuriError && e.message.includes("/proc/tsuzuri-nope"),
    );
    assert.ok(Date.now() - started < 5000);
  });
});
