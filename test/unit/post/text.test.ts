import assert from "node:assert/strict";
import { test } from "node:test";
import {
  countChars,
  EXCERPT_LENGTH,
  excerptOf,
  firstHeading,
  parsePost,
  resolveTitle,
  titleFromFileName,
} from "../../../core/common/post/index.js";

test("title: front matter, else first heading (outside code), else file name without date and extension", () => {
  assert.equal(resolveTitle("前の題", "# 見出し", "2019-07-24-memo.md"), "前の題");
  assert.equal(resolveTitle("   ", "```\n# not a heading\n```\n\n## 本当の *見出し* ##\n", "x.md"), "本当の 見出し");
  assert.equal(resolveTitle(null, "no heading here", "posts/2019/2019-07-24-conference-day-2.md"), "conference-day-2");
  assert.equal(titleFromFileName("2019-07-24.md"), "2019-07-24");
  assert.equal(titleFromFileName("C:\\notes\\idea.markdown"), "idea");
  assert.equal(firstHeading("#hashtag is not a heading\n"), null);
});

test("a post whose file has no front matter is titled from its heading", () => {
  const p = parsePost("# カンファレンス2日目\n\n楽しかった。\n", "2019-07-24-a.md");
  assert.equal(p.title, "カンファレンス2日目");
  assert.equal(p.excerpt, "楽しかった。");
  assert.equal(p.meta.date, null);
});

test("excerpt: first line of prose as plain text, skipping headings, code, comments, rules and tables' delimiter rows", () => {
  const body = [
    "# Title",
    "",
    "<!-- draft note",
    "still comment -->",
    "```ts",
    "const x = 1;",
    "```",
    "---",
    "",
    "> - [x] **太字** と [リンク](https://example.com) と `code` と ![画像](a.png)",
    "次の行",
  ].join("\n");
  assert.equal(excerptOf(body), "太字 と リンク と code と 画像");
  assert.equal(excerptOf("# Only a heading\n"), "Only a heading");
  assert.equal(excerptOf(""), "");
  assert.equal(excerptOf("| 項目 | 値 |\n|---|---:|\n"), "項目 値");
});

test("excerpt is cut at EXCERPT_LENGTH characters, counting code points, with an ellipsis", () => {
  const long = "𠮷".repeat(EXCERPT_LENGTH + 10);
  const e = excerptOf(long);
  assert.equal(Array.from(e).length, EXCERPT_LENGTH);
  assert.ok(e.endsWith("…"));
  assert.equal(excerptOf("短い"), "短い");
});

test("characters are code points, without line breaks: 𠮷 (a surrogate pair) counts once", () => {
  assert.equal(countChars("𠮷野家で食べた\r\n"), 7);
  assert.equal(countChars("- a\n  - b\n"), 8);
  assert.equal(countChars(""), 0);
});
