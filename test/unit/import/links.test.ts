// Rewriting links in imported Markdown: only in prose (never in code), every link form, wikilinks,
// Jekyll and Hugo template links; paths between journal files.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  convertWikilinks,
  encodeLinkPath,
  joinRelative,
  mapProse,
  relativeLink,
  replaceSiteRefs,
  rewriteUrls,
  stripSiteUrlVariables,
} from "../../../core/common/import/index.js";

describe("prose ranges", () => {
  test("fenced code, inline code and HTML comments are left alone", () => {
    const body = "a `b` c\n```js\nd\n```\n<!-- e\nf -->g\n~~~\nh\n~~~\ni ``j ` k`` l";
    assert.equal(
      mapProse(body, (t) => t.toUpperCase()),
      "A `b` C\n```js\nd\n```\n<!-- e\nf -->G\n~~~\nh\n~~~\nI ``j ` k`` L",
    );
  });
});

describe("rewriteUrls", () => {
  const map = (url: string): string | null => (url.startsWith("http") ? null : `NEW(${url})`);

  test("inline links and images, with titles, angle brackets and parentheses; reference definitions; HTML src/href", () => {
    const body = [
      '[a](x.md "title") ![b](<my img.png>) [c](d(1).md#h)',
      "[ref]: other.md",
      '<img src="p.png" alt="x"> <a href=\'q.md\'>q</a>',
      "[web](https://example.com/) `[code](x.md)`",
    ].join("\n");
    assert.equal(
      rewriteUrls(body, map),
      [
        '[a](NEW(x.md) "title") ![b](NEW(my img.png)) [c](NEW(d(1).md#h))',
        "[ref]: NEW(other.md)",
        '<img src="NEW(p.png)" alt="x"> <a href="NEW(q.md)">q</a>',
        "[web](https://example.com/) `[code](x.md)`",
      ].join("\n"),
    );
  });

  test("links inside fenced code stay as written", () => {
    const body = "```md\n[a](x.md)\n```\n";
    assert.equal(rewriteUrls(body, map), body);
  });
});

describe("wikilinks", () => {
  const resolve = (t: { target: string; embed: boolean }) =>
    t.target === "cat.png"
      ? { url: "../../assets/n/cat.png", image: true }
      : t.target === "Project Alpha"
        ? { url: "p%20a.md", image: false }
        : null;

  test("embeds become images, notes become links (label, heading), the rest stays with a notice", () => {
    const missing: string[] = [];
    const out = convertWikilinks(
      "![[cat.png]] ![[cat.png|300]] ![[cat.png|猫]] [[Project Alpha]] [[Project Alpha#次にやること|次]] [[Nope]] `[[code]]`",
      resolve,
      (t) => missing.push(t),
    );
    assert.equal(
      out,
      "![](../../assets/n/cat.png) ![](../../assets/n/cat.png) ![猫](../../assets/n/cat.png) [Project Alpha](p%20a.md) [次](p%20a.md#次にやること) [[Nope]] `[[code]]`",
    );
    assert.deepEqual(missing, ["Nope"]);
  });
});

describe("site template links", () => {
  test("Jekyll post_url and link, Hugo ref and relref; {{ site.baseurl }} dropped", () => {
    const body =
      '[a]({% post_url 2019-07-23-day1 %}) [b]({% link _posts/x.md %}) [c]({{< ref "c.md" >}}) [d]({{% relref "d" %}}) [e]({% post_url nope %})';
    const out = replaceSiteRefs(body, (ref) => (ref.target === "nope" ? null : `${ref.kind}:${ref.target}`));
    assert.equal(out, "[a](post_url:2019-07-23-day1) [b](link:_posts/x.md) [c](ref:c.md) [d](relref:d) [e]({% post_url nope %})");
    assert.equal(stripSiteUrlVariables("![x]({{ site.baseurl }}/assets/a.png)"), "![x](/assets/a.png)");
  });
});

describe("paths", () => {
  test("relative links between journal files, resolving .. and encoding what Markdown cannot hold", () => {
    assert.equal(relativeLink("posts/2019/a.md", "posts/2019/b.md"), "b.md");
    assert.equal(relativeLink("posts/2019/a.md", "posts/2024/c.md"), "../2024/c.md");
    assert.equal(relativeLink("posts/2019/a.md", "assets/a/x.png"), "../../assets/a/x.png");
    assert.equal(joinRelative("_posts", "../assets/x.png"), "assets/x.png");
    assert.equal(joinRelative("", "../outside.png"), null);
    assert.equal(joinRelative("a/b", "/top.png"), "top.png");
    assert.equal(encodeLinkPath("a b(1)　c%.png"), "a%20b%281%29%E3%80%80c%25.png");
  });
});
