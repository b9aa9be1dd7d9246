// Deleting for good from the trash (one post, or all), confined to the journal's own .trash/, and
// discarding a post left empty right after New post (and nothing else).
import assert from "node:assert/strict";
import { mkdir, readFile, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { TsuzuriError } from "../../../core/contract/index.js";
import { Journal } from "../../../core/node/store/index.js";
import { allFiles, tempDir } from "./helpers.js";

const exists = (p: string) =>
  readFile(p).then(
    () => true,
    () => false,
  );

test("purge deletes one trashed post and its record; the others stay; empty deletes the rest", async () => {
  const dir = await tempDir();
  const journal = await Journal.open(dir);
  const a = await journal.create({ title: "一つ目", body: "a\n" });
  const b = await journal.create({ title: "二つ目", body: "b\n" });
  const ta = await journal.delete(a.path);
  const tb = await journal.delete(b.path);
  await journal.purgeTrash(ta.trashPath);
  assert.ok(!(await exists(path.join(dir, ta.trashPath))), "the purged file is gone");
  assert.deepEqual(
    (await journal.listTrash()).map((e) => e.trashPath),
    [tb.trashPath],
  );
  const meta = JSON.parse(await readFile(path.join(dir, ".trash/.meta.json"), "utf8")) as { entries: Record<string, unknown> };
  assert.deepEqual(Object.keys(meta.entries), [path.posix.basename(tb.trashPath)], "its record is gone too");
  await assert.rejects(journal.purgeTrash(ta.trashPath), (e: unknown) => e instanceof TsuzuriError && e.code === "not-found");

  assert.equal(await journal.emptyTrash(), 1);
  assert.deepEqual(await journal.listTrash(), []);
  assert.equal(await journal.emptyTrash(), 0, "an empty trash empties to nothing");
  assert.deepEqual(
    (await allFiles(dir)).filter((f) => f.endsWith(".md")),
    [],
    "no post file anywhere",
  );
  await journal.close();
});

test("purge never reaches outside .trash/: other paths are refused, a .trash that links elsewhere deletes nothing", async () => {
  const dir = await tempDir();
  const outside = await tempDir("tsuzuri-outside-");
  await mkdir(path.join(dir, "posts"), { recursive: true });
  await writeFile(path.join(dir, "posts/keep.md"), "# keep\n");
  await writeFile(path.join(outside, "precious.md"), "# mine\n");
  const journal = await Journal.open(dir);
  for (const bad of ["posts/keep.md", ".trash/../posts/keep.md", ".trash/sub/keep.md", ".trash/.meta.json", ".trash/"]) {
    await assert.rejects(journal.purgeTrash(bad), (e: unknown) => e instanceof TsuzuriError && e.code === "invalid-argument", bad);
  }
  assert.ok(await exists(path.join(dir, "posts/keep.md")));
  await journal.close();

  // A journal whose .trash is a link to another folder (a synced or cloned journal could hold one).
  await symlink(outside, path.join(dir, ".trash"));
  const linked = await Journal.open(dir);
  await assert.rejects(linked.purgeTrash(".trash/precious.md"), /leads elsewhere/);
  await assert.rejects(linked.emptyTrash(), /leads elsewhere/);
  assert.ok(await exists(path.join(outside, "precious.md")), "the file outside the journal survives");
  await linked.close();
});

test("discard removes a post left exactly as New post made it", async () => {
  const dir = await tempDir();
  const journal = await Journal.open(dir);
  const made = await journal.create({});
  assert.equal(await journal.discard(made.path, made.hash), true);
  assert.ok(!(await exists(path.join(dir, made.path))));
  assert.deepEqual(journal.list(), []);
  assert.deepEqual(await journal.listTrash(), [], "not to the trash: there is nothing to keep");
  assert.equal(await journal.discard(made.path, made.hash), false, "a second call finds nothing");
  await journal.close();
});

test("discard leaves alone a post with words, a changed file, and posts it did not make", async () => {
  const dir = await tempDir();
  const journal = await Journal.open(dir);
  // Words in the body, or a title.
  const withBody = await journal.create({});
  const saved = await journal.save({ path: withBody.path, baseHash: withBody.hash, title: "", body: "一行\n" });
  assert.equal(saved.status, "saved");
  if (saved.status !== "saved") return;
  assert.equal(await journal.discard(saved.post.path, saved.post.hash), false);
  const titled = await journal.create({ title: "題だけ" });
  assert.equal(await journal.discard(titled.path, titled.hash), false);
  // Changed on disk since the hash the renderer knows (another program wrote into it).
  const changed = await journal.create({});
  const text = (await readFile(path.join(dir, changed.path), "utf8")) + "外から書いた\n";
  await writeFile(path.join(dir, changed.path), text);
  assert.equal(await journal.discard(changed.path, changed.hash), false);
  assert.equal(await readFile(path.join(dir, changed.path), "utf8"), text);
  // An empty file of the user's (not made by this journal) is theirs.
  await mkdir(path.join(dir, "notes"), { recursive: true });
  await writeFile(path.join(dir, "notes/empty.md"), '---\ntitle: ""\n---\n');
  await journal.sync("notes/empty.md");
  const theirs = await journal.read("notes/empty.md");
  assert.equal(await journal.discard("notes/empty.md", theirs.hash), false);
  for (const p of [saved.post.path, titled.path, changed.path, "notes/empty.md"]) assert.ok(await exists(path.join(dir, p)), p);
  await journal.close();
});
