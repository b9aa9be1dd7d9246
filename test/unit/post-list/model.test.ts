// The post list's model without a DOM: the order shown, search results, group headers, and how an
// upsert or a removal moves one post, at 10,000 posts.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { PostSummary } from "../../../core/contract/index.js";
import { PostListModel } from "../../../renderer/post-list/model.js";
import { keyTarget } from "../../../renderer/post-list/keyboard.js";

function post(n: number, date: string, title = `投稿${n}`): PostSummary {
  return { path: `posts/p${n}.md`, title, date, updated: null, mtimeMs: 0, tags: [], draft: false, excerpt: "" } as unknown as PostSummary;
}

test("every post shows newest first, with a year and a month header where each starts, and counts", () => {
  const m = new PostListModel();
  m.setPosts([post(1, "2019-07-01"), post(2, "2019-08-02"), post(3, "2020-01-03"), post(4, "2019-07-20")]);
  assert.deepEqual(
    m.shown.map((p) => p.path),
    ["posts/p3.md", "posts/p2.md", "posts/p4.md", "posts/p1.md"],
  );
  assert.deepEqual(m.heads, [2, 2, 1, 0]);
  assert.equal(m.counts.get("2019"), 3);
  assert.equal(m.counts.get("2019-07"), 2);
});

test("an upsert moves the post to its place; in search results it stays where it is and a new post is not added", () => {
  const m = new PostListModel();
  m.setPosts([post(1, "2019-07-01"), post(2, "2019-08-02")]);
  assert.equal(m.upsert(post(1, "2021-01-01")), false);
  assert.deepEqual(
    m.shown.map((p) => p.path),
    ["posts/p1.md", "posts/p2.md"],
  );
  m.showFound(["posts/p2.md", "posts/p1.md"], [], "newest");
  assert.equal(m.upsert(post(3, "2022-01-01")), true);
  assert.equal(m.size, 3);
  assert.deepEqual(
    m.shown.map((p) => p.path),
    ["posts/p2.md", "posts/p1.md"],
  );
  m.showAll("newest");
  assert.deepEqual(
    m.shown.map((p) => p.path),
    ["posts/p3.md", "posts/p1.md", "posts/p2.md"],
  );
});

test("after a removal the neighbour is the post below, else above; renaming keeps the row", () => {
  const m = new PostListModel();
  m.setPosts([post(1, "2019-07-01"), post(2, "2019-08-02"), post(3, "2019-09-03")]);
  assert.equal(m.neighbour("posts/p2.md"), "posts/p1.md");
  assert.equal(m.neighbour("posts/p1.md"), "posts/p2.md");
  assert.equal(m.remove("posts/p2.md"), true);
  assert.equal(m.remove("posts/p2.md"), false);
  m.upsert({ ...post(1, "2019-07-01"), path: "posts/renamed.md" }, "posts/p1.md");
  assert.deepEqual(
    m.shown.map((p) => p.path),
    ["posts/p3.md", "posts/renamed.md"],
  );
});

test("10,000 posts: show all, search results and an upsert each take milliseconds", () => {
  const posts = Array.from({ length: 10_000 }, (_, i) => post(i, `20${10 + (i % 15)}-${String(1 + (i % 12)).padStart(2, "0")}-15`));
  const m = new PostListModel();
  const t0 = performance.now();
  m.setPosts(posts);
  m.showFound(
    posts.slice(0, 5000).map((p) => p.path),
    [],
    "newest",
  );
  m.showAll("newest");
  m.upsert(post(5, "2030-01-01"));
  const took = performance.now() - t0;
  assert.equal(m.shown[0]!.path, "posts/p5.md");
  assert.equal(m.heads.length, 10_000);
  assert.ok(took < 1500, `took ${took} ms`);
});

test("keys move through every row, clamped at both ends; other keys and IME composition are not ours", () => {
  const key = (k: string, extra = {}) => ({
    key: k,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    isComposing: false,
    keyCode: 0,
    ...extra,
  });
  assert.equal(keyTarget(key("End"), 3, 10_000, 10), 9_999);
  assert.equal(keyTarget(key("Home"), 9_999, 10_000, 10), 0);
  assert.equal(keyTarget(key("ArrowDown"), 9_999, 10_000, 10), 9_999);
  assert.equal(keyTarget(key("PageUp"), 5, 10_000, 10), 0);
  assert.equal(keyTarget(key("PageDown"), 5, 10_000, 10), 15);
  assert.equal(keyTarget(key("a"), 5, 10, 10), null);
  assert.equal(keyTarget(key("ArrowDown", { isComposing: true }), 5, 10, 10), null);
});
