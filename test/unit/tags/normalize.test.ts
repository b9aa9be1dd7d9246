import assert from "node:assert/strict";
import { test } from "node:test";
import { isTagOrDescendant, MAX_TAG_LENGTH, normalizeTag, readTag, tagAndAncestors, tagKey } from "../../../core/common/tags/index.js";

const ok = (raw: string): { tag: string; key: string } => {
  const r = normalizeTag(raw);
  assert.ok(r.ok, `expected ${JSON.stringify(raw)} to be a tag, got ${r.ok ? "" : r.reason}`);
  return { tag: r.tag, key: r.key };
};
const refused = (raw: string): string => {
  const r = normalizeTag(raw);
  assert.ok(!r.ok, `expected ${JSON.stringify(raw)} to be refused`);
  return r.problem;
};

test("a typed tag is trimmed, loses one leading #, and keeps its case for display", () => {
  assert.deepEqual(ok("  #Kubernetes  "), { tag: "Kubernetes", key: "kubernetes" });
  assert.deepEqual(ok("# 料理"), { tag: "料理", key: "料理" });
  assert.deepEqual(ok("C#"), { tag: "C#", key: "c#" });
  assert.equal(ok("##double").tag, "#double");
});

test("Kubernetes, kubernetes and full-width ＫＵＢＥＲＮＥＴＥＳ are one tag (same key)", () => {
  assert.equal(ok("Kubernetes").key, ok("kubernetes").key);
  assert.equal(ok("ＫＵＢＥＲＮＥＴＥＳ").key, "kubernetes");
  assert.equal(ok("ＫＵＢＥＲＮＥＴＥＳ").tag, "KUBERNETES");
  assert.equal(ok("ｋ８ｓ").tag, "k8s");
});

test("half-width katakana become full-width (NFKC); Japanese, emoji and accents are kept", () => {
  assert.equal(ok("ｶﾒﾗ").tag, "カメラ");
  assert.equal(ok("ｶﾞｲﾄﾞ").tag, "ガイド");
  assert.deepEqual(ok("🍳"), { tag: "🍳", key: "🍳" });
  assert.deepEqual(ok("日記"), { tag: "日記", key: "日記" });
  assert.deepEqual(ok("Café"), { tag: "Café", key: "café" });
  assert.equal(ok("Cafe\u0301").tag, "Café", "a decomposed accent is composed");
  assert.equal(ok("❤️").key, ok("❤").key, "an emoji with or without its variation selector is one tag");
});

test("inner white space (the ideographic space too) collapses to one space", () => {
  assert.equal(ok("book \u3000 review").tag, "book review");
  assert.equal(ok("spring\tboot").tag, "spring boot");
});

test("nested tags: levels split by /, each trimmed", () => {
  assert.deepEqual(ok("dev / Frontend"), { tag: "dev/Frontend", key: "dev/frontend" });
  assert.deepEqual(ok("life/家族/お出かけ"), { tag: "life/家族/お出かけ", key: "life/家族/お出かけ" });
});

test("refused with a reason: empty, line breaks, commas (also full-width and 、), control characters, empty levels, too long", () => {
  assert.equal(refused(""), "empty");
  assert.equal(refused("   "), "empty");
  assert.equal(refused("#"), "empty");
  assert.equal(refused("two\nlines"), "line-break");
  assert.equal(refused("a,b"), "comma");
  assert.equal(refused("料理，日記"), "comma");
  assert.equal(refused("料理、日記"), "comma");
  assert.equal(refused("bell\u0007"), "control");
  assert.equal(refused("dev//frontend"), "empty-level");
  assert.equal(refused("/dev"), "empty-level");
  assert.equal(refused("dev/"), "empty-level");
  assert.equal(refused("dev/ /x"), "empty-level");
  assert.equal(refused("x".repeat(MAX_TAG_LENGTH + 1)), "too-long");
  assert.ok(normalizeTag("🍳".repeat(MAX_TAG_LENGTH)).ok, "length counts characters, not UTF-16 units");
  const r = normalizeTag("a,b");
  assert.ok(!r.ok && /comma/.test(r.reason));
});

test("readTag is lenient with what files hold, and agrees with normalizeTag on valid tags", () => {
  assert.deepEqual(readTag("dev//frontend/"), { tag: "dev/frontend", key: "dev/frontend" });
  assert.deepEqual(readTag("two\nlines"), { tag: "two lines", key: "two lines" });
  assert.deepEqual(readTag("a,b"), { tag: "a,b", key: "a,b" });
  assert.equal(readTag(" # "), null);
  for (const raw of ["#Kubernetes", "dev / Frontend", "ｶﾒﾗ", "🍳", "book  review"]) {
    const strict = normalizeTag(raw);
    assert.ok(strict.ok);
    assert.deepEqual(readTag(raw), { tag: strict.tag, key: strict.key });
  }
  assert.equal(tagKey("#ＤＤＤ"), "ddd");
});

test("ancestors and nesting", () => {
  assert.deepEqual(tagAndAncestors("a/b/c"), ["a", "a/b", "a/b/c"]);
  assert.deepEqual(tagAndAncestors("solo"), ["solo"]);
  assert.ok(isTagOrDescendant("dev/frontend", "dev"));
  assert.ok(isTagOrDescendant("dev", "dev"));
  assert.ok(!isTagOrDescendant("devops", "dev"));
  assert.ok(!isTagOrDescendant("dev", "dev/frontend"));
});
