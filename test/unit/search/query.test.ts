import assert from "node:assert/strict";
import { test } from "node:test";
import { parseDay, parseQuery } from "../../../core/common/search/index.js";

test("terms are split on spaces, the ideographic space too, and normalised", () => {
  assert.deepEqual(parseQuery("Kubernetes　設計 ｶﾀｶﾅ").terms, ["kubernetes", "かたかな", "設計"]);
  assert.deepEqual(parseQuery("  ").terms, []);
});

test("a quoted phrase is one term; full-width and curly quotes work; an unclosed quote runs to the end", () => {
  assert.deepEqual(parseQuery('"spring boot" grafana').terms, ["spring boot", "grafana"]);
  assert.deepEqual(parseQuery("＂Spring Boot＂").terms, ["spring boot"]);
  assert.deepEqual(parseQuery("“spring boot”").terms, ["spring boot"]);
  assert.deepEqual(parseQuery('"spring boo').terms, ["spring boo"]);
  assert.deepEqual(parseQuery('""').terms, []);
});

test("repeated terms and terms inside longer ones are dropped (they change nothing)", () => {
  assert.deepEqual(parseQuery("kube kubernetes KUBE ネテ").terms, ["kubernetes", "ねて"]);
});

test("tag: takes a tag key (case, width, # ignored); quoted for spaces", () => {
  const q = parseQuery('tag:Dev/Frontend ｔａｇ：日記 tag:"book review" TAG:#K8S');
  assert.deepEqual(q.tags, ["dev/frontend", "日記", "book review", "k8s"]);
  assert.deepEqual(q.terms, []);
  assert.deepEqual(q.errors, []);
});

test("after: is inclusive and before: exclusive, on calendar days; partial dates mean their first day", () => {
  assert.deepEqual([parseQuery("after:2019-07-24").after, parseQuery("before:2019/7/1").before], ["2019-07-24", "2019-07-01"]);
  const q = parseQuery("after:2019 before:2020 after:2019-03 before:2019-12-25");
  assert.equal(q.after, "2019-03-01", "the later after: wins");
  assert.equal(q.before, "2019-12-25", "the earlier before: wins");
  assert.equal(parseDay("2019-02-29"), null);
  assert.equal(parseDay("2020-02-29"), "2020-02-29");
  assert.equal(parseDay("2019-13-01"), null);
});

test("is:draft", () => {
  assert.equal(parseQuery("is:draft").draft, true);
  assert.equal(parseQuery("IS:Draft memo").draft, true);
  assert.equal(parseQuery("memo").draft, false);
});

test("malformed qualifiers are errors that point at the token", () => {
  const q = parseQuery("memo before:yesterday tag: is:done tag:a,b");
  assert.deepEqual(
    q.errors.map((e) => [e.from, e.to]),
    [
      [5, 21],
      [22, 26],
      [27, 34],
      [35, 42],
    ],
  );
  assert.match(q.errors[0]?.message ?? "", /before: needs a date like before:2019-07-24/);
  assert.match(q.errors[1]?.message ?? "", /tag: needs a tag name/);
  assert.match(q.errors[2]?.message ?? "", /is:draft/);
  assert.match(q.errors[3]?.message ?? "", /comma/);
});

test("other word:value tokens and quoted qualifiers are plain terms", () => {
  assert.deepEqual(parseQuery("https://example.com note:x").terms, ["https://example.com", "note:x"]);
  const q = parseQuery('"tag:dev"');
  assert.deepEqual([q.terms, q.tags], [["tag:dev"], []]);
  assert.deepEqual(parseQuery("#42").terms, ["#42"], "a hashtag is text, not a tag filter");
});
