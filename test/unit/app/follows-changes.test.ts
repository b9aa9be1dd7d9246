// The search index and tag catalog of the open journal follow every change: the app's own saves
// (new title → renamed file), deletions and restores, and files changed, renamed or deleted by other
// programs (the watcher).
import assert from "node:assert/strict";
import { mkdir, rename, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { openApp, waitFor, type TestApp } from "./helpers.js";

/** The paths a search finds. */
async function found(t: TestApp, query: string): Promise<string[]> {
  return (await t.call("search", { query, limit: 0 })).paths;
}

/** The count of a top-level tag in the tag list, or 0. */
async function tagCount(t: TestApp, tag: string): Promise<number> {
  return (await t.call("listTags", {})).tree.find((n) => n.tag === tag)?.count ?? 0;
}

test("the index follows the app's own writes: create, save, rename after title, delete, restore", async () => {
  const t = await openApp();
  const post = await t.call("createPost", { title: "", body: "" });
  assert.deepEqual(await found(t, "ムニエル"), []);

  let saved = await t.call("savePost", {
    path: post.path,
    baseHash: post.hash,
    title: "鮭のムニエル",
    body: "バターが焦げた。",
    tags: ["料理", "失敗"],
  });
  assert.equal(saved.status, "saved");
  if (saved.status !== "saved") return;
  const first = saved.post.path;
  assert.notEqual(first, post.path, "a new post's file follows its title");
  assert.deepEqual(await found(t, "ﾑﾆｴﾙ"), [first], "half-width katakana finds the title as soon as the save returns");
  assert.deepEqual(await found(t, "tag:料理 ばたー"), [first], "tags and hiragana for katakana");
  assert.equal(await tagCount(t, "料理"), 1);

  saved = await t.call("savePost", {
    path: first,
    baseHash: saved.post.hash,
    title: "鮭のステーキ",
    body: "今度はうまく焼けた。",
    tags: ["料理"],
  });
  assert.equal(saved.status, "saved");
  if (saved.status !== "saved") return;
  const second = saved.post.path;
  assert.notEqual(second, first);
  assert.deepEqual(await found(t, "ムニエル"), [], "the old title and body are forgotten");
  assert.deepEqual(await found(t, "焦げ"), []);
  assert.deepEqual(await found(t, "ステーキ 焼けた"), [second], "the renamed file is found under its new path only");
  assert.equal(await tagCount(t, "失敗"), 0, "a tag no post carries any more is gone");

  await t.call("deletePost", { path: second });
  assert.deepEqual(await found(t, "ステーキ"), []);
  assert.equal(await tagCount(t, "料理"), 0);
  const [trashed] = await t.call("listTrash", {});
  assert.ok(trashed);
  await t.call("restorePost", { trashPath: trashed.trashPath });
  assert.deepEqual(await found(t, "ステーキ"), [second], "restored posts are found again");
  assert.equal(await tagCount(t, "料理"), 1);
});

test("the index follows other programs: a file written, edited, renamed and deleted on disk", async () => {
  const t = await openApp();
  const dir = path.join(t.journalDir, "notes");
  await mkdir(dir, { recursive: true });
  const a = path.join(dir, "envoy.md");
  await writeFile(a, "---\ntitle: Envoy のセッション\ntags: [conference, kubernetes]\n---\n\nサイドカーの話。\n");
  await waitFor(async () => (await found(t, "さいどかー")).length === 1, "the new file to be found");
  assert.deepEqual(await found(t, "tag:Kubernetes envoy"), ["notes/envoy.md"]);
  assert.equal(await tagCount(t, "conference"), 1);

  await writeFile(a, "---\ntitle: Envoy のセッション\ntags: [conference]\n---\n\nxDS の話。\n");
  await waitFor(async () => (await found(t, "xds")).length === 1, "the edit to be found");
  assert.deepEqual(await found(t, "サイドカー"), [], "the old text is gone");
  assert.equal(await tagCount(t, "kubernetes"), 0);

  await rename(a, path.join(dir, "envoy-2019.md"));
  await waitFor(async () => (await found(t, "xds")).join() === "notes/envoy-2019.md", "the renamed file to be found under its new path");

  await unlink(path.join(dir, "envoy-2019.md"));
  await waitFor(async () => (await found(t, "xds")).length === 0, "the deleted file to be forgotten");
  assert.equal(await tagCount(t, "conference"), 0);
});

test("a search right after opening waits for the index; tags and suggestions are ready at once", async () => {
  const t0 = await openApp();
  for (let i = 0; i < 40; i++)
    await writeFile(
      path.join(t0.journalDir, `p${i}.md`),
      `---\ntitle: 投稿${i}\ntags: [${i % 2 ? "kubernetes" : "Kubernetes"}, 日記]\n---\n\n本文${i} ムニエル\n`,
    );
  await t0.app.close();
  const t = await openApp(t0.journalDir);
  const tags = await t.call("listTags", { sort: "count" });
  assert.equal(tags.posts, 40);
  // Both spellings are one tag. Which is shown depends on which post is seen first; files written in
  // the same millisecond have no fixed order, so the core's unit tests check that rule, not this one.
  const kube = tags.tree[0]?.tag ?? "";
  assert.match(kube, /^[Kk]ubernetes$/);
  assert.deepEqual(
    tags.tree.map((n) => [n.tag, n.count]),
    [
      [kube, 40],
      ["日記", 40],
    ],
    "one tag per key",
  );
  const suggestions = await t.call("suggestTags", { prefix: "k8", exclude: [] });
  assert.equal(suggestions[0]?.tag, kube, "k8 suggests kubernetes (numeronym)");
  assert.deepEqual(await t.call("suggestTags", { prefix: "にっ", exclude: ["日記"] }), [], "excluded tags are not offered");
  assert.equal((await t.call("search", { query: "むにえる" })).total, 40);
});
