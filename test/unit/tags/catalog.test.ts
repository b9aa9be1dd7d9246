import assert from "node:assert/strict";
import { test } from "node:test";
import { TagCatalog, type TagNode } from "../../../core/common/tags/index.js";

const posts = [
  { path: "a.md", tags: ["Kubernetes", "dev/frontend", "日記"] },
  { path: "b.md", tags: ["kubernetes", "dev", "dev/frontend"] },
  { path: "c.md", tags: ["dev/backend", "料理", "🍳"] },
  { path: "d.md", tags: [] },
  { path: "e.md", tags: ["KUBERNETES", "kubernetes"] },
  { path: "f.md", tags: ["  ", "#"] },
];

const shape = (nodes: TagNode[]): unknown => nodes.map((n) => [n.tag, n.count, n.total, shape(n.children)]);

test("counts posts per tag by key; the first spelling seen is shown; repeats in a post count once", () => {
  const c = TagCatalog.from(posts);
  assert.equal(c.postCount, 6);
  assert.deepEqual(c.get("KUBERNETES"), { tag: "Kubernetes", key: "kubernetes", count: 3, total: 3 });
  assert.equal(c.get("#日記")?.count, 1);
  assert.equal(c.get("nothing"), undefined);
});

test("untagged posts are counted, blank tags do not make a post tagged", () => {
  assert.equal(TagCatalog.from(posts).untagged, 2);
});

test("tree: a parent's total counts each post with it or anything under it once; a parent only implied by children is a node", () => {
  const c = TagCatalog.from(posts);
  const tree = c.tree("count");
  assert.deepEqual(
    shape(tree),
    [
      [
        "dev",
        1,
        3,
        [
          ["frontend", 2, 2, []],
          ["backend", 1, 1, []],
        ].map(([name, count, total, kids]) => [`dev/${name as string}`, count, total, kids]),
      ],
      ["Kubernetes", 3, 3, []],
      ["🍳", 1, 1, []],
      ["日記", 1, 1, []],
      ["料理", 1, 1, []],
    ].sort((a, b) => (b[2] as number) - (a[2] as number)),
  );
  const dev = tree.find((n) => n.key === "dev");
  assert.equal(dev?.children[0]?.name, "frontend");
  const onlyNested = TagCatalog.from([{ path: "x.md", tags: ["Life/Family"] }]);
  assert.deepEqual(
    onlyNested.tree().map((n) => [n.tag, n.count, n.total]),
    [["Life", 0, 1]],
  );
  assert.deepEqual(
    onlyNested.list().map((t) => t.tag),
    ["Life/Family"],
    "list() holds only tags posts carry",
  );
});

test("sort by name uses Japanese collation (kana in gojūon order) and numbers by value", () => {
  const c = TagCatalog.from([{ path: "1", tags: ["ラーメン", "あさごはん", "カメラ", "day10", "day2", "Apple", "うどん"] }]);
  assert.deepEqual(
    c.list("name").map((t) => t.tag),
    ["Apple", "day2", "day10", "あさごはん", "うどん", "カメラ", "ラーメン"],
  );
});

test("sort by count: most used first, ties by name", () => {
  const c = TagCatalog.from(posts);
  assert.deepEqual(
    c
      .list("count")
      .slice(0, 2)
      .map((t) => [t.tag, t.count]),
    [
      ["Kubernetes", 3],
      ["dev/frontend", 2],
    ],
  );
});

test("set replaces a post's tags and delete forgets it; spelling follows the posts still using it", () => {
  const c = TagCatalog.from(posts);
  c.delete("a.md");
  assert.equal(c.get("kubernetes")?.tag, "kubernetes", "the first spelling left in use");
  assert.equal(c.get("日記"), undefined);
  c.set("b.md", ["料理"]);
  assert.deepEqual(c.get("dev"), { tag: "dev", key: "dev", count: 0, total: 1 }, "only c.md's dev/backend is left under dev");
  c.set("c.md", []);
  assert.equal(c.get("dev"), undefined);
  assert.equal(c.untagged, 3);
  assert.equal(c.get("料理")?.count, 1);
  assert.equal(c.delete("nope.md"), false);
  assert.equal(c.postCount, 5);
});
