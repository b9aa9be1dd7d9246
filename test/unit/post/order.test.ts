// The one post order: every sort of the list, the search results and the quick switcher agree.
import assert from "node:assert/strict";
import { test } from "node:test";
import { POST_SORTS, comparePosts, insertionIndex, sortPosts, type Sortable } from "../../../core/common/post/index.js";

const post = (path: string, title: string, date: string | null, updated: string | null = null, mtimeMs = 0): Sortable => ({
  path,
  title,
  date,
  updated,
  mtimeMs,
});
const POSTS = [
  post("b.md", "肉じゃが", "2019-08-02T19:00:00+09:00", "2019-08-03T08:00:00+09:00"),
  post("a.md", "カンファレンス2日目", "2019-07-24T21:30:00+09:00", "2019-09-01T00:00:00+09:00"),
  post("c.md", "", null, null, Date.parse("2019-07-30T00:00:00Z")),
  post("d.md", "第10回", "2019-08-02T10:00:00Z"),
  post("e.md", "第9回", "2019-08-02T10:00:00Z"),
];
const paths = (ps: Sortable[]) => ps.map((p) => p.path);

test("newest first by date, an undated post by its file time; equal times by path; oldest is the exact reverse", () => {
  assert.deepEqual(paths(sortPosts(POSTS, "newest")), ["b.md", "d.md", "e.md", "c.md", "a.md"]);
  assert.deepEqual(paths(sortPosts(POSTS, "oldest")), ["a.md", "c.md", "e.md", "d.md", "b.md"]);
});

test("by last update (newest first, then by date); by title as a Japanese reader expects, untitled last", () => {
  assert.deepEqual(paths(sortPosts(POSTS, "updated")), ["a.md", "b.md", "c.md", "d.md", "e.md"], "no updated: by file time (d and e: 0)");
  assert.deepEqual(paths(sortPosts(POSTS, "title")), ["a.md", "e.md", "d.md", "b.md", "c.md"], "第9回 before 第10回; untitled last");
});

test("the keyed sort and the comparator agree for every order; insertion keeps the order", () => {
  for (const sort of POST_SORTS) {
    const sorted = sortPosts(POSTS, sort);
    assert.deepEqual(paths([...POSTS].sort(comparePosts(sort))), paths(sorted), sort);
    const without = sorted.filter((p) => p.path !== "c.md");
    const at = insertionIndex(without, POSTS[2]!, sort);
    assert.deepEqual(paths([...without.slice(0, at), POSTS[2]!, ...without.slice(at)]), paths(sorted), `insert in ${sort}`);
  }
});
