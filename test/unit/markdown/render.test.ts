// What a blogger sees in the preview and in exported HTML: Japanese lists, tables, task lists, footnotes,
// highlighted code, heading anchors, autolinks next to Japanese text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { renderMarkdown } from "../../../core/node/markdown/index.js";
import { parse } from "./inspect-html.js";

const dom = (markdown: string): HTMLElement => parse(renderMarkdown(markdown).html);

test("a Japanese list nested four deep renders as four nested <ul>", () => {
  const body = ["- 準備", "  - 環境構築", "    - Node.js を入れる", "      - バージョンは 20 以上", "- 本番"].join("\n");
  const doc = dom(body);
  const deepest = doc.querySelector(":scope > ul > li > ul > li > ul > li > ul > li");
  assert.equal(deepest?.textContent, "バージョンは 20 以上");
  assert.equal(doc.querySelectorAll("ul").length, 4);
  assert.deepEqual(
    Array.from(doc.querySelectorAll(":scope > ul > li"), (li) => li.firstChild?.textContent?.trim()),
    ["準備", "本番"],
  );
});

test("an ordered list inside a bullet list inside a blockquote keeps its structure", () => {
  const doc = dom("> - 手順\n>   1. 一つ目\n>   2. 二つ目");
  assert.equal(doc.querySelectorAll("blockquote > ul > li > ol > li").length, 2);
});

test("a GFM table has a header, body cells and column alignment", () => {
  const doc = dom("| 項目 | 値 | 備考 |\n|:--|--:|:-:|\n| CPU | 4 | 多い |\n| メモリ | 16GB | |");
  assert.deepEqual(
    Array.from(doc.querySelectorAll("thead th"), (th) => th.textContent),
    ["項目", "値", "備考"],
  );
  assert.deepEqual(
    Array.from(doc.querySelectorAll("thead th"), (th) => th.getAttribute("align")),
    ["left", "right", "center"],
  );
  assert.deepEqual(
    Array.from(doc.querySelectorAll("tbody tr:first-child td"), (td) => td.textContent),
    ["CPU", "4", "多い"],
  );
  assert.equal(doc.querySelectorAll("tbody tr").length, 2);
  assert.equal(doc.querySelector("[style]"), null);
});

test("task list items become disabled checkboxes, ticked where the source says [x]", () => {
  const doc = dom("- [ ] 下書き\n- [x] 公開\n- [X] 告知\n- 普通の項目");
  const boxes = Array.from(doc.querySelectorAll("ul.contains-task-list > li.task-list-item > input[type=checkbox]"));
  assert.deepEqual(
    boxes.map((b) => b.hasAttribute("checked")),
    [false, true, true],
  );
  assert.ok(boxes.every((b) => b.hasAttribute("disabled")));
  assert.deepEqual(
    Array.from(doc.querySelectorAll("li"), (li) => li.textContent?.trim()),
    ["下書き", "公開", "告知", "普通の項目"],
  );
});

test("footnotes link both ways and come last, as one section", () => {
  const doc = dom("本文です[^note]。もう一つ[^2]。\n\n[^note]: 注釈の**本文**\n[^2]: 二つ目\n\n最後の段落");
  const refs = Array.from(doc.querySelectorAll("sup.footnote-ref > a"));
  assert.deepEqual(
    refs.map((a) => a.getAttribute("href")),
    ["#fn1", "#fn2"],
  );
  const items = Array.from(doc.querySelectorAll("section.footnotes li.footnote-item"));
  assert.deepEqual(
    items.map((li) => li.id),
    ["fn1", "fn2"],
  );
  assert.equal(items[0]?.querySelector("strong")?.textContent, "本文");
  assert.equal(items[0]?.querySelector("a.footnote-backref")?.getAttribute("href"), "#fnref1");
  assert.equal(doc.lastElementChild?.localName, "section");
  assert.equal(doc.querySelector("hr"), null, "no separator rule: the section is the whole footnote block");
});

test("fenced TypeScript is highlighted; an unknown language is escaped plain text", () => {
  const ts = dom("```ts\nconst answer: number = 42; // 答え\n```").querySelector("pre > code.language-ts");
  assert.ok(ts);
  assert.equal(ts.querySelector(".hljs-keyword")?.textContent, "const");
  assert.equal(ts.querySelector(".hljs-comment")?.textContent, "// 答え");
  assert.equal(ts.textContent, "const answer: number = 42; // 答え\n");

  const plain = dom("```brainfuck-ish\n<b>not bold</b> & so on\n```").querySelector("pre > code");
  assert.equal(plain?.className, "language-brainfuck-ish");
  assert.equal(plain?.children.length, 0);
  assert.equal(plain?.textContent, "<b>not bold</b> & so on\n");
});

test("Qiita-style fences (```ruby:app.rb) are highlighted by the language before the colon", () => {
  const code = dom("```ruby:app.rb\ndef hello\n  puts 'こんにちは'\nend\n```").querySelector("pre > code");
  assert.equal(code?.className, "language-ruby");
  assert.equal(code?.querySelector(".hljs-keyword")?.textContent, "def");
});

test("headings get ids that keep Japanese, lower-case ASCII, use '-' for spaces and never repeat", () => {
  const ids = Array.from(
    dom("# はじめに\n## Go の Context 入門\n## 設定（その1）\n## はじめに\n## はじめに\n### ！？\n## Hello World").querySelectorAll(
      "h1, h2, h3",
    ),
    (h) => h.id,
  );
  assert.deepEqual(ids, ["はじめに", "go-の-context-入門", "設定その1", "はじめに-1", "はじめに-2", "section", "hello-world"]);
});

test("an in-page link to a Japanese heading reaches it", () => {
  const doc = dom("[設定へ](#設定)\n\n## 設定");
  const href = decodeURIComponent(doc.querySelector("a")?.getAttribute("href") ?? "");
  assert.equal(href, `#${doc.querySelector("h2")?.id}`);
});

test("autolinks stop where Japanese text starts", () => {
  const cases: [string, string, string][] = [
    [
      "詳細はhttps://example.com/docsを参照してください。",
      "https://example.com/docs",
      "詳細はhttps://example.com/docsを参照してください。",
    ],
    ["（https://example.com/a?b=1）参照", "https://example.com/a?b=1", "（https://example.com/a?b=1）参照"],
    ["URL：https://example.com。次の文", "https://example.com", "URL：https://example.com。次の文"],
    ["連絡は foo@example.com まで", "mailto:foo@example.com", "連絡は foo@example.com まで"],
    ["連絡は foo@example.comまで", "mailto:foo@example.com", "連絡は foo@example.comまで"],
  ];
  for (const [markdown, href, text] of cases) {
    const p = dom(markdown).querySelector("p");
    const links = Array.from(p?.querySelectorAll("a") ?? []);
    assert.deepEqual(
      links.map((a) => a.getAttribute("href")),
      [href],
      markdown,
    );
    assert.equal(p?.textContent, text, markdown);
  }
});

test("file names and bare domains in running text are not turned into links", () => {
  assert.equal(dom("README.md と socket.io と example.com を見る").querySelector("a"), null);
});

test("a line break inside a Japanese paragraph adds no space; between English words it stays", () => {
  assert.equal(dom("日本語の\n文章です。\n続き").querySelector("p")?.textContent, "日本語の文章です。続き");
  assert.equal(dom("English\nwords").querySelector("p")?.textContent, "English\nwords");
  assert.equal(dom("日本語\nEnglish").querySelector("p")?.textContent, "日本語\nEnglish");
});

test("strikethrough, and no typographic replacements", () => {
  const doc = dom('~~消した~~ "quotes" -- (c) ...');
  assert.equal(doc.querySelector("s")?.textContent, "消した");
  assert.equal(doc.querySelector("p")?.textContent, '消した "quotes" -- (c) ...');
});

test("blockLines gives the source line of every top-level element, in order", () => {
  const body = [
    "# 見出し", //            0
    "", //                    1
    "段落の一行目", //          2
    "二行目", //               3
    "", //                    4
    "<iframe src=x></iframe>", // 5: sanitised away, no element
    "", //                    6
    "<div>一</div><div>二</div>", // 7: one raw block, two elements
    "", //                    8
    "- a", //                 9
    "  - b", //               10
    "", //                    11
    "```ts", //               12
    "let a = 1;", //          13
    "```", //                 14
    "注[^1]", //              15
    "", //                    16
    "[^1]: 注釈", //           17
    "", //                    18
    "---", //                 19
  ].join("\n");
  const { html, blockLines } = renderMarkdown(body);
  const tops = Array.from(parse(html).children, (el) => el.localName);
  assert.deepEqual(tops, ["h1", "p", "div", "div", "ul", "pre", "p", "hr", "section"]);
  assert.deepEqual(blockLines, [0, 2, 7, 7, 9, 12, 15, 19, 17]);
});

test("blockLines: footnotes defined only inline count from the last line; an empty body has no blocks", () => {
  assert.deepEqual(renderMarkdown("本文^[インライン注]\n\n次\n").blockLines, [0, 2, 2]);
  assert.deepEqual(renderMarkdown(""), { html: "", blockLines: [] });
});

test("blockLines: a raw block left open swallows the blocks after it into one element", () => {
  const { html, blockLines } = renderMarkdown('<div class="box">\n\n中の段落\n\n- 項目\n\n</div>\n\n外の段落');
  const doc = parse(html);
  assert.deepEqual(
    Array.from(doc.children, (el) => el.localName),
    ["div", "p"],
  );
  assert.equal(doc.querySelectorAll("div.box > p, div.box > ul").length, 2);
  assert.deepEqual(blockLines, [0, 8]);
});

test("the same body renders to the same HTML every time (no state leaks between renders)", () => {
  const body = "# 同じ\n\n# 同じ\n\n脚注[^a]\n\n[^a]: x\n\n- [ ] t";
  const once = renderMarkdown(body);
  renderMarkdown("# 同じ\n\n[^a]: y\n\nother[^a]");
  assert.deepEqual(renderMarkdown(body), once);
  assert.deepEqual(
    Array.from(parse(once.html).querySelectorAll("h1"), (h) => h.id),
    ["同じ", "同じ-1"],
  );
});
