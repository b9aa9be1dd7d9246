import assert from "node:assert/strict";
import { test } from "node:test";
import { removeTagFromTags, renameTagInTags } from "../../../core/common/tags/index.js";

test("rename keeps the tag's place and the order of the others", () => {
  assert.deepEqual(renameTagInTags(["日記", "k8s", "料理"], "k8s", "kubernetes"), ["日記", "kubernetes", "料理"]);
});

test("rename matches by key: any spelling of the old tag is renamed", () => {
  assert.deepEqual(renameTagInTags(["K8S", "料理"], "#k8s", "kubernetes"), ["kubernetes", "料理"]);
});

test("rename onto a tag the post already has merges them, where the first of the two was", () => {
  assert.deepEqual(renameTagInTags(["k8s", "日記", "Kubernetes"], "k8s", "kubernetes"), ["kubernetes", "日記"]);
  assert.deepEqual(renameTagInTags(["日記", "kubernetes", "料理", "k8s"], "k8s", "kubernetes"), ["日記", "kubernetes", "料理"]);
});

test("renaming to another spelling of the same tag fixes the spelling", () => {
  assert.deepEqual(renameTagInTags(["kubernetes", "日記"], "kubernetes", "Kubernetes"), ["Kubernetes", "日記"]);
});

test("rename moves nested tags with their parent, unless told not to", () => {
  assert.deepEqual(renameTagInTags(["dev", "dev/Frontend", "devops"], "dev", "engineering"), [
    "engineering",
    "engineering/Frontend",
    "devops",
  ]);
  assert.deepEqual(renameTagInTags(["dev/frontend", "engineering/frontend"], "dev", "engineering"), ["engineering/frontend"]);
  assert.deepEqual(renameTagInTags(["dev", "dev/frontend"], "dev", "engineering", { descendants: false }), ["engineering", "dev/frontend"]);
});

test("a post without the tag is unchanged (a copy), and an invalid new name is refused with the reason", () => {
  const tags = ["料理", "🍳"];
  const out = renameTagInTags(tags, "k8s", "kubernetes");
  assert.deepEqual(out, tags);
  assert.notEqual(out, tags);
  assert.throws(
    () => renameTagInTags(tags, "料理", "a,b"),
    (e: unknown) => e instanceof RangeError && /comma/.test(e.message),
  );
  assert.throws(() => renameTagInTags(tags, "料理", "  "), RangeError);
});

test("remove by key keeps order; nested tags stay unless descendants is set", () => {
  assert.deepEqual(removeTagFromTags(["日記", "Kubernetes", "料理"], "kubernetes"), ["日記", "料理"]);
  assert.deepEqual(removeTagFromTags(["dev", "dev/frontend", "devops"], "dev"), ["dev/frontend", "devops"]);
  assert.deepEqual(removeTagFromTags(["dev", "dev/frontend", "devops"], "dev", { descendants: true }), ["devops"]);
  assert.deepEqual(removeTagFromTags(["🍳", "料理"], "🍳"), ["料理"]);
});
