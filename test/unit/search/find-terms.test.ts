// Where a search's words are in a post as written, folded as the index folds them.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findTerms, queryTerms } from "../../../core/common/search/index.js";

const TEXT = "今日はＫ８ｓとムニエルの話。k8s は楽しい。むにえる!";
const found = (query: string) => findTerms(TEXT, queryTerms(query)).map(([a, b]) => TEXT.slice(a, b));

test("words are found in any width, case and kana, at their places in the original", () => {
  assert.deepEqual(found("k8s"), ["Ｋ８ｓ", "k8s"]);
  assert.deepEqual(found("ムニエル"), ["ムニエル", "むにえる"]);
  assert.deepEqual(found("K8S むにえる"), ["Ｋ８ｓ", "ムニエル", "k8s", "むにえる"]);
});

test("qualifiers are not words; a phrase is found whole; nothing for no words", () => {
  assert.deepEqual(found('"の話" tag:料理 after:2019'), ["の話"]);
  assert.deepEqual(found("tag:料理"), []);
  assert.deepEqual(findTerms("", ["a"]), []);
});
