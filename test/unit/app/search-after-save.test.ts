// A search sees every write the app was asked for before it: a save still on its way when the search
// arrives (the renderer sends both at once), and saves that land while the index is being built.
import assert from "node:assert/strict";
import { test } from "node:test";
import { generateJournal, openApp, tempDir, type TestApp } from "./helpers.js";

/** The paths a search finds. */
async function found(t: TestApp, query: string): Promise<string[]> {
  return (await t.call("search", { query, limit: 0 })).paths;
}

test("a search sent while a save is on its way finds what the save wrote", async () => {
  const t = await openApp();
  const post = await t.call("createPost", { title: "", body: "" });
  const saving = t.call("savePost", { path: post.path, baseHash: post.hash, title: "旅の記録", body: "これは日本語の本文です。" });
  const searching = found(t, "日本語");
  const saved = await saving;
  assert.equal(saved.status, "saved");
  if (saved.status !== "saved") return;
  assert.deepEqual(await searching, [saved.post.path], "the search waited for the save");

  const tagging = t.call("savePost", {
    path: saved.post.path,
    baseHash: saved.post.hash,
    title: "旅の記録",
    body: "これは日本語の本文です。",
    tags: ["旅行"],
  });
  const byTag = t.call("search", { query: "日本語 tag:旅行", limit: 0 });
  const tagged = await tagging;
  assert.equal(tagged.status, "saved");
  assert.deepEqual((await byTag).paths, [saved.post.path], "a search sent during the tag save sees the new tag");
  assert.equal((await t.call("listTags", {})).tree.find((n) => n.tag === "旅行")?.count, 1);
});

test("saves and new posts that land while the index is built in the background are found after it", async () => {
  const dir = await tempDir();
  generateJournal(dir, 400);
  const t = await openApp(dir);
  const posts = await t.call("listPosts", {});
  const words = ["ゆにーく壱", "ゆにーく弐"];
  const expected: string[] = [];
  for (const [i, word] of words.entries()) {
    const target = posts[i * 150];
    assert.ok(target);
    const p = await t.call("readPost", { path: target.path });
    const r = await t.call("savePost", { path: p.path, baseHash: p.hash, title: p.title, body: `${p.body}\n\n${word}\n` });
    assert.equal(r.status, "saved");
    if (r.status === "saved") expected.push(r.post.path);
  }
  const created = await t.call("createPost", { title: "新しい記事", body: words[0] });
  assert.deepEqual((await found(t, words[0] as string)).sort(), [expected[0], created.path].sort());
  assert.deepEqual(await found(t, words[1] as string), [expected[1]]);
});
