// HTML → Markdown for Hatena Blog bodies, checked by rendering the Markdown with the app's own pipeline
// and comparing its structure (headings, lists, tables, code, quotes, links, images) and text with the
// source HTML. What cannot be Markdown is kept as HTML the sanitiser allows.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { describe, test } from "node:test";
import { mtEntryToPost, parseMtExport, type MtPost } from "../../../core/common/import/index.js";
import { createHtmlConverter, embedTarget } from "../../../core/node/import/html/index.js";
import { renderMarkdown } from "../../../core/node/markdown/index.js";
import { fragment, HATENA_EXPORT, outline, squashedText } from "./helpers.js";

const converter = createHtmlConverter();
const md = (html: string): string => converter.toMarkdown(html).markdown;

/** The source HTML as the import means it to read: keyword links unwrapped, embeds as links, footnotes apart. */
function expectedFromSource(html: string): DocumentFragment {
  const root = fragment(html);
  root.querySelectorAll("script, style").forEach((n) => n.remove());
  root.querySelectorAll("a.keyword").forEach((a) => a.replaceWith(...Array.from(a.childNodes)));
  root.querySelectorAll("iframe").forEach((f) => {
    const a = f.ownerDocument.createElement("a");
    a.href = embedTarget(f.getAttribute("src") ?? "") ?? "";
    a.textContent = f.getAttribute("title") ?? "";
    f.replaceWith(a);
  });
  root.querySelectorAll("cite.hatena-citation").forEach((c) => c.remove());
  root.querySelectorAll('a[href^="#f-"], div.footnote').forEach((n) => n.remove());
  return root;
}

/** Rendered Markdown without the footnote markup markdown-it adds (compared on their own). */
function rendered(markdown: string): DocumentFragment {
  const root = fragment(renderMarkdown(markdown).html);
  root.querySelectorAll("sup.footnote-ref, section.footnotes").forEach((n) => n.remove());
  return root;
}

async function fixturePosts(): Promise<MtPost[]> {
  return parseMtExport(await readFile(HATENA_EXPORT, "utf8"))
    .map((e) => mtEntryToPost(e, "Asia/Tokyo"))
    .flatMap((r) => (r.ok ? [r.post] : []));
}

describe("round trip: Hatena HTML → Markdown → the app's HTML keeps structure and text", () => {
  test("every entry of the fixture export", async () => {
    const posts = await fixturePosts();
    assert.equal(posts.length, 7);
    for (const post of posts) {
      const source = expectedFromSource(post.body);
      const back = rendered(md(post.body));
      assert.equal(outline(back), outline(source), `structure of ${post.label}`);
      assert.equal(squashedText(back), squashedText(source), `text of ${post.label}`);
    }
  });

  test("the 4-deep list really nests four levels", async () => {
    const [first] = await fixturePosts();
    const back = rendered(md(first?.body ?? ""));
    assert.ok(back.querySelector("ul > li > ul > li > ul > li > ul > li"), "four levels of <ul>");
    assert.match(outline(back), /UL\(LI\(UL\(LI\(UL\(LI\(UL\(LI\(\) LI\(\)\)\)\)\)\)\) LI\(\)\)/);
  });

  test("lists nested deeper than any blog needs, ordered inside unordered", () => {
    let html = "<li>葉</li>";
    for (let depth = 0; depth < 8; depth++) html = `<li>段${depth}<${depth % 2 ? "ol" : "ul"}>${html}</${depth % 2 ? "ol" : "ul"}></li>`;
    html = `<ul>${html}<li>最後</li></ul>`;
    assert.equal(outline(rendered(md(html))), outline(fragment(html)));
  });
});

describe("Hatena markup", () => {
  test("code blocks: the language from data-lang or the class, no highlighting markup, a fence longer than the code's", () => {
    const out = md(
      '<pre class="code lang-ruby" data-lang="ruby" data-unlink><span class="synPreProc">def</span> x\n  <span class="synConstant">"&lt;a&gt;"</span>\nend\n</pre><pre><code class="language-md">```\ninner\n```</code></pre>',
    );
    assert.equal(out, '```ruby\ndef x\n  "<a>"\nend\n```\n\n````md\n```\ninner\n```\n````\n');
    assert.match(renderMarkdown(out).html, /<pre><code class="language-ruby">/);
  });

  test("keyword links become their text; footnotes become [^n] with their texts at the end", () => {
    const out = md(
      '<p><a class="keyword" href="http://d.hatena.ne.jp/keyword/Go">Go</a>の話<a href="#f-aa" name="fn-aa" title="題">*1</a>と<a href="#f-bb" name="fn-bb" title="二つ目の注">*2</a></p><div class="footnote"><p class="footnote"><a href="#fn-aa" name="f-aa" class="footnote-number">*1</a><span class="footnote-delimiter">:</span><span class="footnote-text">一つ目の<a href="https://example.com/">注</a></span></p></div>',
    );
    assert.equal(out, "Goの話[^1]と[^2]\n\n[^1]: 一つ目の[注](https://example.com/)\n[^2]: 二つ目の注\n");
    const html = renderMarkdown(out).html;
    assert.match(html, /class="footnotes"/);
    assert.match(html, /二つ目の注/);
  });

  test("embed cards and their citation become one link; other frames become links to what they show", () => {
    assert.equal(
      md(
        '<p><iframe src="https://hatenablog-parts.com/embed?url=https%3A%2F%2Fexample.com%2Fa" title="記事 - ブログ" class="embed-card"></iframe><cite class="hatena-citation"><a href="https://example.com/a">example.com</a></cite></p>',
      ),
      "[記事 - ブログ](https://example.com/a)\n",
    );
    assert.equal(md('<iframe src="https://www.youtube.com/embed/abc_123?rel=0"></iframe>'), "<https://www.youtube.com/watch?v=abc_123>\n");
    assert.equal(
      md('<p><cite class="hatena-citation"><a href="https://example.com/b">example.com</a></cite></p>'),
      "[example.com](https://example.com/b)\n",
    );
    const dropped = converter.toMarkdown('<iframe src="javascript:alert(1)"></iframe><p>x</p>');
    assert.equal(dropped.markdown, "x\n");
    assert.equal(dropped.warnings.length, 1);
  });

  test("a table of contents links to the ids the app gives its headings", () => {
    const out = md(
      '<ul class="table-of-contents"><li><a href="#Go-の-Context">Go の Context</a></li></ul><h3 id="Go-の-Context">Go の Context</h3>',
    );
    const html = renderMarkdown(out).html;
    const id = /<h3 id="([^"]+)"/.exec(html)?.[1];
    const href = /<a href="#([^"]+)"/.exec(html)?.[1];
    assert.ok(id && href);
    assert.equal(decodeURIComponent(href), id);
  });

  test("figures: the image, with the caption as its alt text and below it; fotolife alt text is dropped", () => {
    assert.equal(
      md(
        '<figure class="figure-image" title="猫"><p><img src="https://cdn.example/cat.jpg" alt="f:id:u:20190101000000j:plain"></p><figcaption>猫</figcaption></figure><p><img src="https://cdn.example/dog.jpg" alt="f:id:u:20190101000001j:plain" title=""></p>',
      ),
      "![猫](https://cdn.example/cat.jpg)\n\n猫\n\n![](https://cdn.example/dog.jpg)\n",
    );
  });

  test("the more marker survives between body and extended body", () => {
    assert.equal(md("<p>a</p>\n<!-- more -->\n<p>b</p>"), "a\n\n<!-- more -->\n\nb\n");
  });

  test("line breaks are hard breaks, but not at the end of a paragraph", () => {
    const out = md("<p>一行目<br />二行目<br /></p><p>次</p>");
    assert.equal(out, "一行目\\\n二行目\n\n次\n");
    assert.match(renderMarkdown(out).html, /一行目<br>\n?二行目<\/p>/);
  });

  test("emphasis next to Japanese punctuation is written as HTML so that it still renders", () => {
    const out = md("<p>これは<strong>「大事」</strong>です。<em>斜体</em>も。</p>");
    assert.equal(out, "これは<strong>「大事」</strong>です。*斜体*も。\n");
    assert.match(renderMarkdown(out).html, /<strong>「大事」<\/strong>です。<em>斜体<\/em>/);
  });
});

describe("what Markdown cannot say is kept as sanitised HTML", () => {
  test("ruby, sup and kbd stay inline; details and definition lists stay as blocks; handlers and styles go", () => {
    const out = md(
      '<p><ruby>漢字<rt>かんじ</rt></ruby>と<sup onclick="x()">2</sup>と<kbd style="color:red">Ctrl</kbd></p><details open><summary>開く</summary><p onmouseover="y()">中身</p></details><dl><dt>語</dt><dd>意味</dd></dl>',
    );
    assert.match(out, /<ruby>漢字<rt>かんじ<\/rt><\/ruby>と<sup>2<\/sup>と<kbd>Ctrl<\/kbd>/);
    assert.match(out, /\n\n<details open=""><summary>開く<\/summary><p>中身<\/p><\/details>\n\n/);
    assert.match(out, /<dl><dt>語<\/dt><dd>意味<\/dd><\/dl>/);
    assert.doesNotMatch(out, /onclick|onmouseover|style=/);
    const html = renderMarkdown(out).html;
    for (const tag of ["<ruby>", "<details", "<dl>", "<kbd>"]) assert.ok(html.includes(tag), tag);
  });

  test("a table with merged cells or lists in cells stays an HTML table; a plain one becomes a pipe table", () => {
    const merged = md(
      '<table style="border:1px"><tr><th colspan="2">見出し</th></tr><tr><td>a</td><td><ul><li>b</li></ul></td></tr></table>',
    );
    assert.match(merged, /^<table><tbody><tr><th colspan="2">見出し<\/th><\/tr>/);
    assert.doesNotMatch(merged, /style=|\n\n.*\n\n/s);
    assert.equal(outline(rendered(merged)), "TABLE(UL(LI()))");
    assert.equal(
      md("<table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table>"),
      "| a   | b   |\n| --- | --- |\n| 1   | 2   |\n",
    );
  });

  test("scripts and styles are dropped with their content", () => {
    assert.equal(md("<p>a</p><script>alert(1)</script><style>p{}</style><noscript>js</noscript>"), "a\n");
  });
});
