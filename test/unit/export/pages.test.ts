// The pages and feed of a site as strings: safe (no script, a CSP that forbids it, everything escaped),
// accessible structure (lang, skip link, one h1, landmarks) and a well-formed Atom feed.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { JSDOM } from "jsdom";
import {
  MAIN_ID,
  SINGLE_FILE_CSP,
  SITE_CSP,
  planSite,
  postPageInput,
  renderFeed,
  renderIndexPages,
  renderPostPage,
  renderSinglePost,
  renderTagPage,
  renderTagsIndex,
  uuidUrn,
  type ExportPost,
} from "../../../core/common/export/index.js";
import { renderMarkdown } from "../../../core/node/markdown/index.js";

const EVIL = `<script>alert("x")</script> & "quotes"`;
const posts: ExportPost[] = [
  {
    path: "posts/a.md",
    id: "01JD3K2Q8X5T9Y7ZC4M6N1P0RB",
    title: EVIL,
    date: "2019-07-24T21:30:00+09:00",
    updated: null,
    tags: [EVIL, "dev/frontend"],
    draft: false,
    slug: "a",
    lang: "ja",
    excerpt: EVIL,
  },
  {
    path: "posts/b.md",
    id: null,
    title: "English",
    date: "2020-01-01T00:00:00Z",
    updated: "2020-02-01T00:00:00Z",
    tags: [],
    draft: false,
    slug: "b",
    lang: "en",
    excerpt: "",
  },
];
const plan = planSite(posts, { pageSize: 20, lang: "ja" });
const site = { title: `Site ${EVIL}`, lang: "ja" };
const body = renderMarkdown("# 見出し\n\n本文 <script>alert(1)</script>").html;

function pages(): [string, string][] {
  return [
    ...plan.posts.map((p): [string, string] => [p.page, renderPostPage(postPageInput(site, p, {}), body)]),
    ...renderIndexPages(plan, site).map((p): [string, string] => [p.path, p.html]),
    ...plan.tags.map((t): [string, string] => [t.page, renderTagPage(t, site).html]),
    ["tags/index.html", renderTagsIndex(plan, site).html],
  ];
}

describe("site pages", () => {
  for (const [path, html] of pages()) {
    test(`${path}: no script, a CSP forbidding scripts, escaped text, landmarks`, () => {
      const { document } = new JSDOM(html).window;
      assert.equal(document.querySelectorAll("script").length, 0);
      assert.ok(!/<script/i.test(html), "no <script> anywhere, even as text that might be mis-parsed");
      assert.equal(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content"), SITE_CSP);
      assert.match(SITE_CSP, /default-src 'none'/);
      assert.doesNotMatch(SITE_CSP, /script-src/);
      assert.equal(document.documentElement.lang, "ja");
      assert.equal(
        [...document.querySelectorAll("h1")].filter((h) => !h.closest(".tsuzuri-content")).length,
        1,
        "one h1 of the page's own (a post's body may have its own)",
      );
      assert.ok(document.getElementById(MAIN_ID)?.tagName === "MAIN", "the skip link's target is <main>");
      assert.equal(document.querySelector("a.skip-link")?.getAttribute("href"), `#${MAIN_ID}`);
      assert.ok(document.querySelector("header nav[aria-label]") && document.querySelector("footer"));
      assert.ok(document.title.includes(EVIL) || document.title.startsWith("Site") || document.title.includes("English"), document.title);
      assert.ok(!document.querySelector("[onerror], [onclick]"));
    });
  }

  test("a post's page shows its title, date and tags, and marks a post in another language", () => {
    const a = plan.byPath.get("posts/a.md");
    const b = plan.byPath.get("posts/b.md");
    assert.ok(a && b);
    const { document } = new JSDOM(renderPostPage(postPageInput(site, a, {}), body)).window;
    assert.equal(document.querySelector("h1")?.textContent, EVIL);
    assert.equal(document.querySelector("time")?.getAttribute("datetime"), "2019-07-24T21:30:00+09:00");
    assert.equal(document.querySelector("time")?.textContent, "2019年7月24日");
    assert.deepEqual(
      [...document.querySelectorAll(".tag-list a")].map((x) => x.getAttribute("href")),
      ["../tags/script-alert(-x-)/script-%26-quotes.html", "../tags/dev/frontend.html"],
    );
    assert.equal(document.querySelector('a[rel="next"] [lang]')?.getAttribute("lang"), "en", "the newer post's title is marked English");
    const english = new JSDOM(renderPostPage(postPageInput(site, b, {}), body)).window.document;
    assert.equal(english.querySelector("article")?.getAttribute("lang"), "en");
  });

  test("a single-file post inlines its style, has no links out, and a CSP for inline styles only", () => {
    const html = renderSinglePost(
      {
        path: "posts/a.md",
        title: EVIL,
        date: null,
        lang: "en",
        excerpt: "",
        tags: ["x"],
        css: ".a{color:red}</style><script>",
        targets: {},
      },
      body,
    );
    const { document } = new JSDOM(html).window;
    assert.equal(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content"), SINGLE_FILE_CSP);
    assert.equal(document.querySelectorAll("style").length, 1);
    assert.equal(document.querySelectorAll("script, link[rel=stylesheet]").length, 0);
    assert.equal(document.querySelectorAll("a[href]:not([href^='#'])").length, 0);
    assert.equal(document.documentElement.lang, "en");
  });
});

describe("the Atom feed", () => {
  const entry = (p: ExportPost, i: number) => ({
    title: p.title,
    page: `posts/${p.slug}.html`,
    date: p.date,
    updated: p.updated,
    lang: p.lang,
    excerpt: p.excerpt,
    contentHtml: body,
    idHash: String(i).repeat(64),
  });

  test("is well-formed XML with escaped text, the newest update as its own, relative links without a base URL", () => {
    const xml = renderFeed({ title: site.title, lang: "ja", baseUrl: null, idHash: "ab".repeat(32), entries: posts.map(entry) });
    const { document } = new JSDOM(xml, { contentType: "application/xml" }).window;
    assert.equal(document.querySelector("parsererror"), null);
    assert.equal(document.documentElement.namespaceURI, "http://www.w3.org/2005/Atom");
    assert.equal(document.querySelector("feed > updated")?.textContent, "2020-02-01T00:00:00Z");
    assert.equal(document.querySelectorAll("entry").length, 2);
    assert.equal(document.querySelector("entry > title")?.textContent, EVIL);
    assert.match(document.querySelector("entry > content")?.textContent ?? "", /<h1 id="見出し">/);
    assert.equal(document.querySelector("entry > link")?.getAttribute("href"), "posts/a.html");
    assert.match(
      document.querySelector("entry > id")?.textContent ?? "",
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    assert.equal(document.querySelector('link[rel="self"]'), null);
  });

  test("with a base URL, links and ids are absolute", () => {
    const xml = renderFeed({ title: "S", lang: "ja", baseUrl: "https://example.com/blog/", idHash: "0", entries: posts.map(entry) });
    const { document } = new JSDOM(xml, { contentType: "application/xml" }).window;
    assert.equal(document.querySelector("feed > id")?.textContent, "https://example.com/blog/");
    assert.equal(document.querySelector('link[rel="self"]')?.getAttribute("href"), "https://example.com/blog/feed.xml");
    assert.equal(document.querySelector("entry > id")?.textContent, "https://example.com/blog/posts/a.html");
  });

  test("undated posts are left out; a UUID URN is stable for the same digest", () => {
    const xml = renderFeed({
      title: "S",
      lang: "en",
      baseUrl: null,
      idHash: "0",
      entries: [{ ...entry(posts[1]!, 1), date: null, updated: null }],
    });
    assert.equal((xml.match(/<entry/g) ?? []).length, 0);
    assert.equal(uuidUrn("f".repeat(64)), uuidUrn("f".repeat(64)));
  });
});
