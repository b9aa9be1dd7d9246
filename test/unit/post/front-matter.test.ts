import assert from "node:assert/strict";
import { test } from "node:test";
import { parsePost, rewritePost, newPostText, splitFrontMatter, type FrontMatterChanges } from "../../../core/common/post/index.js";

/** Parses `text`, applies `changes` and `body`, returns the new file text. */
function rewrite(text: string, changes: FrontMatterChanges, body?: string): string {
  const p = parsePost(text, "2019-07-24-memo.md");
  return rewritePost(p.split, p.frontMatter, changes, body ?? p.body).text;
}

const RICH = [
  "---",
  "# Settings for my blog engine — do not touch",
  "title: 'カンファレンス2日目'   # the title",
  "layout:   post",
  "permalink: /2019/07/24/day-2/",
  "tags:",
  "  - conference",
  "  - kubernetes",
  "",
  "# series information",
  "series: {name: CNDT, part: 2}",
  "date: 2019-07-24T21:30:00+09:00",
  "---",
  "",
  "本文",
  "",
].join("\n");

test("only the changed keys change: unknown keys, comments, quoting, blank lines and order survive byte for byte", () => {
  const out = rewrite(RICH, { title: "カンファレンス2日目のメモ", updated: "2019-07-25T08:02:11+09:00" });
  const expected = RICH.replace("'カンファレンス2日目'", "カンファレンス2日目のメモ").replace(
    "date: 2019-07-24T21:30:00+09:00\n",
    "date: 2019-07-24T21:30:00+09:00\nupdated: 2019-07-25T08:02:11+09:00\n",
  );
  assert.equal(out, expected);
});

test("an unchanged value is not rewritten, even if its quoting differs from Tsuzuri's", () => {
  assert.equal(rewrite(RICH, { title: "カンファレンス2日目", tags: ["conference", "kubernetes"] }), RICH);
});

test("a block list of tags stays a block list at its indentation", () => {
  const out = rewrite(RICH, { tags: ["日記", "needs: quoting"] });
  assert.ok(out.includes('tags:\n  - 日記\n  - "needs: quoting"\n\n# series information\n'), out);
  assert.deepEqual(parsePost(out, "x.md").meta.tags, ["日記", "needs: quoting"]);
});

test("values that look like other YAML types are quoted so they read back as the same text", () => {
  for (const title of ["123", "true", "null", "- list?", "# not a comment", "a: b", "  spaces  ", "改行\nあり", '"quoted"', ""]) {
    const out = rewrite(RICH, { title });
    assert.equal(parsePost(out, "x.md").meta.title, title, `title ${JSON.stringify(title)} in\n${out}`);
  }
});

test("a key with an empty value gets one; missing keys are appended at the map's indentation", () => {
  assert.equal(rewrite("---\ntitle:\nkeep: 1\n---\nbody", { title: "T" }), "---\ntitle: T\nkeep: 1\n---\nbody");
  const indented = rewrite("---\n  a: 1\n  b: 2\n---\n", { id: "X" });
  assert.deepEqual(parsePost(indented, "x.md").frontMatter.data, { a: 1, b: 2, id: "X" });
});

test("a flow mapping front matter is rewritten by the YAML library, keeping its data", () => {
  const out = rewrite("---\n{a: 1, title: old}\n---\nbody\n", { title: "new" });
  assert.deepEqual(parsePost(out, "x.md").frontMatter.data, { a: 1, title: "new" });
  assert.ok(out.endsWith("---\nbody\n"));
});

test("a file without front matter gets one on first save; the body is kept exactly", () => {
  const body = "# 見出し\n\n本文\n";
  const p = parsePost(body, "2019-07-24-memo.md");
  assert.equal(p.frontMatter.status, "none");
  const out = rewritePost(p.split, p.frontMatter, { id: "01", title: "見出し" }, p.body).text;
  assert.equal(out, '---\nid: "01"\ntitle: 見出し\n---\n\n' + body);
  assert.equal(parsePost(out, "x.md").body, body);
});

test("broken YAML is never rewritten: the head stays verbatim, only the body changes", () => {
  const text = "---\ntitle: [unclosed\nsecret: 大事なメモ\n---\n\nold body\n";
  const p = parsePost(text, "2019-07-24-my-post.md");
  assert.equal(p.frontMatter.status, "unreadable");
  assert.match(p.frontMatter.problem ?? "", /not valid/);
  assert.equal(p.title, "my-post");
  const out = rewritePost(p.split, p.frontMatter, { title: "x", updated: "now" }, "new body\n");
  assert.equal(out.frontMatterWritten, false);
  assert.equal(out.text, "---\ntitle: [unclosed\nsecret: 大事なメモ\n---\n\nnew body\n");
});

test("YAML that is not a mapping counts as unreadable too", () => {
  for (const yaml of ["just a sentence", "- a\n- b", "[1, 2]", "42"]) {
    assert.equal(parsePost(`---\n${yaml}\n---\nbody`, "x.md").frontMatter.status, "unreadable", yaml);
  }
});

test("an opening fence that is never closed is body, not front matter", () => {
  const text = "---\nthis is a thematic break, then text\n";
  const p = parsePost(text, "x.md");
  assert.equal(p.frontMatter.status, "none");
  assert.equal(p.body, text);
});

test("the body round-trips exactly, whatever blank lines it starts or ends with", () => {
  for (const head of ["---\ntitle: a\n---\n", "---\ntitle: a\n---\n\n", "---\ntitle: a\n---", ""]) {
    for (const body of ["", "x", "\n\nx\n\n", "\n", "---\nnot: front matter\n---\n", "- a\n  - b\n    - c\n      - d\n"]) {
      const p = parsePost(head + "old", "x.md");
      const out = rewritePost(p.split, p.frontMatter, { title: "t" }, body).text;
      assert.ok(out.endsWith(body), `ends with the body: ${JSON.stringify(out)}`);
      assert.equal(parsePost(out, "x.md").body, body, `head ${JSON.stringify(head)} body ${JSON.stringify(body)} → ${JSON.stringify(out)}`);
    }
  }
});

test("CRLF files stay CRLF, front matter and body; the body is handed out with \\n", () => {
  const text = "---\r\ntitle: a\r\nx: 1\r\n---\r\n\r\nline 1\r\nline 2\r\n";
  const p = parsePost(text, "x.md");
  assert.equal(p.body, "line 1\nline 2\n");
  const out = rewritePost(p.split, p.frontMatter, { title: "b", tags: ["t"] }, "line 1\nline 2\nline 3\n").text;
  assert.equal(out, "---\r\ntitle: b\r\nx: 1\r\ntags: [t]\r\n---\r\n\r\nline 1\r\nline 2\r\nline 3\r\n");
});

test("a byte order mark is kept", () => {
  const p = parsePost("\uFEFF---\ntitle: a\n---\nbody\n", "x.md");
  assert.equal(p.meta.title, "a");
  assert.ok(rewritePost(p.split, p.frontMatter, { title: "b" }, "new\n").text.startsWith("\uFEFF---\ntitle: b\n"));
});

test("new post text lists Tsuzuri's keys in order", () => {
  assert.equal(
    newPostText({ tags: [], title: "題", date: "2019-07-24T21:30:00+09:00", id: "01J" }, "本文\n"),
    "---\nid: 01J\ntitle: 題\ndate: 2019-07-24T21:30:00+09:00\ntags: []\n---\n\n本文\n",
  );
});

test("split keeps every byte: head + gap + body is the file", () => {
  for (const text of [RICH, "no front matter", "---\n---\n", "---\na: 1\n...\nbody", "\uFEFF---\r\na: 1\r\n---\r\n\r\nx"]) {
    const s = splitFrontMatter(text);
    assert.equal(s.head + (s.gap ? s.eol : "") + s.body, text);
  }
});

test("metadata is read leniently: comma-separated tags, numbers as text, draft", () => {
  const p = parsePost("---\ntitle: 2019\ntags: a, b ,, a\ndraft: true\nid: 01ABC\n---\n", "x.md");
  assert.deepEqual(p.meta, { id: "01ABC", title: "2019", date: null, updated: null, tags: ["a", "b"], draft: true });
});
