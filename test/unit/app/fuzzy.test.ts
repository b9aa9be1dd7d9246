// The quick switcher's title matching: letters in order after normalisation, contiguous and early
// matches first, the newest first among equals, and the marked ranges in the title as written.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { PostSummary } from "../../../core/contract/index.js";
import { findTitles, foldQuery, foldTitle, matchTitle } from "../../../renderer/browse/index.js";

function post(title: string, date: string): PostSummary {
  return {
    path: `${title}.md`,
    id: null,
    title,
    titled: true,
    date,
    updated: null,
    tags: [],
    draft: false,
    excerpt: "",
    chars: 0,
    hash: "0".repeat(64),
    mtimeMs: 0,
    size: 0,
  };
}

const POSTS = [
  post("鮭のムニエル", "2019-07-20T19:00:00+09:00"),
  post("Kubernetes 勉強会メモ", "2020-02-11T13:00:00+09:00"),
  post("カンファレンス2日目", "2019-07-24T21:30:00+09:00"),
  post("ｶﾝﾌｧﾚﾝｽの準備", "2019-07-01T09:00:00+09:00"),
  post("Kubernetes 入門", "2018-01-01T09:00:00+09:00"),
];

const titles = (query: string) => findTitles(POSTS, query).map((f) => f.post.title);

test("letters in order match, ignoring case, width and kana; others do not", () => {
  assert.deepEqual(titles("kbnts"), ["Kubernetes 勉強会メモ", "Kubernetes 入門"], "a subsequence, newest first among equals");
  assert.deepEqual(titles("むにえる"), ["鮭のムニエル"], "hiragana finds katakana");
  assert.deepEqual(titles("かんふぁれんす"), ["カンファレンス2日目", "ｶﾝﾌｧﾚﾝｽの準備"], "and half-width katakana");
  assert.deepEqual(titles("KUBE めも"), ["Kubernetes 勉強会メモ"], "spaces in the query are ignored");
  assert.deepEqual(titles("xyz"), []);
});

test("a run of the letters ranks above the same letters spread out, and earlier above later", () => {
  const spread = post("Notes: pancakes, lamb and eggs", "2024-01-01T00:00:00Z");
  const together = post("Cake recipes", "2010-01-01T00:00:00Z");
  assert.deepEqual(
    findTitles([spread, together], "cake").map((f) => f.post.title),
    ["Cake recipes", "Notes: pancakes, lamb and eggs"],
  );
});

test("the marked ranges are in the title as written", () => {
  const title = "ｶﾝﾌｧﾚﾝｽの準備";
  const m = matchTitle(foldQuery("カンファ"), foldTitle(title));
  const [from, to] = m?.ranges[0] ?? [0, 0];
  // Half-width runs map back as a whole: the mark covers at least the letters typed, never less.
  assert.ok(from === 0 && title.slice(from, to).startsWith("ｶﾝﾌｧ") && !title.slice(from, to).includes("の"), JSON.stringify(m?.ranges));
  const spread = matchTitle(foldQuery("kbn"), foldTitle("Kubernetes"));
  assert.deepEqual(spread?.ranges, [
    [0, 1],
    [2, 3],
    [5, 6],
  ]);
});

test("an empty query lists the newest posts", () => {
  assert.deepEqual(titles(""), ["Kubernetes 勉強会メモ", "カンファレンス2日目", "鮭のムニエル", "ｶﾝﾌｧﾚﾝｽの準備", "Kubernetes 入門"]);
});
