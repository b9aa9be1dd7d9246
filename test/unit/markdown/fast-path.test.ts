// The fast path of the sanitiser (core/common/markdown/fast-sanitize.ts) must be invisible: for every body
// it takes, the HTML must be the same DOM (tree, attributes, text) and give the same block lines as
// DOMPurify with Tsuzuri's config and hooks over the same markdown-it output; and it must leave nothing
// executable, like the slow path.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { hasRawHtml } from "../../../core/common/markdown/raw-html.js";
import { sanitizeOwnMarkup } from "../../../core/common/markdown/fast-sanitize.js";
import { takeLineMarks } from "../../../core/common/markdown/line-marks.js";
import { createMarkdownIt } from "../../../core/common/markdown/index.js";
import { createNodeSanitizer, renderMarkdown } from "../../../core/node/markdown/index.js";
import { FAST_PATH_EDGES } from "./fast-path-corpus.js";
import { fastPathDifference, paths } from "./fast-path-compare.js";
import { dangers, parse } from "./inspect-html.js";
import { XSS_VECTORS } from "./xss-corpus.js";

const SEED = "/work/shared/seeds/000_4f22f7716abb12ce.txt";
const md = createMarkdownIt("full");
const sanitize = createNodeSanitizer();

function corpus(): string[] {
  const require = createRequire(import.meta.url);
  const spec = require("commonmark-spec") as { tests: { markdown: string }[] };
  const bodies = [...FAST_PATH_EDGES, ...XSS_VECTORS.map((v) => v.markdown), ...spec.tests.map((t) => t.markdown.replace(/→/g, "\t"))];
  if (existsSync(SEED)) bodies.push(readFileSync(SEED, "utf8"));
  return bodies;
}

test("for every corpus body on the fast path, the HTML is the DOM DOMPurify makes, with the same block lines", () => {
  const bodies = corpus();
  let rawHtml = 0;
  let declined = 0;
  const differ: string[] = [];
  for (const body of bodies) {
    const { tokens, fast } = paths(body);
    if (hasRawHtml(tokens)) rawHtml++;
    else if (fast === null) declined++;
    const difference = fastPathDifference(body);
    if (difference !== null) differ.push(difference);
  }
  const fastCount = bodies.length - rawHtml - declined;
  console.log(
    `fast path: ${fastCount} of ${bodies.length} bodies (raw HTML: ${rawHtml}; declined by the fast path: ${declined}); ${differ.length} differ`,
  );
  assert.deepEqual(differ, [], `${differ.length} bodies differ`);
  assert.ok(fastCount > bodies.length / 2, "most bodies really took the fast path");
});

test("the fast path is taken for a post without raw HTML and not for one with it", () => {
  assert.notEqual(paths("# 見出し\n\n[リンク](https://example.com/) ![画像](a.png)\n\n- [x] 済み\n\n```ts\nlet a = 1;\n```").fast, null);
  assert.equal(paths("段落 <b>太字</b>").fast, null);
  assert.equal(paths("<div>\n\n# x\n\n</div>").fast, null);
  assert.equal(paths("注^[<img src=x onerror=alert(1)>]").fast, null, "raw HTML inside an inline footnote counts");
  assert.equal(paths("- [ ] <input type=checkbox>").fast, null, "raw HTML in a task item counts; the plugin's checkbox does not");
  if (existsSync(SEED)) assert.notEqual(paths(readFileSync(SEED, "utf8")).fast, null, "the example blog post takes the fast path");
});

test("the fast path declines markup it does not recognise instead of guessing", () => {
  assert.equal(sanitizeOwnMarkup('<p onclick="x">a</p>'), null);
  assert.equal(sanitizeOwnMarkup("<script>alert(1)</script>"), null);
  assert.equal(sanitizeOwnMarkup("<p>a <!-- c --></p>"), null);
  assert.equal(sanitizeOwnMarkup('<p style="color:red">a</p>'), null);
  assert.equal(sanitizeOwnMarkup("<p>a<b</p>"), null);
  assert.equal(sanitizeOwnMarkup('<input type="text">'), null);
  assert.equal(sanitizeOwnMarkup('<a href="#a"><a href="#b">x</a></a>'), null);
  assert.equal(sanitizeOwnMarkup('<p title="a&#106;">x</p>'), null);
  assert.equal(sanitizeOwnMarkup("<p>a</p>"), "<p>a</p>");
  assert.equal(sanitizeOwnMarkup('<a href="javascript:alert(1)" title="t">x</a>'), '<a title="t">x</a>');
  assert.equal(sanitizeOwnMarkup('<a href="//e.example/">x</a>'), '<a href="https://e.example/" rel="noopener noreferrer">x</a>');
});

test("every XSS vector is harmless on the slow path too (DOMPurify alone)", () => {
  for (const vector of XSS_VECTORS) {
    const out = takeLineMarks(sanitize(md.render(vector.markdown))).html;
    assert.deepEqual(dangers(out), [], `${vector.name}: ${out}`);
  }
});

test("Markdown-only links and images obey the URL rules on the fast path", () => {
  const dom = (markdown: string) => parse(renderMarkdown(markdown).html);
  assert.equal(dom("[x](java&#x09;script:alert(1))").querySelector("a")?.getAttribute("href"), null);
  assert.equal(dom("![x](http://example.com/a.png)").querySelector("img")?.getAttribute("src"), null);
  assert.equal(
    dom("![x](DATA:IMAGE/PNG;base64,AAAA)").querySelector("img")?.getAttribute("src"),
    null,
    "as DOMPurify: data: must be lower case",
  );
  assert.equal(dom("![x](data:image/png;base64,AAAA)").querySelector("img")?.getAttribute("src"), "data:image/png;base64,AAAA");
  const a = dom("[x](//example.com/a)").querySelector("a");
  assert.equal(a?.getAttribute("href"), "https://example.com/a");
  assert.equal(a?.getAttribute("rel"), "noopener noreferrer");
  assert.equal(dom("[x](./a.md)").querySelector("a")?.getAttribute("rel"), null);
  assert.equal(
    dom('[x](https://e.example/ " t ")').querySelector("a")?.getAttribute("title"),
    "t",
    "titles are trimmed as DOMPurify trims them",
  );
});
