// Saving a post through a host: what is sent, and how each answer moves the session.
import assert from "node:assert/strict";
import { test } from "node:test";
import { savePostSession } from "../../../renderer/session/index.js";
import { deferred, fakeHost, hash, post, session } from "./fixtures.js";
import type { SaveResult } from "../../../core/contract/index.js";

test("a save sends the text with the hash it is based on, and no tags when they did not change", async () => {
  const s = session();
  s.edit();
  const { calls, deps } = fakeHost(async (a) => ({ status: "saved", post: post(a.path, a.body, hash("b")), previousPath: a.path }));
  const outcome = await savePostSession(s, deps);
  assert.equal(outcome.kind, "saved");
  assert.deepEqual(calls, [{ path: "posts/a.md", baseHash: hash("a"), title: "カンファレンス", body: "本文" }]);
  assert.equal(s.baseHash, hash("b"));
  assert.equal(s.status(), "saved");
});

test("changed tags are sent; Keep mine is sent as force", async () => {
  const s = session();
  s.tags = ["k8s", "料理"];
  s.edit();
  const { calls, deps } = fakeHost(async (a) => ({
    status: "saved",
    post: post(a.path, a.body, hash("b"), { tags: a.tags ?? [] }),
    previousPath: a.path,
  }));
  await savePostSession(s, deps);
  assert.deepEqual(calls[0]?.tags, ["k8s", "料理"]);
  await savePostSession(s, deps, true);
  assert.equal(calls[1]?.force, true);
  assert.equal(calls[1]?.tags, undefined, "the file has these tags now");
});

test("nothing unsaved: no request at all", async () => {
  const { calls, deps } = fakeHost(async () => assert.fail("no save expected"));
  assert.equal((await savePostSession(session(), deps)).kind, "skipped");
  assert.equal(calls.length, 0);
});

test("a conflict answer writes nothing and leaves the session in conflict with the disk's version", async () => {
  const s = session();
  s.edit();
  const disk = post("posts/a.md", "外で書き換え", hash("c"));
  const { deps } = fakeHost(async () => ({ status: "conflict", disk }));
  assert.equal((await savePostSession(s, deps)).kind, "conflict");
  assert.equal(s.conflict, disk);
  assert.equal(s.baseHash, hash("a"), "still based on what we read");
});

test("a failed save never throws: the message shows and the edits are kept", async () => {
  const s = session();
  s.edit();
  const { deps } = fakeHost(async () => {
    throw new Error("no space left on device");
  });
  const outcome = await savePostSession(s, deps);
  assert.deepEqual(outcome, { kind: "failed", message: "no space left on device" });
  assert.equal(s.status(), "error");
  assert.equal(s.dirty, true);
});

test("a save that renames the file reports the previous path; edits during the save stay unsaved", async () => {
  const s = session();
  s.edit();
  const gate = deferred<SaveResult>();
  const { deps } = fakeHost(() => gate.promise);
  const saving = savePostSession(s, deps);
  assert.equal(s.status(), "saving");
  s.edit();
  gate.resolve({ status: "saved", post: post("posts/2019/new-title.md", "本文", hash("b")), previousPath: "posts/a.md" });
  const outcome = await saving;
  assert.ok(outcome.kind === "saved");
  assert.equal(outcome.post.path, "posts/2019/new-title.md");
  assert.equal(outcome.previousPath, "posts/a.md");
  assert.equal(s.phase.kind, "dirty");
});
