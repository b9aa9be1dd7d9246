// Importing the fixtures into fresh journals, as a user would: the report, the files written, what the
// journal then shows, idempotence, dry runs, an untouched source, progress and cancelling.
import assert from "node:assert/strict";
import { access, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, test } from "node:test";
import { parsePost } from "../../../core/common/post/index.js";
import { importSource, type ImportProgress, type ImportReport } from "../../../core/node/import/index.js";
import { Journal } from "../../../core/node/store/index.js";
import { FIXTURES, HATENA_EXPORT, allFiles, hashTree, tempDir } from "./helpers.js";

async function journalText(dir: string, rel: string): Promise<string> {
  return readFile(path.join(dir, ...rel.split("/")), "utf8");
}

function created(report: ImportReport, entryPart: string): string {
  const item = report.items.find((i) => i.entry.includes(entryPart) && i.action === "create");
  assert.ok(item?.path, `created ${entryPart}`);
  return item.path;
}

describe("Hatena Blog export", () => {
  test("imports every readable entry with its date, tags, draft, slug and comments; reports the broken one", async () => {
    const dir = await tempDir();
    const before = await hashTree(path.dirname(HATENA_EXPORT));
    const report = await importSource(HATENA_EXPORT, { dir });
    assert.equal(report.format, "mt");
    assert.equal(report.imported, 7);
    assert.equal(report.skipped, 0);
    assert.deepEqual(
      report.failed.map((f) => f.entry.split(" at ")[0]),
      ['#7 "日付が壊れた記事" (13/45/2019 25:00:00)'],
    );
    assert.match(report.failed[0]?.reason ?? "", /is not a date/);
    assert.equal(await hashTree(path.dirname(HATENA_EXPORT)), before, "the export is not changed");

    const day2 = created(report, "(2日目)");
    assert.equal(day2, "posts/2019/2019-07-24-cloud-native-days-tokyo-2019に行ってきた(2日目).md");
    const text = await journalText(dir, day2);
    const post = parsePost(text, day2);
    assert.equal(post.meta.title, "Cloud Native Days Tokyo 2019に行ってきた(2日目)");
    assert.equal(post.meta.date, "2019-07-24T21:30:00+09:00");
    assert.deepEqual(post.meta.tags, ["イベント", "Kubernetes"]);
    assert.equal(post.frontMatter.data.slug, "2019/07/24/213000");
    assert.equal(post.frontMatter.data.imported_from, "mt:2019/07/24/213000");
    assert.match(post.meta.id ?? "", /^[0-9A-HJKMNP-TV-Z]{26}$/);
    assert.match(
      post.body,
      /\n## コメント\n\n\*\*yamada\*\* <https:\/\/yamada\.example\.com\/> · 2019-07-25T08:15:00\+09:00\n\n> まとめありがとうございます！\\\n> 決済のセッション/,
    );
    assert.doesNotMatch(text, /yamada@example\.com|192\.0\.2\.10/, "e-mail and IP of commenters are not published");
    assert.match(
      post.body,
      /初日分は\[こちら\]\(2019-07-23-cloud-native-days-tokyo-2019に行ってきた%281日目%29\.md\)/,
      "a link to another entry of the blog points at its post",
    );
    assert.ok(report.items.every((i) => !i.path || !i.path.includes("..")));

    const draft = parsePost(await journalText(dir, created(report, "書きかけ")), "x.md");
    assert.equal(draft.meta.draft, true);
    const same = report.items.filter((i) => i.entry.includes('"今日のごはん"')).map((i) => i.path);
    assert.deepEqual(
      same,
      ["posts/2019/2019-08-11-今日のごはん.md", "posts/2019/2019-08-11-今日のごはん-2.md"],
      "same day, same title: two posts",
    );
    const evening = parsePost(await journalText(dir, same[1] ?? ""), "x.md");
    assert.equal(evening.meta.date, "2019-08-11T19:30:00+09:00");
    const unclosed = report.items.find((i) => i.entry.includes("区切り線が抜けた記事"));
    assert.match(unclosed?.warnings?.[0] ?? "", /no closing "-----"/);
    assert.match(await journalText(dir, unclosed?.path ?? ""), /それでも中身は残る/);

    const journal = await Journal.open(dir);
    try {
      const listed = journal.list();
      assert.equal(listed.length, 7);
      assert.equal(listed[0]?.title, "区切り線が抜けた記事", "newest first, by the original dates");
      assert.equal(listed.at(-1)?.date, "2019-07-23T22:00:00+09:00");
      const read = await journal.read(day2);
      assert.match(read.body, /^      - アンテナと\*\*電源・バッテリー\*\*だけで設置できる$/m, "the 4th level of the list");
    } finally {
      await journal.close();
    }
  });

  test("importing again creates nothing and skips every entry, naming the post it already is", async () => {
    const dir = await tempDir();
    const first = await importSource(HATENA_EXPORT, { dir });
    const files = await allFiles(dir);
    const second = await importSource(HATENA_EXPORT, { dir });
    assert.equal(second.imported, 0);
    assert.equal(second.skipped, first.imported);
    assert.equal(second.failed.length, 1);
    assert.deepEqual(
      second.items.map((i) => i.path),
      first.items.map((i) => i.path),
    );
    assert.match(second.items[0]?.reason ?? "", /^already imported as posts\/2019\//);
    assert.deepEqual(await allFiles(dir), files);
  });

  test("an imported post the user edited, renamed or deleted is still recognised", async () => {
    const dir = await tempDir();
    const first = await importSource(HATENA_EXPORT, { dir });
    const journal = await Journal.open(dir);
    const day1 = created(first, "(1日目)");
    const post = await journal.read(day1);
    await journal.save({ path: day1, baseHash: post.hash, title: "改題した1日目", body: "書き直した本文\n" });
    await journal.delete(first.items.find((i) => i.entry.startsWith("#5 "))?.path ?? "");
    await journal.close();
    const again = await importSource(HATENA_EXPORT, { dir });
    assert.equal(again.imported, 0);
    assert.match(again.items.find((i) => i.entry.startsWith("#5 "))?.reason ?? "", /already imported as \.trash\//);
    assert.equal(again.items.find((i) => i.entry.startsWith("#2 "))?.path, day1, "the edited post, under its path");
  });

  test("a dry run reports the same and writes nothing, not even the journal folder", async () => {
    const parent = await tempDir();
    const dir = path.join(parent, "journal");
    const dry = await importSource(HATENA_EXPORT, { dir }, { dryRun: true });
    await assert.rejects(access(dir));
    const real = await importSource(HATENA_EXPORT, { dir });
    assert.deepEqual({ ...dry, dryRun: false }, real);
  });

  test("--tz reads the dates in another zone", async () => {
    const dir = await tempDir();
    const report = await importSource(HATENA_EXPORT, { dir }, { tz: "UTC" });
    const text = await journalText(dir, created(report, "(2日目)"));
    assert.match(text, /^date: 2019-07-24T21:30:00\+00:00$/m);
    await assert.rejects(importSource(HATENA_EXPORT, { dir }, { tz: "Nowhere/Land" }), /Unknown time zone/);
  });

  test("progress is reported, and a cancelled import stops between entries and resumes on the next run", async () => {
    const dir = await tempDir();
    const seen: ImportProgress[] = [];
    const controller = new AbortController();
    const partial = await importSource(
      HATENA_EXPORT,
      { dir },
      {
        signal: controller.signal,
        onProgress: (p) => {
          seen.push(p);
          if (p.phase === "importing" && p.done === 2) controller.abort();
        },
      },
    );
    assert.equal(partial.cancelled, true);
    assert.equal(partial.imported, 2);
    assert.ok(seen.some((p) => p.total === 7 && p.entry?.includes("(2日目)")));
    const rest = await importSource(HATENA_EXPORT, { dir });
    assert.equal(rest.imported, 5);
    assert.equal(rest.skipped, 2);
  });
});

describe("Markdown folders", () => {
  test("Jekyll: YAML front matter, categories string, published: false, _drafts, post_url links and site images", async () => {
    const dir = await tempDir();
    const src = path.join(FIXTURES, "jekyll");
    const before = await hashTree(src);
    const report = await importSource(src, { dir }, { tz: "Asia/Tokyo" });
    assert.equal(report.format, "markdown");
    assert.deepEqual([report.imported, report.skipped, report.failed.length, report.assets], [5, 0, 0, 1]);
    const day2Path = created(report, "2019-07-24-cndt-day2.md");
    const day2 = parsePost(await journalText(dir, day2Path), day2Path);
    assert.equal(day2.meta.date, "2019-07-24T21:30:00+09:00");
    assert.deepEqual(day2.meta.tags, ["CloudNative", "Cloud Native Days", "event", "kubernetes"]);
    assert.equal(day2.frontMatter.data.layout, "post", "unknown keys are kept");
    const day1Path = created(report, "2019-07-23-cndt-day1.md");
    assert.match(
      day2.body,
      /\[こちら\]\(2019-07-23-cndt2019-1日目のメモ\.md\)、\[相対リンク版\]\(2019-07-23-cndt2019-1日目のメモ\.md#session\)/,
    );
    assert.equal(path.posix.join(path.posix.dirname(day2Path), "2019-07-23-cndt2019-1日目のメモ.md"), day1Path);
    const image = /!\[会場の様子\]\(([^)]+)\)/.exec(day2.body)?.[1] ?? "";
    assert.equal(image, "../../assets/2019-07-23-cndt2019-1日目のメモ/cndt.png", "one copy, shared by both posts");
    assert.deepEqual(
      await readFile(path.join(dir, "posts/2019", decodeURIComponent(image))),
      await readFile(path.join(src, "assets/img/cndt.png")),
    );
    assert.equal(parsePost(await journalText(dir, created(report, "unpublished.md")), "x.md").meta.draft, true);
    assert.equal(parsePost(await journalText(dir, created(report, "_drafts/next-idea.md")), "x.md").meta.draft, true);
    assert.equal(await hashTree(src), before, "the source is not changed");
  });

  test("Hugo: TOML and JSON front matter, draft, slug names the file, aliases kept, ref links, page bundle images; _index.md skipped", async () => {
    const dir = await tempDir();
    const report = await importSource(path.join(FIXTURES, "hugo"), { dir });
    assert.deepEqual([report.imported, report.skipped, report.failed.length, report.assets], [3, 1, 0, 1]);
    assert.match(report.items.find((i) => i.action === "skip")?.reason ?? "", /Hugo section page/);
    const first = created(report, "posts/first.md");
    assert.equal(first, "posts/2019/2019-07-24-hello-hugo.md");
    const post = parsePost(await journalText(dir, first), first);
    assert.equal(post.meta.draft, true);
    assert.deepEqual(post.frontMatter.data.aliases, ["/old/hello", "/2019/hello"]);
    assert.deepEqual(post.meta.tags, ["hugo", "blog", "雑記"]);
    assert.match(post.body, /\[JSONの記事\]\(2019-08-01-json-front-matter\.md\)/);
    const json = parsePost(await journalText(dir, created(report, "json-post.md")), "x.md");
    assert.equal(json.meta.title, "JSON front matter の記事");
    assert.match(json.body, /\[最初の記事に戻る\]\(2019-07-24-hello-hugo\.md\)/);
    const bundle = await journalText(dir, created(report, "bundle/index.md"));
    assert.match(bundle, /!\[表紙\]\(\.\.\/\.\.\/assets\/2019-08-05-ページバンドル\/cover\.png "表紙の画像"\)/);
    assert.match(bundle, /<img src="\.\.\/\.\.\/assets\/2019-08-05-ページバンドル\/cover\.png"/);
    await access(path.join(dir, "assets/2019-08-05-ページバンドル/cover.png"));
  });

  test("Obsidian: inline and nested tags, wikilinks to notes and embedded images, missing notes reported", async () => {
    const dir = await tempDir();
    const report = await importSource(path.join(FIXTURES, "obsidian"), { dir }, { tz: "Asia/Tokyo" });
    assert.deepEqual([report.imported, report.failed.length, report.assets], [3, 0, 2]);
    const dailyPath = created(report, "Daily/2024-01-15.md");
    const daily = parsePost(await journalText(dir, dailyPath), dailyPath);
    assert.equal(daily.meta.title, "1月15日");
    assert.equal(daily.meta.date, "2024-01-15T00:00:00+09:00");
    assert.deepEqual(daily.meta.tags, ["日記", "dev/frontend"]);
    const alphaPath = created(report, "Project Alpha.md");
    assert.match(
      daily.body,
      new RegExp(`\\[Project Alpha\\]\\(${path.posix.relative(path.posix.dirname(dailyPath), alphaPath).replace(/[.]/g, "\\.")}\\)`),
    );
    assert.match(daily.body, /!\[\]\(\.\.\/\.\.\/assets\/2024-01-15-1月15日\/cat\.png\)/);
    assert.match(daily.body, /!\[\]\(\.\.\/\.\.\/assets\/2024-01-15-1月15日\/shared%20photo\.png\)/);
    assert.match(daily.body, /```sh\necho "#not-a-tag-either"\n```/);
    const alpha = parsePost(await journalText(dir, alphaPath), alphaPath);
    assert.deepEqual(alpha.meta.tags, ["project", "work/alpha"]);
    assert.equal(alpha.meta.date, "2024-01-10T00:00:00+09:00", "Obsidian's created property");
    assert.match(alpha.body, /\[\[存在しないノート\]\]/);
    assert.match(report.items.find((i) => i.path === alphaPath)?.warnings?.join() ?? "", /存在しないノート/);
    for (const rel of await allFiles(dir)) assert.ok(!rel.startsWith(".obsidian"), rel);
  });

  test("a plain folder: titles from headings or file names; a file with broken front matter fails alone", async () => {
    const dir = await tempDir();
    const report = await importSource(path.join(FIXTURES, "plain"), { dir }, { tz: "Asia/Tokyo" });
    assert.equal(report.imported, 2);
    assert.deepEqual(
      report.failed.map((f) => f.entry),
      ["broken.md"],
    );
    const walk = await journalText(dir, created(report, "2020-05-01-walk.md"));
    assert.match(walk, /^title: walk$/m);
    assert.match(walk, /^date: 2020-05-01T00:00:00\+09:00$/m);
    assert.match(walk, /\[買い物リスト\]\(\.\.\/\d{4}\/\d{4}-\d\d-\d\d-買い物リスト\.md\)/);
    const again = await importSource(path.join(FIXTURES, "plain"), { dir });
    assert.deepEqual([again.imported, again.skipped], [0, 2]);
  });

  test("a folder inside the journal, or the journal itself, is refused", async () => {
    const dir = await tempDir();
    await assert.rejects(importSource(dir, { dir }), /the journal itself/);
  });
});

describe("One Markdown file", () => {
  test("imports that file alone (not the others beside it) and leaves the folder as it was; again, it is a duplicate", async () => {
    const dir = await tempDir();
    const source = path.join(FIXTURES, "plain", "2020-05-01-walk.md");
    const before = await hashTree(path.join(FIXTURES, "plain"));
    const report = await importSource(source, { dir });
    assert.equal(report.format, "markdown");
    assert.equal(report.imported, 1);
    assert.deepEqual(
      report.items.map((i) => [i.entry, i.action]),
      [["2020-05-01-walk.md", "create"]],
    );
    assert.equal(await hashTree(path.join(FIXTURES, "plain")), before, "the source is not changed");
    const again = await importSource(source, { dir });
    assert.equal(again.imported, 0);
    assert.equal(again.items[0]?.path, report.items[0]?.path, "the duplicate names the post made the first time");
  });
});
