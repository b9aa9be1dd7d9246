// The sanitiser as a reader of a post meets it: raw HTML is allowed, but nothing in a post can run
// script, load another page into it, restyle it, or send a click to a dangerous URL.
import { test } from "node:test";
import assert from "node:assert/strict";
import { renderMarkdown } from "../../../core/node/markdown/index.js";
import { dangers, parse } from "./inspect-html.js";
import { XSS_VECTORS } from "./xss-corpus.js";

const html = (markdown: string): string => renderMarkdown(markdown).html;
const first = (markdown: string, selector: string): Element | null => parse(html(markdown)).querySelector(selector);

test(`none of the ${XSS_VECTORS.length} XSS vectors leaves anything executable`, () => {
  assert.ok(XSS_VECTORS.length >= 25);
  for (const vector of XSS_VECTORS) {
    const out = html(vector.markdown);
    assert.deepEqual(dangers(out), [], `${vector.name}: ${out}`);
    assert.doesNotMatch(out, /<\/?(script|iframe|object|embed|base|meta|link|style|form|svg|math)\b/i, vector.name);
    const doc = parse(out);
    assert.equal(doc.querySelector("tsuzuri-line-mark, [data-tsuzuri-line]"), null, `${vector.name}: internal line marks leaked`);
  }
});

test("the inspector does flag what it is meant to catch (so the corpus test can fail)", () => {
  assert.deepEqual(dangers('<img src=x onerror="alert(1)">'), ["img[onerror]"]);
  assert.deepEqual(dangers('<a href=" javascript:alert(1)">x</a>'), ["a[href= javascript:alert(1)]"]);
  assert.ok(dangers("<script>alert(1)</script>").includes("<script>"));
});

test("harmless parts of an attacked element stay: the text, the element, its allowed attributes", () => {
  assert.equal(first('<a href="#" onclick="alert(1)">here</a>', "a")?.outerHTML, '<a href="#">here</a>');
  assert.equal(first('<a href="javascript:alert(1)" title="t">x</a>', "a")?.outerHTML, '<a title="t">x</a>');
  assert.equal(
    first("<details open ontoggle=alert(1)><summary>s</summary>x</details>", "details")?.outerHTML,
    '<details open=""><summary>s</summary>x</details>',
  );
  assert.match(html("<form action=/x>書いた文章</form>"), /書いた文章/);
  assert.equal(first("<img src=x.png onerror=alert(1) alt=写真>", "img")?.outerHTML, '<img src="x.png" alt="写真">');
});

test("links keep http, https, mailto, relative and in-page targets; web links get rel=noopener noreferrer", () => {
  const cases: [string, string, string | null][] = [
    ["[a](https://example.com/ページ?q=1#x)", "https://example.com/%E3%83%9A%E3%83%BC%E3%82%B8?q=1#x", "noopener noreferrer"],
    ['<a href="http://example.com/">a</a>', "http://example.com/", "noopener noreferrer"],
    ['<a href="HTTPS://EXAMPLE.COM/">a</a>', "HTTPS://EXAMPLE.COM/", "noopener noreferrer"],
    ["[a](mailto:me@example.com)", "mailto:me@example.com", null],
    ["[a](./2019/post.md)", "./2019/post.md", null],
    ["[a](/assets/a.pdf)", "/assets/a.pdf", null],
    ["[a](#見出し)", "#%E8%A6%8B%E5%87%BA%E3%81%97", null],
    ['<a href="#fn1">a</a>', "#fn1", null],
    ['<a href="?page=2">a</a>', "?page=2", null],
    ['<a href="docs/a:b">a</a>', "docs/a:b", null],
    ['<a href="//example.com/x">a</a>', "https://example.com/x", "noopener noreferrer"],
  ];
  for (const [markdown, href, rel] of cases) {
    const a = first(markdown, "a");
    assert.equal(a?.getAttribute("href"), href, markdown);
    assert.equal(a?.getAttribute("rel"), rel, markdown);
  }
});

test("links lose scheme-like targets that are not allowed, however they are spelled", () => {
  for (const href of [
    "javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    "&#106;avascript:alert(1)",
    "java&#x0A;script:alert(1)",
    "vbscript:x",
    "data:text/html,x",
    "file:///etc/passwd",
    "ftp://example.com/",
    "tel:0120",
    "a:b",
    "&#x3A;x",
  ]) {
    const a = first(`<a href="${href}">x</a>`, "a");
    assert.ok(a, href);
    assert.equal(a.getAttribute("href"), null, href);
  }
});

test("images: relative, https and data: images stay; http and other schemes go", () => {
  const src = (markdown: string) => first(markdown, "img")?.getAttribute("src") ?? null;
  assert.equal(src("![写真](../assets/写真.png)"), "../assets/%E5%86%99%E7%9C%9F.png");
  assert.equal(src('<img src="assets/a.png">'), "assets/a.png");
  assert.equal(src("![a](https://example.com/a.png)"), "https://example.com/a.png");
  assert.equal(src('<img src="data:image/png;base64,iVBORw0KGgo=">'), "data:image/png;base64,iVBORw0KGgo=");
  assert.equal(src('<img src="data:image/svg+xml,%3Csvg%3E%3C/svg%3E">'), "data:image/svg+xml,%3Csvg%3E%3C/svg%3E");
  assert.equal(src("![a](http://example.com/a.png)"), null);
  assert.equal(src('<img src="data:text/html,x">'), null);
  assert.equal(src('<img src="data:image/png-fake,x">'), null);
  assert.equal(src('<img src="file:///a.png">'), null);
  assert.equal(first("![a](http://example.com/a.png)", "img")?.getAttribute("alt"), "a", "the image keeps its alt text");
});

test("only the disabled task-list checkbox survives as an input", () => {
  assert.equal(first('<input type="checkbox" checked>', "input")?.outerHTML, '<input type="checkbox" checked="" disabled="">');
  assert.equal(first('<input type="text" value="x">', "input"), null);
  assert.equal(first("<input>", "input"), null);
  assert.equal(first("<textarea>書いた</textarea>", "textarea"), null);
});

test("raw HTML a blogger uses stays: details, ruby, kbd, tables, figures, aria", () => {
  const out = html(
    '<details><summary>詳細</summary>\n\n本文\n\n</details>\n\n<ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby> <kbd>Ctrl</kbd>+<kbd>C</kbd>\n\n<figure><img src="a.png" alt=""><figcaption>図1</figcaption></figure>\n\n<span aria-label="ラベル" class="note" lang="en">x</span>',
  );
  const doc = parse(out);
  for (const selector of ["details > summary", "ruby > rt", "kbd", "figure > figcaption", 'span.note[aria-label="ラベル"][lang="en"]']) {
    assert.ok(doc.querySelector(selector), `${selector} in ${out}`);
  }
});

test("a heading whose id is also a document property keeps its id", () => {
  assert.equal(first("# Images", "h1")?.id, "images");
  assert.equal(first("# Title", "h1")?.id, "title");
});
