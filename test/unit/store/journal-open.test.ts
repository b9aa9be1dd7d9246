import assert from "node:assert/strict";
import { mkdir, readFile, stat, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { TsuzuriError } from "../../../core/contract/index.js";
import { Journal } from "../../../core/node/store/index.js";
import { tempDir } from "./helpers.js";

test("opening a journal in a folder that does not exist yet creates it and its parents", async () => {
  const dir = path.join(await tempDir(), "a", "b", "日記");
  const journal = await Journal.open(dir);
  assert.ok((await stat(dir)).isDirectory());
  assert.equal(journal.info().postCount, 0);
  await journal.close();
});

test("a journal path that cannot be created fails at once with a clear message (no hang)", async () => {
  const started = Date.now();
  await assert.rejects(
    Journal.open("/proc/tsuzuri-no-such-journal/x"),
    (e: unknown) => e instanceof TsuzuriError && /Could not open the journal/.test(e.message),
  );
  assert.ok(Date.now() - started < 5000, "it answered instead of spinning");
});

test("a journal path that is a file is refused with a message saying so", async () => {
  const file = path.join(await tempDir(), "notes.md");
  await writeFile(file, "# not a folder\n");
  await assert.rejects(Journal.open(file), (e: unknown) => e instanceof TsuzuriError && /not a folder/.test(e.message));
});

test("titles: written ones are marked titled; made-up ones (heading, file name) are not, and an empty title field writes no title key", async () => {
  const dir = await tempDir();
  await mkdir(path.join(dir, "notes"), { recursive: true });
  await writeFile(path.join(dir, "notes", "kubernetes.md"), "# Kubernetes の勉強\n\n本文\n");
  const journal = await Journal.open(dir);
  const fresh = await journal.create({});
  assert.equal(fresh.title, "", "a new post has no title, not the word from its file name");
  assert.equal(fresh.titled, false);
  const plain = await journal.read("notes/kubernetes.md");
  assert.equal(plain.title, "Kubernetes の勉強");
  assert.equal(plain.titled, false);
  const saved = await journal.save({ path: plain.path, baseHash: plain.hash, title: "", body: plain.body + "追記\n" });
  assert.equal(saved.status, "saved");
  const text = await readFile(path.join(dir, "notes", "kubernetes.md"), "utf8");
  assert.doesNotMatch(text, /^title:/m, "no empty title was written over the heading");
  assert.equal((await journal.read(plain.path)).title, "Kubernetes の勉強");
  const named = await journal.save({ path: fresh.path, baseHash: fresh.hash, title: "ムニエル", body: "" });
  assert.ok(named.status === "saved" && named.post.titled && named.post.title === "ムニエル");
  await journal.close();
});

test("a post reached through a symbolic link that leads out of the journal is neither read nor written", async () => {
  const outside = await tempDir();
  const target = path.join(outside, "target.md");
  await writeFile(target, "# outside\n");
  const dir = await tempDir();
  await mkdir(path.join(dir, "posts"), { recursive: true });
  await symlink(outside, path.join(dir, "posts", "dirlink"));
  await symlink(target, path.join(dir, "posts", "link.md"));
  const journal = await Journal.open(dir);
  for (const rel of ["posts/dirlink/target.md", "posts/link.md"]) {
    await assert.rejects(journal.read(rel), /leads out of the journal/);
    const result = journal.save({ path: rel, baseHash: "0".repeat(64), title: "x", body: "overwritten\n", force: true });
    await assert.rejects(result, /leads out of the journal/);
  }
  assert.equal(await readFile(target, "utf8"), "# outside\n", "the file outside is untouched");
  await journal.close();
});

test("front matter with YAML anchors is kept as written and the body is still saved", async () => {
  const dir = await tempDir();
  const file = path.join(dir, "anchor.md");
  const head = "---\ntitle: &t アンカー\nalias: *t\n---\n";
  await writeFile(file, head + "本文\n");
  const journal = await Journal.open(dir);
  const post = await journal.read("anchor.md");
  // Changing the anchored title cannot be done without breaking the alias: the head stays as written.
  const saved = await journal.save({ path: "anchor.md", baseHash: post.hash, title: "別の題", body: "本文\n追記\n" });
  assert.equal(saved.status, "saved");
  assert.equal(await readFile(file, "utf8"), head + "本文\n追記\n");
  await journal.close();
});

test("a file with old Mac line endings (a lone CR) is never rewritten: the save says why", async () => {
  const dir = await tempDir();
  const file = path.join(dir, "mac.md");
  const text = "---\rtitle: CR\r---\rbody\r";
  await writeFile(file, text);
  const journal = await Journal.open(dir);
  const post = await journal.read("mac.md");
  await assert.rejects(
    journal.save({ path: "mac.md", baseHash: post.hash, title: "CR", body: "body\nadded\n" }),
    (e: unknown) => e instanceof TsuzuriError && e.code === "unsupported" && /line endings/.test(e.message),
  );
  assert.equal(await readFile(file, "utf8"), text);
  await journal.close();
});
