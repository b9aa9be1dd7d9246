// Markdown files from Jekyll, Hugo and Obsidian: YAML, TOML and JSON front matter, tags and
// categories in their shapes, dates, drafts, and what a file without front matter becomes.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  inlineTags,
  markdownFileToPost,
  parseLooseDate,
  readSourceFrontMatter,
  tagsFromValue,
  type MarkdownPost,
} from "../../../core/common/import/index.js";

const MTIME = Date.UTC(2021, 2, 4, 5, 6, 7);

function post(relPath: string, text: string, extra: { inlineTags?: boolean; draftByFolder?: boolean } = {}): MarkdownPost {
  const r = markdownFileToPost({
    relPath,
    text,
    mtimeMs: MTIME,
    zone: "Asia/Tokyo",
    inlineTags: extra.inlineTags ?? false,
    draftByFolder: extra.draftByFolder,
  });
  assert.ok(r.ok, r.ok ? "" : r.reason);
  return r.post;
}

describe("front matter shapes", () => {
  test("YAML, TOML (+++) and JSON ({…}) give the same data and body", () => {
    const yaml = readSourceFrontMatter("---\ntitle: 題\ntags: [a, b]\n---\n\n本文\n");
    const toml = readSourceFrontMatter('+++\ntitle = "題"\ntags = ["a", "b"]\n+++\n\n本文\n');
    const json = readSourceFrontMatter('{\n  "title": "題",\n  "tags": ["a", "b"]\n}\n\n本文\n');
    for (const fm of [yaml, toml, json]) {
      assert.equal(fm.problem, null);
      assert.deepEqual({ ...fm.data }, { title: "題", tags: ["a", "b"] });
      assert.equal(fm.body, "本文\n");
    }
    assert.deepEqual([yaml.kind, toml.kind, json.kind], ["yaml", "toml", "json"]);
  });

  test("broken front matter is a problem, not a crash; a file without any has all body", () => {
    assert.match(readSourceFrontMatter('---\ntitle: "open\n---\nx').problem ?? "", /YAML/);
    assert.match(readSourceFrontMatter("+++\ntitle = \n+++\nx").problem ?? "", /TOML/);
    assert.match(readSourceFrontMatter('{"title": }\nx').problem ?? "", /JSON/);
    const none = readSourceFrontMatter("# 見出し\n\n本文");
    assert.equal(none.kind, "none");
    assert.equal(none.body, "# 見出し\n\n本文");
    assert.equal(
      markdownFileToPost({ relPath: "x.md", text: '---\ntitle: "open\n---\n', mtimeMs: 0, zone: "UTC", inlineTags: false }).ok,
      false,
    );
  });
});

describe("metadata", () => {
  test("tags and categories as lists, comma strings or space strings, merged without repeats", () => {
    assert.deepEqual(tagsFromValue("event kubernetes"), ["event", "kubernetes"]);
    assert.deepEqual(tagsFromValue("machine learning, ai"), ["machine learning", "ai"]);
    assert.deepEqual(tagsFromValue([2019, "x"]), ["2019", "x"]);
    const p = post(
      "_posts/2019-07-24-a.md",
      "---\ntitle: t\ntags: [Kubernetes, ＫＵＢＥ]\ncategories: event kubernetes\ncategory: 料理\n---\nx",
    );
    assert.deepEqual(p.tags, ["Kubernetes", "KUBE", "event", "料理"]);
    assert.equal(p.extras.categories, "event kubernetes", "categories are kept as written too");
  });

  test("dates: RFC 3339 keeps its offset, Jekyll's +0900 form, a time without zone and a day alone are read in the zone", () => {
    assert.equal(parseLooseDate("2019-07-24T21:30:00+09:00", "UTC"), "2019-07-24T21:30:00+09:00");
    assert.equal(parseLooseDate("2019-07-24T12:30:00Z", "Asia/Tokyo"), "2019-07-24T12:30:00+00:00");
    assert.equal(parseLooseDate("2019-07-24 21:30:00 +0900", "UTC"), "2019-07-24T21:30:00+09:00");
    assert.equal(parseLooseDate("2019-07-24 21:30", "Asia/Tokyo"), "2019-07-24T21:30:00+09:00");
    assert.equal(parseLooseDate("2019-07-24", "Asia/Tokyo"), "2019-07-24T00:00:00+09:00");
    assert.equal(parseLooseDate("2019-02-30", "Asia/Tokyo"), null);
    assert.equal(parseLooseDate("last tuesday", "Asia/Tokyo"), null);
    const toml = post("a.md", '+++\ntitle = "t"\ndate = 2019-07-24T21:30:00+09:00\nlastmod = 2019-07-25T08:00:00+09:00\n+++\nx');
    assert.equal(toml.date, "2019-07-24T21:30:00+09:00");
    assert.equal(toml.extras.lastmod, "2019-07-25T08:00:00+09:00");
    assert.equal(post("b.md", "+++\ndate = 2019-07-24\n+++\nx").date, "2019-07-24T00:00:00+09:00");
  });

  test("draft: true, published: false and Jekyll's _drafts make drafts", () => {
    assert.equal(post("a.md", "---\ndraft: true\n---\nx").draft, true);
    assert.equal(post("a.md", "+++\ndraft = true\n+++\nx").draft, true);
    assert.equal(post("a.md", "---\npublished: false\n---\nx").draft, true);
    assert.equal(post("_drafts/a.md", "---\ntitle: t\n---\nx", { draftByFolder: true }).draft, true);
    assert.equal(post("a.md", "---\ntitle: t\n---\nx").draft, false);
  });

  test("slug and aliases are kept; unknown keys are kept in order; a source id does not become the post's id", () => {
    const p = post("a.md", "---\nid: 42\nlayout: post\nslug: hello-hugo\naliases: [/old/hello]\nparams: {toc: true}\n---\nx");
    assert.equal(p.slug, "hello-hugo");
    assert.deepEqual(Object.keys(p.extras), ["layout", "slug", "aliases", "params", "source_id"]);
    assert.deepEqual(p.extras.aliases, ["/old/hello"]);
    assert.equal(p.extras.source_id, 42);
  });

  test("an unreadable date is kept as original_date and the file's date is used", () => {
    const p = post("2020-05-01-x.md", "---\ndate: someday\n---\nx");
    assert.equal(p.date, "2020-05-01T00:00:00+09:00");
    assert.equal(p.extras.original_date, "someday");
    assert.match(p.warnings[0] ?? "", /could not be read/);
  });

  test("no front matter: title from the first heading, else the file name; date from a YYYY-MM-DD- prefix, else the mtime", () => {
    const heading = post("notes/メモ.md", "前置き\n\n# 買い物リスト\n\n- 卵\n");
    assert.equal(heading.title, "買い物リスト");
    assert.equal(heading.date, "2021-03-04T14:06:07+09:00");
    const named = post("2020-05-01-walk.md", "散歩。\n");
    assert.equal(named.title, "walk");
    assert.equal(named.date, "2020-05-01T00:00:00+09:00");
    assert.equal(post("posts/my-bundle/index.md", "x").title, "my-bundle");
    assert.equal(named.body, "散歩。\n");
  });
});

describe("Obsidian inline tags", () => {
  test("#tag and #nested/tag in text, after spaces or Japanese punctuation", () => {
    assert.deepEqual(inlineTags("今日は #日記 を書いた。#dev/frontend の作業。\n#朝 から"), ["日記", "dev/frontend", "朝"]);
  });

  test("not headings, numbers alone, URL fragments, anchors, entities, code or comments", () => {
    const body = [
      "# 見出し",
      "## 小見出し",
      "#1 と #2024 は数字だけ",
      "https://example.com/page#frag と [x](#anchor) と &#123;",
      "`#inline` ",
      "```",
      "#fenced",
      "```",
      "<!-- #comment -->",
      "ok #real",
    ].join("\n");
    assert.deepEqual(inlineTags(body), ["real"]);
  });

  test("read for vaults and for files without front matter, not for other files", () => {
    assert.deepEqual(post("a.md", "---\ntitle: t\n---\n#tag").tags, []);
    assert.deepEqual(post("a.md", "---\ntitle: t\ntags: [x]\n---\n#tag", { inlineTags: true }).tags, ["x", "tag"]);
    assert.deepEqual(post("a.md", "#tag です").tags, ["tag"]);
  });
});
