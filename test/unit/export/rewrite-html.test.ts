// The body of an exported post is the preview's HTML, byte for byte, except for exactly what export
// documents: link and image targets, and names for task checkboxes.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { JSDOM } from "jsdom";
import { exportBody, localRefs, resolveLocalUrl, isOutsideRef, rewriteBody, urlsInBody } from "../../../core/common/export/index.js";
import { renderMarkdown } from "../../../core/node/markdown/index.js";
import { XSS_VECTORS } from "../markdown/xss-corpus.js";
import { FIXTURE_POSTS } from "./fixture.js";

const SEED = "/work/shared/seeds/000_4f22f7716abb12ce.txt";
const EXTRA = [
  '<div title="a<b>c <a href=x>">&nbsp;&amp;</div>\n\n[x](y.md "t\\"q")',
  '- [ ] **太字**の&lt;タスク&gt;\n- [x] <a href="a.md">link</a> task\n\n1. [ ] loose\n\n   para',
  "![a](img/x.png?v=1#frag) [b](../b.md#見出し) [c](/notes/c.md) [d](https://example.com/d.md) [e](#local)",
];

function corpus(): string[] {
  const require = createRequire(import.meta.url);
  const spec = require("commonmark-spec") as { tests: { markdown: string }[] };
  const bodies = [
    ...Object.values(FIXTURE_POSTS),
    ...EXTRA,
    ...XSS_VECTORS.map((v) => v.markdown),
    ...spec.tests.map((t) => t.markdown.replace(/→/g, "\t")),
  ];
  if (existsSync(SEED)) bodies.push(readFileSync(SEED, "utf8"));
  return bodies.map((b) => renderMarkdown(b).html);
}

const { document } = new JSDOM("<!DOCTYPE html><body></body>").window;

/** `html` parsed into an element of one shared jsdom document. */
function parse(html: string): HTMLElement {
  const body = document.createElement("body");
  body.innerHTML = html;
  return body;
}

/** What export's rewrite should do, done through a real DOM instead of the tokenizer. */
function expectedByDom(html: string, href: string, src: string): string {
  const root = parse(html);
  for (const a of root.querySelectorAll("a[href]")) a.setAttribute("href", href);
  for (const img of root.querySelectorAll("img[src]")) img.setAttribute("src", src);
  return root.innerHTML;
}

const reserialise = (html: string): string => parse(html).innerHTML;
const hasTaskBox = (html: string) => /<input[^>]*type="checkbox"/.test(html);

describe("rewriting a rendered body", () => {
  const bodies = corpus();

  test(`with nothing to rewrite, every body of the corpus (${bodies.length}) comes back byte for byte`, () => {
    for (const html of bodies) {
      assert.equal(rewriteBody(html, {}), html);
      assert.equal(rewriteBody(html, { link: () => undefined, image: () => undefined }), html);
    }
  });

  test("only hrefs of links and srcs of images change (checked against a DOM)", () => {
    let changed = 0;
    for (const html of bodies) {
      if (hasTaskBox(html)) continue;
      const out = rewriteBody(html, { link: () => 'L&"<x>', image: () => "I" });
      assert.equal(reserialise(out), expectedByDom(html, 'L&"<x>', "I"), html.slice(0, 200));
      if (out !== html) changed++;
    }
    assert.ok(changed > 50, `the corpus has links, images and tables (${changed} bodies changed)`);
  });

  test("task checkboxes are named after their item's text; nothing else about them changes", () => {
    const html = renderMarkdown(EXTRA[1] ?? "").html;
    const out = rewriteBody(html, { taskLabels: true });
    assert.match(out, /type="checkbox" aria-label="太字の&lt;タスク&gt;">/);
    assert.match(out, /type="checkbox" aria-label="link task">/);
    assert.match(out, /type="checkbox" aria-label="loose">/);
    assert.equal(out.replace(/ aria-label="[^"]*"/g, ""), html);
  });

  test("links can be dropped (the text stays) and values are escaped", () => {
    const out = rewriteBody('<p><a href="a.md" title="t">x</a> <img src="p.png" alt="y"></p>', {
      link: () => null,
      image: () => 'q"&.png',
    });
    assert.equal(out, '<p><a title="t">x</a> <img src="q&quot;&amp;.png" alt="y"></p>');
  });

  test("urlsInBody reads decoded URLs, ignoring look-alikes in text and attribute values", () => {
    const html = renderMarkdown(EXTRA[0] ?? "").html;
    assert.deepEqual(urlsInBody(html), { links: ["y.md"], images: [] });
  });
});

describe("local URLs of a post", () => {
  const post = "posts/2019/a.md";

  test("resolve against the post's folder, or the journal with a leading /", () => {
    assert.deepEqual(resolveLocalUrl("b.md", post), { path: "posts/2019/b.md", fragment: undefined });
    assert.deepEqual(resolveLocalUrl("../2020/c.md#%E8%A6%8B", post), { path: "posts/2020/c.md", fragment: "%E8%A6%8B" });
    assert.deepEqual(resolveLocalUrl("/notes/d.md", post), { path: "notes/d.md", fragment: undefined });
    assert.deepEqual(resolveLocalUrl("img/%E7%94%BB%E5%83%8F%201.png?v=2", post), {
      path: "posts/2019/img/画像 1.png",
      fragment: undefined,
    });
    assert.deepEqual(resolveLocalUrl("./x/./y/../z.png", post), { path: "posts/2019/x/z.png", fragment: undefined });
  });

  test("web links and fragments are not local", () => {
    for (const url of ["https://example.com/a.md", "mailto:a@b.c", "//host/a.md", "#fn1", ""]) {
      assert.equal(resolveLocalUrl(url, post), null, url);
    }
  });

  test("paths out of the journal (with slashes or backslashes) resolve to no journal file, so exports drop them", () => {
    for (const url of ["../../../etc/passwd", "%zz/../../../..", "..\\..\\..\\secret.png", "..%2F..%2F..%2Fsecret.png", "a%00b.png"]) {
      const target = resolveLocalUrl(url, post);
      assert.ok(target && isOutsideRef(target.path), url);
    }
    assert.equal(
      resolveLocalUrl("../../../etc/passwd", post)?.path.endsWith("../../../etc/passwd"),
      true,
      "the warning names the path as written",
    );
    assert.ok(!isOutsideRef(resolveLocalUrl("../../a.png", post)?.path ?? ""), "climbing to the journal's top is fine");
  });

  test("localRefs lists every local target once, sorted", () => {
    const html = renderMarkdown("[a](b.md) [b](./b.md#x) ![i](img/p.png) [w](https://x.y/) [c](../c.md)").html;
    assert.deepEqual(localRefs(html, post), ["posts/2019/b.md", "posts/2019/img/p.png", "posts/c.md"]);
  });

  test("exportBody points links at pages and images at copies, relative to the page, keeping fragments", () => {
    const html = renderMarkdown("[a](b.md#見出し) ![i](img/p.png) [gone](draft.md) [w](https://x.y/)").html;
    const out = exportBody(html, post, "posts/a.html", {
      "posts/2019/b.md": { file: "posts/b.html" },
      "posts/2019/img/p.png": { file: "media/posts/2019/img/p.png" },
      "posts/2019/draft.md": null,
    });
    assert.match(out, /<a href="b\.html#%E8%A6%8B%E5%87%BA%E3%81%97">a<\/a>/);
    assert.match(out, /<img src="\.\.\/media\/posts\/2019\/img\/p\.png" alt="i">/);
    assert.match(out, /<a>gone<\/a>/);
    assert.match(out, /<a href="https:\/\/x\.y\/" rel="noopener noreferrer">w<\/a>/);
  });
});
