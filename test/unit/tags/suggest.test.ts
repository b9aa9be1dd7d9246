import assert from "node:assert/strict";
import { test } from "node:test";
import { numeronymMatches, numeronymOf, TagCatalog } from "../../../core/common/tags/index.js";

const catalog = TagCatalog.from([
  { path: "1", tags: ["kubernetes", "TypeScript", "dev/frontend", "カメラ", "observability"] },
  { path: "2", tags: ["kubernetes", "internationalization", "accessibility", "k3s-cluster", "かめら散歩"] },
  { path: "3", tags: ["kubernetes", "kube-proxy", "日記", "cloud-native"] },
]);
const suggest = (input: string, exclude?: string[]): string[] => catalog.suggest(input, exclude ? { exclude } : {}).map((s) => s.tag);

test("numeronyms: k8s is kubernetes, i18n internationalization, a11y accessibility, o11y observability", () => {
  assert.equal(numeronymOf("kubernetes"), "k8s");
  assert.equal(numeronymOf("internationalization"), "i18n");
  assert.equal(numeronymOf("accessibility"), "a11y");
  assert.equal(numeronymOf("observability"), "o11y");
  assert.equal(numeronymOf("go"), null);
  assert.ok(numeronymMatches("k8", "kubernetes"));
  assert.ok(!numeronymMatches("k9", "kubernetes"));
  assert.ok(numeronymMatches("kubernetes", "k8s"));
});

test("typing k8 or k8s offers kubernetes; i18n, a11y and o11y find their words", () => {
  assert.deepEqual(suggest("k8"), ["kubernetes"]);
  assert.deepEqual(suggest("k8s"), ["kubernetes"]);
  assert.deepEqual(suggest("ｋ８"), ["kubernetes"], "full-width typing works");
  assert.deepEqual(suggest("i18n"), ["internationalization"]);
  assert.deepEqual(suggest("a11y"), ["accessibility"]);
  assert.deepEqual(suggest("o11"), ["observability"]);
});

test("prefix matches come first, most used first, then word and level prefixes", () => {
  const s = catalog.suggest("k");
  assert.deepEqual(
    s.map((x) => [x.tag, x.match]),
    [
      ["kubernetes", "prefix"],
      ["k3s-cluster", "prefix"],
      ["kube-proxy", "prefix"],
    ],
  );
  assert.deepEqual(suggest("front"), ["dev/frontend"]);
  assert.deepEqual(suggest("native"), ["cloud-native"]);
  assert.deepEqual(suggest("DEV/"), ["dev/frontend"]);
  assert.deepEqual(suggest("#Type"), ["TypeScript"]);
});

test("parents of nested tags are suggested too", () => {
  assert.deepEqual(suggest("de"), ["dev", "dev/frontend"]);
});

test("hiragana finds katakana tags and katakana finds hiragana ones (half-width too)", () => {
  assert.deepEqual(suggest("かめ"), ["カメラ", "かめら散歩"]);
  assert.deepEqual(suggest("カメラ"), ["カメラ", "かめら散歩"]);
  assert.deepEqual(suggest("ｶﾒﾗ"), ["カメラ", "かめら散歩"]);
  assert.deepEqual(suggest("日"), ["日記"]);
});

test("letters in order from the start of a word: tscr → TypeScript", () => {
  const s = catalog.suggest("tscr");
  assert.deepEqual(
    s.map((x) => [x.tag, x.match]),
    [["TypeScript", "subsequence"]],
  );
  assert.deepEqual(suggest("zzz"), []);
});

test("tags already on the post are not offered; an empty input offers the most used", () => {
  assert.deepEqual(suggest("k", ["Kubernetes"]), ["k3s-cluster", "kube-proxy"]);
  assert.equal(suggest("")[0], "kubernetes");
  assert.equal(catalog.suggest("", { limit: 3 }).length, 3);
});
