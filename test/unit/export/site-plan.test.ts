// Planning a site: which posts, in which order, on which pages, with which neighbours and tags.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { PAGE_SIZE, parseDateBound, planSite, selectPosts, type ExportPost } from "../../../core/common/export/index.js";

function post(path: string, date: string | null, more: Partial<ExportPost> = {}): ExportPost {
  const slug = path.replace(/^.*\//, "").replace(/\.md$/, "");
  return { path, id: null, title: slug, date, updated: null, tags: [], draft: false, slug, lang: "ja", excerpt: "", ...more };
}

const POSTS = [
  post("posts/a.md", "2019-07-23T22:00:00+09:00", { tags: ["conference"] }),
  post("posts/b.md", "2019-07-24T21:30:00+09:00", { tags: ["Conference", "dev/frontend", "勉強会"] }),
  post("posts/c.md", "2020-03-01T10:00:00+00:00", { tags: ["dev/backend"], lang: "en" }),
  post("posts/d.md", "2020-04-01T09:00:00+09:00", { tags: ["日記"], draft: true }),
  post("notes/e.md", null),
];

describe("selecting posts", () => {
  test("drafts are left out unless asked for", () => {
    assert.deepEqual(
      selectPosts(POSTS).map((p) => p.path),
      ["posts/a.md", "posts/b.md", "posts/c.md", "notes/e.md"],
    );
    assert.equal(selectPosts(POSTS, { drafts: true }).length, 5);
  });

  test("a tag selects posts with it or a tag nested under it, compared like the app compares tags", () => {
    assert.deepEqual(
      selectPosts(POSTS, { tags: ["CONFERENCE"] }).map((p) => p.path),
      ["posts/a.md", "posts/b.md"],
    );
    assert.deepEqual(
      selectPosts(POSTS, { tags: ["dev"] }).map((p) => p.path),
      ["posts/b.md", "posts/c.md"],
    );
    assert.deepEqual(
      selectPosts(POSTS, { tags: ["dev/backend", "勉強会"] }).map((p) => p.path),
      ["posts/b.md", "posts/c.md"],
    );
    assert.deepEqual(selectPosts(POSTS, { tags: ["de"] }), []);
  });

  test("a date range keeps dated posts within it; chosen paths narrow further", () => {
    const from = parseDateBound("2019-07-24") ?? undefined;
    const to = parseDateBound("2020-03-01") ?? undefined;
    assert.deepEqual(
      selectPosts(POSTS, { from, to }).map((p) => p.path),
      ["posts/b.md", "posts/c.md"],
    );
    assert.deepEqual(
      selectPosts(POSTS, { paths: ["posts/a.md", "posts/d.md"] }).map((p) => p.path),
      ["posts/a.md"],
    );
  });
});

describe("the plan", () => {
  const plan = planSite(selectPosts(POSTS), { pageSize: PAGE_SIZE });

  test("posts are newest first, undated last; older and newer link neighbours", () => {
    assert.deepEqual(
      plan.posts.map((p) => p.path),
      ["posts/c.md", "posts/b.md", "posts/a.md", "notes/e.md"],
    );
    const b = plan.byPath.get("posts/b.md");
    assert.equal(b?.newer?.path, "posts/c.md");
    assert.equal(b?.older?.path, "posts/a.md");
    assert.equal(plan.posts[0]?.newer, null);
    assert.equal(plan.posts.at(-1)?.older, null);
  });

  test("the site's language is the journal's, else the most common among posts", () => {
    assert.equal(plan.lang, "ja");
    assert.equal(planSite(selectPosts(POSTS), { pageSize: 10, lang: "en" }).lang, "en");
  });

  test("tags: one page each, nested tags in folders under their parent, parents list their children's posts", () => {
    const byKey = new Map(plan.tags.map((t) => [t.key, t]));
    assert.deepEqual([...byKey.keys()].sort(), ["conference", "dev", "dev/backend", "dev/frontend", "勉強会"]);
    assert.equal(byKey.get("dev")?.page, "tags/dev.html");
    assert.equal(byKey.get("dev/frontend")?.page, "tags/dev/frontend.html");
    assert.equal(byKey.get("dev/frontend")?.parent?.key, "dev");
    assert.deepEqual(
      byKey.get("dev")?.posts.map((p) => p.path),
      ["posts/c.md", "posts/b.md"],
    );
    assert.deepEqual(
      byKey.get("conference")?.posts.map((p) => p.path),
      ["posts/b.md", "posts/a.md"],
      "Conference and conference are one tag",
    );
    assert.deepEqual(plan.tagTree.map((t) => t.key).sort(), ["conference", "dev", "勉強会"]);
    assert.deepEqual(
      plan.byPath.get("posts/b.md")?.tagRefs.map((t) => t.page),
      ["tags/conference.html", "tags/dev/frontend.html", "tags/勉強会.html"],
    );
  });

  test("index pages have a constant size", () => {
    const many = Array.from({ length: 45 }, (_, i) =>
      post(`posts/p${String(i).padStart(2, "0")}.md`, `2020-01-${String((i % 28) + 1).padStart(2, "0")}T00:00:00Z`),
    );
    const pages = planSite(many, { pageSize: 20 }).indexPages;
    assert.deepEqual(
      pages.map((p) => [p.number, p.count, p.items.length]),
      [
        [1, 3, 20],
        [2, 3, 20],
        [3, 3, 5],
      ],
    );
    assert.deepEqual(
      planSite([], { pageSize: 20 }).indexPages.map((p) => p.items.length),
      [0],
      "an empty site still has an index",
    );
  });

  test("slug collisions are settled by journal path, whatever order posts come in", () => {
    const twins = [post("z/memo.md", "2020-01-02T00:00:00Z"), post("a/Memo.md", "2020-01-01T00:00:00Z", { slug: "memo" })];
    for (const order of [twins, [...twins].reverse()]) {
      const p = planSite(order, { pageSize: 20 }).byPath;
      assert.equal(p.get("a/Memo.md")?.page, "posts/memo.html");
      assert.equal(p.get("z/memo.md")?.page, "posts/memo-2.html");
    }
  });
});
