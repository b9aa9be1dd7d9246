import assert from "node:assert/strict";
import { test } from "node:test";
import { SearchIndex, type SearchablePost } from "../../../core/common/search/index.js";

const post = (path: string, date: string | null, title: string, body: string, tags: string[] = [], draft = false): SearchablePost => ({
  path,
  date,
  title,
  body,
  tags,
  draft,
});

const POSTS = [
  post("a.md", "2019-07-24T21:30:00+09:00", "カンファレンス2日目", "Kubernetes の話。ｋ８ｓ と書く人もいる。\n\nサーバーの設計について。", [
    "conference",
    "dev/infra",
  ]),
  post("b.md", "2019-07-23T10:00:00+09:00", "初日のメモ", "ｶﾀｶﾅで書いたメモ。Spring Boot を使った。", ["conference"]),
  post("c.md", "2020-01-05T08:00:00+09:00", "かたかなの練習", "ひらがなで かたかな と書いた。", ["日記"]),
  post("d.md", "2018-12-31T23:59:59+09:00", "Spring の下書き", "spring\nboot は改行で分かれている。", ["dev/frontend"], true),
  post("e.md", null, "日付なし", "no date here, Kubernetes again", []),
];

const paths = (index: SearchIndex, q: string): string[] => index.search(q, { limit: Infinity }).hits.map((h) => h.path);

test("ｋ８ｓ finds k8s and K8S; case does not matter", () => {
  const index = SearchIndex.from([...POSTS, post("f.md", "2021-01-01", "K8S cluster", "")]);
  assert.deepEqual(paths(index, "ｋ８ｓ"), ["f.md", "a.md"]);
  assert.deepEqual(paths(index, "k8s"), ["f.md", "a.md"]);
  assert.deepEqual(paths(index, "KUBERNETES"), ["a.md", "e.md"]);
});

test("ｶﾀｶﾅ, カタカナ and かたかな find each other", () => {
  const index = SearchIndex.from(POSTS);
  for (const q of ["ｶﾀｶﾅ", "カタカナ", "かたかな"]) assert.deepEqual(paths(index, q), ["c.md", "b.md"], q);
});

test("every term must occur (in the title, the body or a tag); results are newest first, undated last", () => {
  const index = SearchIndex.from(POSTS);
  assert.deepEqual(paths(index, "kubernetes 設計"), ["a.md"]);
  assert.deepEqual(paths(index, "conference"), ["a.md", "b.md"], "a tag's text is searched");
  assert.deepEqual(paths(index, "dev/"), ["a.md", "d.md"]);
  assert.deepEqual(paths(index, "の"), ["c.md", "a.md", "b.md", "d.md"]);
  assert.deepEqual(paths(index, "zzz"), []);
});

test("a quoted phrase must occur as written, spaces included; a term never spans a line break or two fields", () => {
  const index = SearchIndex.from(POSTS);
  assert.deepEqual(paths(index, '"spring boot"'), ["b.md"]);
  assert.deepEqual(paths(index, "spring boot"), ["b.md", "d.md"]);
  assert.deepEqual(paths(index, "目kubernetes"), [], "title and body are separate");
});

test("single characters are found (kanji, kana, a letter, an emoji)", () => {
  const index = SearchIndex.from([...POSTS, post("g.md", "2022-02-02", "朝ごはん🍳", "")]);
  assert.deepEqual(paths(index, "🍳"), ["g.md"]);
  assert.deepEqual(paths(index, "練"), ["c.md"]);
  assert.deepEqual(paths(index, "ﾒ"), ["b.md"], "half-width ﾒ is め");
});

test("qualifiers: tag: (nested too), after: inclusive, before: exclusive, is:draft", () => {
  const index = SearchIndex.from(POSTS);
  assert.deepEqual(paths(index, "tag:dev"), ["a.md", "d.md"]);
  assert.deepEqual(paths(index, "tag:DEV/Infra"), ["a.md"]);
  assert.deepEqual(paths(index, "tag:conference tag:dev"), ["a.md"]);
  assert.deepEqual(paths(index, "tag:de"), [], "a tag is matched whole, not by prefix");
  assert.deepEqual(paths(index, "after:2019-07-24"), ["c.md", "a.md"]);
  assert.deepEqual(paths(index, "before:2019-07-24"), ["b.md", "d.md"]);
  assert.deepEqual(paths(index, "after:2019-07 before:2019-08"), ["a.md", "b.md"]);
  assert.deepEqual(paths(index, "after:2000"), ["c.md", "a.md", "b.md", "d.md"], "undated posts never match a date");
  assert.deepEqual(paths(index, "is:draft"), ["d.md"]);
  assert.deepEqual(paths(index, "spring is:draft"), ["d.md"]);
});

test("an empty query lists every post; a malformed qualifier lists none and says why", () => {
  const index = SearchIndex.from(POSTS);
  assert.equal(index.search("").total, 5);
  const r = index.search("kubernetes before:someday");
  assert.deepEqual([r.total, r.hits.length], [0, 0]);
  assert.match(r.errors[0]?.message ?? "", /before: needs a date/);
});

test("snippets show the original text around the first body match, with the matches marked", () => {
  const index = SearchIndex.from(POSTS);
  const [hit] = index.search("K8S サーバー").hits;
  assert.ok(hit);
  const s = hit.snippet;
  assert.equal(s.text, "Kubernetes の話。ｋ８ｓ と書く人もいる。  サーバーの設計について。");
  assert.deepEqual(
    s.ranges.map(([a, b]) => s.text.slice(a, b)),
    ["ｋ８ｓ", "サーバー"],
  );
  assert.deepEqual([s.cutBefore, s.cutAfter], [false, false]);
  assert.equal(hit.inTitle, false);
  assert.equal(hit.inBody, true);
});

test("a title match is flagged and marked; the snippet then starts the body", () => {
  const index = SearchIndex.from(POSTS);
  const [hit] = index.search("カンファレンス").hits;
  assert.ok(hit);
  assert.equal(hit.title, "カンファレンス2日目");
  assert.deepEqual([hit.inTitle, hit.inBody, hit.inTags], [true, false, false]);
  assert.deepEqual(hit.titleRanges, [[0, 7]]);
  assert.equal(hit.snippet.text.slice(0, 10), "Kubernetes");
  assert.deepEqual(hit.snippet.ranges, []);
  const [tagged] = index.search("日記").hits;
  assert.deepEqual([tagged?.path, tagged?.inTags], ["c.md", true]);
});

test("long bodies give a snippet of about SNIPPET_LENGTH around the match, cut at both ends", () => {
  const body = "前置き。".repeat(50) + "\n- 本題は Ｇｒａｆａｎａ のダッシュボード" + "。後書き".repeat(50);
  const index = SearchIndex.from([post("long.md", "2020-01-01", "長い", body)]);
  const s = index.search("grafana").hits[0]?.snippet;
  assert.ok(s);
  assert.ok(s.text.startsWith("- 本題は"), "starts at the line of the match");
  assert.ok(s.text.length >= 70 && s.text.length <= 90, `length ${s.text.length}`);
  assert.deepEqual(
    s.ranges.map(([a, b]) => s.text.slice(a, b)),
    ["Ｇｒａｆａｎａ"],
  );
  assert.deepEqual([s.cutBefore, s.cutAfter], [true, true]);
});

test("changes: add, update (same path) and remove are searchable at once", () => {
  const index = SearchIndex.from(POSTS);
  assert.deepEqual(paths(index, "kubernetes"), ["a.md", "e.md"]);
  index.add(post("new.md", "2025-01-01", "新しい", "Kubernetes 1.30"));
  index.update({ ...POSTS[0]!, body: "書き直した。" });
  index.remove("e.md");
  assert.deepEqual(paths(index, "kubernetes"), ["new.md"]);
  assert.deepEqual(paths(index, "書き直"), ["a.md"]);
  assert.equal(index.size, 5);
  assert.equal(index.has("e.md"), false);
  assert.equal(index.remove("e.md"), false);
});

test("paging: offset and limit cut the hits, total counts them all", () => {
  const index = SearchIndex.from(
    Array.from({ length: 30 }, (_, i) => post(`p${i}.md`, `2020-01-${String(i + 1).padStart(2, "0")}`, `memo ${i}`, "本文")),
  );
  const r = index.search("memo", { offset: 5, limit: 3 });
  assert.equal(r.total, 30);
  assert.deepEqual(
    r.hits.map((h) => h.path),
    ["p24.md", "p23.md", "p22.md"],
  );
});

test("characters at the very start and end of each field are found, alone and in pairs", () => {
  const both = (index: SearchIndex): void => {
    for (const q of ["鯛", "鮪", "鰻", "鯖", "鯛鰆", "鰆鮪", "鰻鯖", "鯵"]) assert.deepEqual(paths(index, q), ["edge.md"], q);
    assert.deepEqual(paths(index, "鮪鯵"), [], "title and body are separate");
  };
  const posts = [
    post("edge.md", "2020-01-01", "鯛鰆鮪", "鯵", ["鰻鯖"]),
    ...Array.from({ length: 300 }, (_, i) => post(`f${i}.md`, "2019-01-01", "filler", "本文")),
  ];
  const index = SearchIndex.from(posts);
  index.build();
  both(index);
  const fresh = new SearchIndex();
  fresh.add(posts[0]!);
  both(fresh);
});
