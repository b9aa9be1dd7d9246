// The post session's state machine, transition by transition, as the status bar and banners see it.
import assert from "node:assert/strict";
import { test } from "node:test";
import { EditorState } from "@codemirror/state";
import { hash, post, session } from "./fixtures.js";

test("a post read from disk is clean and says Saved; an edit makes it dirty and Unsaved", () => {
  const s = session();
  assert.equal(s.phase.kind, "clean");
  assert.equal(s.status(), "saved");
  assert.equal(s.dirty, false);
  s.edit();
  assert.equal(s.phase.kind, "dirty");
  assert.equal(s.status(), "unsaved");
  assert.equal(s.dirty, true);
  assert.equal(s.wantsSave, true);
});

test("dirty → saving → saved: the file's new hash becomes the base", () => {
  const s = session();
  s.edit();
  assert.equal(s.beginSave(), 1);
  assert.equal(s.status(), "saving");
  assert.equal(s.busy, true);
  s.saveSucceeded({ ...post("posts/a.md", "x", hash("b")) });
  assert.equal(s.phase.kind, "saved");
  assert.equal(s.baseHash, hash("b"));
  assert.equal(s.dirty, false);
  assert.equal(s.status(), "saved");
});

test("an edit typed while a save is on its way stays unsaved after the save", () => {
  const s = session();
  s.edit();
  s.beginSave();
  s.edit();
  assert.equal(s.phase.kind, "saving", "still saving");
  s.saveSucceeded(post("posts/a.md", "x", hash("b")));
  assert.equal(s.phase.kind, "dirty");
  assert.equal(s.dirty, true);
  assert.equal(s.status(), "unsaved");
});

test("nothing to save: beginSave says so and the phase does not move", () => {
  const s = session();
  assert.equal(s.beginSave(), null);
  assert.equal(s.phase.kind, "clean");
  s.edit();
  s.beginSave();
  assert.equal(s.beginSave(), null, "never two saves at once");
});

test("saving → conflict: nothing written; only Keep mine (force) saves again; the edits stay", () => {
  const s = session();
  s.edit();
  s.beginSave();
  const disk = post("posts/a.md", "他のエディタで", hash("c"));
  s.saveConflicted(disk);
  assert.equal(s.phase.kind, "conflict");
  assert.equal(s.conflict, disk);
  assert.equal(s.status(), "conflict");
  assert.equal(s.dirty, true);
  assert.equal(s.wantsSave, false, "a timed save waits for the user");
  s.edit();
  assert.equal(s.phase.kind, "conflict", "typing on keeps the conflict");
  assert.equal(s.beginSave(), null);
  assert.equal(s.beginSave(true), 2);
  s.saveSucceeded(post("posts/a.md", "mine", hash("d")));
  assert.equal(s.phase.kind, "saved");
  assert.equal(s.conflict, null);
});

test("saving → failed: the message shows, the edits are kept, the next save tries again", () => {
  const s = session();
  s.edit();
  s.beginSave();
  s.saveFailed("ディスクがいっぱいです");
  assert.equal(s.phase.kind, "failed");
  assert.equal(s.status(), "error");
  assert.equal(s.error, "ディスクがいっぱいです");
  assert.equal(s.dirty, true);
  assert.equal(s.wantsSave, true);
  assert.equal(s.beginSave(), 1);
  s.saveSucceeded(post("posts/a.md", "x", hash("b")));
  assert.equal(s.error, null);
  assert.equal(s.status(), "saved");
});

test("the file changed on disk: same hash is nothing; clean reloads; unsaved edits become a conflict", () => {
  const clean = session();
  assert.equal(clean.diskChanged(post("posts/a.md", "本文", hash("a"))), "same");
  assert.equal(clean.diskChanged(post("posts/a.md", "新しい", hash("e"))), "reload");
  assert.equal(clean.phase.kind, "clean");

  const dirty = session();
  dirty.edit();
  assert.equal(dirty.diskChanged(post("posts/a.md", "新しい", hash("e"))), "conflict");
  assert.equal(dirty.status(), "conflict");

  const saving = session();
  saving.edit();
  saving.beginSave();
  assert.equal(saving.diskChanged(post("posts/a.md", "新しい", hash("e"))), "conflict");
});

test("conflict → Reload from disk: the file's text, clean, nothing unsaved", () => {
  const s = session();
  s.edit();
  s.diskChanged(post("posts/a.md", "新しい", hash("e")));
  const disk = post("posts/a.md", "新しい", hash("e"), { title: "別の題", tags: [] });
  s.reloaded(disk, EditorState.create({ doc: disk.body }));
  assert.equal(s.phase.kind, "clean");
  assert.equal(s.dirty, false);
  assert.equal(s.baseHash, hash("e"));
  assert.equal(s.title, "別の題");
  assert.deepEqual(s.tags, []);
  assert.equal(s.state.doc.toString(), "新しい");
});

test("removed: the text is kept and nothing saves until it is written as a new post", () => {
  const s = session();
  s.edit();
  s.diskRemoved();
  assert.equal(s.status(), "removed");
  assert.equal(s.beginSave(), null);
  assert.equal(s.beginSave(true), null, "not even Keep mine: there is no file");
  s.recreated(post("posts/b.md", "本文", hash("f")), true);
  assert.equal(s.phase.kind, "dirty", "the tags still go in with the next save");
  assert.equal(s.baseHash, hash("f"));
  s.recreated(post("posts/b.md", "本文", hash("f")), false);
  assert.equal(s.phase.kind, "saved");
});

test("a write made outside the text (post details) moves the base but keeps unsaved edits unsaved", () => {
  const s = session();
  s.edit();
  s.adopted(post("posts/a.md", "本文", hash("g"), { draft: true }));
  assert.equal(s.baseHash, hash("g"));
  assert.equal(s.summary.draft, true);
  assert.equal(s.dirty, true);
  assert.equal(s.phase.kind, "dirty");
});

test("every change of phase is announced once to the app", () => {
  const s = session();
  const seen: string[] = [];
  s.onChange = (d) => seen.push(d.phase.kind);
  s.edit();
  s.beginSave();
  s.saveSucceeded(post("posts/a.md", "x", hash("b")));
  assert.deepEqual(seen, ["dirty", "saving", "saved"]);
});
