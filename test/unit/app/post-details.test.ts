// Post details and the trash through the contract: arguments are checked, and search and tags follow
// a post renamed, made a draft, discarded or deleted for good.
import assert from "node:assert/strict";
import { test } from "node:test";
import { openApp, type TestApp } from "./helpers.js";

async function found(t: TestApp, query: string): Promise<string[]> {
  return (await t.call("search", { query, limit: 0 })).paths;
}

test("updatePostMeta: a bad date is refused by the contract; a rename and a draft reach search", async () => {
  const t = await openApp();
  const made = await t.call("createPost", { title: "旅の記録", body: "京都で抹茶を飲んだ。" });
  await assert.rejects(
    t.call("updatePostMeta", { path: made.path, baseHash: made.hash, date: "July 24th" }),
    (e: { code?: string }) => e.code === "invalid-argument",
  );
  const r = await t.call("updatePostMeta", {
    path: made.path,
    baseHash: made.hash,
    slug: "kyoto",
    draft: true,
    date: "2019-07-24T21:30:00+09:00",
  });
  assert.equal(r.status, "saved");
  if (r.status !== "saved") return;
  assert.match(r.post.path, /\/kyoto\.md$/);
  assert.deepEqual(await found(t, "抹茶"), [r.post.path], "search finds it at its new path only");
  assert.deepEqual(await found(t, "is:draft"), [r.post.path]);
  assert.deepEqual(await found(t, "after:2019-07-24 before:2019-07-25"), [r.post.path]);
  const stale = await t.call("updatePostMeta", { path: r.post.path, baseHash: made.hash, draft: false });
  assert.equal(stale.status, "conflict", "a stale base hash is a conflict");
});

test("discardPost removes a New post left empty (search forgets it); purge and empty delete trashed posts for good", async () => {
  const t = await openApp();
  const empty = await t.call("createPost", {});
  assert.deepEqual(await t.call("discardPost", { path: empty.path, baseHash: empty.hash }), { discarded: true });
  assert.deepEqual(await t.call("listPosts", {}), []);
  assert.deepEqual(await found(t, ""), []);

  const a = await t.call("createPost", { title: "一", body: "x" });
  const b = await t.call("createPost", { title: "二", body: "y" });
  const kept = await t.call("discardPost", { path: a.path, baseHash: a.hash });
  assert.deepEqual(kept, { discarded: false }, "a post with words is not discarded");
  const ta = await t.call("deletePost", { path: a.path });
  await t.call("deletePost", { path: b.path });
  assert.deepEqual(await t.call("purgeTrash", { trashPath: ta.trashPath }), { purged: true });
  await assert.rejects(t.call("purgeTrash", { trashPath: "../outside.md" }), (e: { code?: string }) => e.code === "invalid-argument");
  assert.deepEqual(await t.call("emptyTrash", {}), { purged: 1 });
  assert.deepEqual(await t.call("listTrash", {}), []);
});
