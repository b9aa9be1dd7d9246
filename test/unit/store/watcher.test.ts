import assert from "node:assert/strict";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { Journal, type JournalChange } from "../../../core/node/store/index.js";
import { watchJournal } from "../../../core/node/store/watcher.js";
import { sleep, tempDir, waitFor } from "./helpers.js";

async function watched(): Promise<{ dir: string; journal: Journal; changes: JournalChange[] }> {
  const dir = await tempDir();
  const journal = await Journal.open(dir, { watch: true });
  const changes: JournalChange[] = [];
  journal.onChange((c) => changes.push(c));
  return { dir, journal, changes };
}

const changedTitle = (changes: JournalChange[], rel: string): string | undefined =>
  changes.filter((c): c is Extract<JournalChange, { type: "changed" }> => c.type === "changed" && c.post.path === rel).at(-1)?.post.title;

test("posts added, changed and deleted by another program are reported within a couple of seconds", async () => {
  const { dir, journal, changes } = await watched();
  await mkdir(path.join(dir, "drafts"));
  await writeFile(path.join(dir, "drafts/outside.md"), "---\ntitle: 外から\n---\n本文\n");
  await waitFor(() => changedTitle(changes, "drafts/outside.md") === "外から", "the added post");
  assert.ok(journal.list().some((p) => p.path === "drafts/outside.md"));

  await writeFile(path.join(dir, "drafts/outside.md"), "---\ntitle: 書き換えた\n---\n本文\n");
  await waitFor(() => changedTitle(changes, "drafts/outside.md") === "書き換えた", "the changed post");
  assert.equal(journal.list().find((p) => p.path === "drafts/outside.md")?.title, "書き換えた");

  await rm(path.join(dir, "drafts/outside.md"));
  await waitFor(() => changes.some((c) => c.type === "removed" && c.path === "drafts/outside.md"), "the removal");
  assert.ok(!journal.list().some((p) => p.path === "drafts/outside.md"));
  await journal.close();
});

test("an editor's atomic replace (write temp, rename over) is reported as a change", async () => {
  const { dir, journal, changes } = await watched();
  const post = await journal.create({ title: "vim", body: "one\n" });
  const abs = path.join(dir, post.path);
  const text = (await readFile(abs, "utf8")).replace("title: vim", "title: vim edited");
  await writeFile(path.join(dir, "tmp-editor-swap"), text);
  await rename(path.join(dir, "tmp-editor-swap"), abs);
  await waitFor(() => changedTitle(changes, post.path) === "vim edited", "the change");
  assert.ok(!changes.some((c) => c.type === "removed"), "no removal reported");
  await journal.close();
});

test("a folder of posts moved in and out is reported post by post", async () => {
  const { dir, journal, changes } = await watched();
  const outside = await tempDir();
  await mkdir(path.join(outside, "trip"));
  await writeFile(path.join(outside, "trip/day1.md"), "# Day 1\n");
  await writeFile(path.join(outside, "trip/day2.md"), "# Day 2\n");
  await rename(path.join(outside, "trip"), path.join(dir, "trip"));
  await waitFor(() => changedTitle(changes, "trip/day1.md") === "Day 1" && changedTitle(changes, "trip/day2.md") === "Day 2", "both posts");
  await rm(path.join(dir, "trip"), { recursive: true });
  await waitFor(
    () => ["trip/day1.md", "trip/day2.md"].every((p) => changes.some((c) => c.type === "removed" && c.path === p)),
    "both removals",
  );
  assert.equal(journal.list().length, 0);
  await journal.close();
});

test("our own create, save (with rename), delete and restore are told once each, as the app's, never again as the disk's", async () => {
  const { journal, changes } = await watched();
  const post = await journal.create({ body: "draft\n" });
  const saved = await journal.save({ path: post.path, baseHash: post.hash, title: "Renamed by title", body: "draft 2\n" });
  assert.ok(saved.status === "saved" && saved.post.path !== post.path);
  if (saved.status !== "saved") return;
  const again = await journal.save({ path: saved.post.path, baseHash: saved.post.hash, title: "Renamed by title", body: "draft 3\n" });
  assert.equal(again.status, "saved");
  const trashed = await journal.delete(saved.post.path);
  await journal.restore(trashed.trashPath);
  await sleep(1500);
  assert.deepEqual(
    changes.filter((c) => c.origin === "disk"),
    [],
    "the watcher does not report our own writes",
  );
  const p1 = post.path;
  const p2 = saved.post.path;
  assert.deepEqual(
    changes.map((c) => [c.origin, c.type, c.type === "changed" ? c.post.path : c.path, c.type === "changed" ? (c.body ?? null) : null]),
    [
      ["app", "changed", p1, "draft\n"],
      ["app", "removed", p1, null],
      ["app", "changed", p2, "draft 2\n"],
      ["app", "changed", p2, "draft 3\n"],
      ["app", "removed", p2, null],
      ["app", "changed", p2, null],
    ],
  );
  await journal.close();
});

test("files in hidden folders and non-Markdown files are not reported", async () => {
  const { dir, journal, changes } = await watched();
  await mkdir(path.join(dir, ".git"));
  await writeFile(path.join(dir, ".git/notes.md"), "x");
  await writeFile(path.join(dir, "photo.jpg"), "x");
  await writeFile(path.join(dir, "seen.md"), "# seen\n");
  await waitFor(() => changedTitle(changes, "seen.md") === "seen", "the .md file");
  await sleep(300);
  assert.deepEqual(
    changes.map((c) => (c.type === "changed" ? c.post.path : c.path)),
    ["seen.md"],
  );
  await journal.close();
});

test("a post written into a folder that has just appeared, and removed at once, is reported both ways, 20 times over", async () => {
  const { dir, journal, changes } = await watched();
  await journal.watching();
  for (let i = 0; i < 20; i++) {
    const rel = `posts/${2000 + i}/at-once.md`;
    await mkdir(path.join(dir, "posts", String(2000 + i)), { recursive: true });
    await writeFile(path.join(dir, rel), `# ${i}\n`);
    await waitFor(() => changedTitle(changes, rel) === String(i), `the post in the new folder ${i}`);
    await rm(path.join(dir, rel));
    await waitFor(() => changes.some((c) => c.type === "removed" && c.path === rel), `its removal ${i}`);
  }
  assert.equal(journal.list().length, 0);
  await journal.close();
});

test("folders made several deep at once, and a folder renamed, are reported post by post", async () => {
  const { dir, journal, changes } = await watched();
  await journal.watching();
  await mkdir(path.join(dir, "a/b/c"), { recursive: true });
  await writeFile(path.join(dir, "a/b/c/deep.md"), "# 深い\n");
  await waitFor(() => changedTitle(changes, "a/b/c/deep.md") === "深い", "the post three folders down");
  await rename(path.join(dir, "a/b"), path.join(dir, "a/moved"));
  await waitFor(
    () => changes.some((c) => c.type === "removed" && c.path === "a/b/c/deep.md") && changedTitle(changes, "a/moved/c/deep.md") === "深い",
    "the post gone from the old name and listed under the new",
  );
  // The renamed folder is watched under its new name: a change in it is seen.
  await writeFile(path.join(dir, "a/moved/c/deep.md"), "# 深い、書き換え\n");
  await waitFor(() => changedTitle(changes, "a/moved/c/deep.md") === "深い、書き換え", "a change in the renamed folder");
  assert.deepEqual(
    journal.list().map((p) => p.path),
    ["a/moved/c/deep.md"],
  );
  await journal.close();
});

test("one recursive watch (macOS and Windows; Node's emulation here) reports posts added, changed and removed in folders old and new", async () => {
  const dir = await tempDir();
  await mkdir(path.join(dir, "posts/2024"), { recursive: true });
  const files: string[] = [];
  const folders: string[] = [];
  const w = watchJournal(dir, { file: (rel) => files.push(rel), folder: (rel) => folders.push(rel) }, true);
  await w.ready;
  await writeFile(path.join(dir, "posts/2024/a.md"), "# a\n");
  await waitFor(() => files.includes("posts/2024/a.md"), "a post in a folder there at the start");
  await mkdir(path.join(dir, "posts/2025"));
  await waitFor(() => folders.includes("posts/2025"), "a new folder");
  await writeFile(path.join(dir, "posts/2025/b.md"), "# b\n");
  await waitFor(() => files.includes("posts/2025/b.md"), "a post in the new folder");
  await mkdir(path.join(dir, ".git"));
  await writeFile(path.join(dir, ".git/x.md"), "x");
  await rm(path.join(dir, "posts/2024"), { recursive: true });
  await waitFor(() => folders.includes("posts/2024"), "the folder removed");
  await sleep(300);
  assert.ok(!files.some((f) => f.startsWith(".git")) && !folders.some((f) => f.startsWith(".git")), "nothing under .git");
  await w.close();
});
