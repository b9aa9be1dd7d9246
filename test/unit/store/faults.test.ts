// Disk faults during store operations: the message names the real cause (a read-only disk, a full
// one, a disk error) and never a temp file, nothing is lost, and a post stays listed when an
// operation on it failed.
import assert from "node:assert/strict";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { TsuzuriError } from "../../../core/contract/index.js";
import { Journal } from "../../../core/node/store/index.js";
import { errno, readOnlyDisk, withFaults, type Fault } from "./faults.js";
import { allFiles, tempDir } from "./helpers.js";

const isError = (code: string, pattern: RegExp) => (e: unknown) =>
  e instanceof TsuzuriError && e.code === code && pattern.test(e.message) && !/\.tmp\b|0123456789ab/.test(e.message);

async function journalWithPost(): Promise<{ dir: string; journal: Journal; rel: string; text: string }> {
  const dir = await tempDir();
  const journal = await Journal.open(dir);
  const post = await journal.create({ title: "残す記事", body: "大事な本文\n" });
  return { dir, journal, rel: post.path, text: await readFile(path.join(dir, post.path), "utf8") };
}

test("delete on a read-only disk says the disk is read-only (not 'does not exist') and the post stays listed and on disk", async () => {
  const { dir, journal, rel, text } = await journalWithPost();
  await withFaults({ fs: readOnlyDisk() }, () => assert.rejects(journal.delete(rel), isError("permission", /read-only/)));
  assert.deepEqual(
    journal.list().map((p) => p.path),
    [rel],
    "still listed",
  );
  assert.equal(await readFile(path.join(dir, rel), "utf8"), text, "still on disk, unchanged");
  await journal.flush();
  const cached = JSON.parse(await readFile(path.join(dir, ".tsuzuri/index.json"), "utf8")) as { posts: Record<string, unknown> };
  assert.ok(rel in cached.posts, "still in index.json");
  await journal.close();
});

test("create on a read-only disk or one without free inodes names the cause", async () => {
  const dir = await tempDir();
  const journal = await Journal.open(dir);
  await withFaults({ fs: readOnlyDisk() }, () => assert.rejects(journal.create({ title: "新しい" }), isError("permission", /read-only/)));
  await withFaults({ fs: readOnlyDisk("ENOSPC") }, () =>
    assert.rejects(journal.create({ title: "新しい" }), isError("disk-full", /disk is full/)),
  );
  assert.deepEqual(journal.list(), []);
  assert.deepEqual(
    (await allFiles(dir)).filter((f) => f.endsWith(".md")),
    [],
    "no post file was made",
  );
  await journal.close();
});

test("a full disk while the trash record is written fails the delete: the post stays where it was, listed", async () => {
  const { dir, journal, rel, text } = await journalWithPost();
  const full: Fault = async () => Promise.reject(errno("ENOSPC"));
  await withFaults({ handle: { writeFile: full } }, () => assert.rejects(journal.delete(rel), isError("disk-full", /disk is full/)));
  assert.equal(await readFile(path.join(dir, rel), "utf8"), text);
  assert.deepEqual(
    journal.list().map((p) => p.path),
    [rel],
  );
  assert.deepEqual(await journal.listTrash(), []);
  // Once there is room again, the delete works and restore puts the post back in its folder.
  const entry = await journal.delete(rel);
  assert.equal(entry.originalPath, rel);
  assert.equal((await journal.restore(entry.trashPath)).path, rel);
  await journal.close();
});

test("a disk error (EIO) while saving gives a readable message that names the post, not the temp file; the file is unchanged", async () => {
  const { dir, journal, rel, text } = await journalWithPost();
  const post = await journal.read(rel);
  const eio: Fault = async () => Promise.reject(errno("EIO"));
  await withFaults({ handle: { writeFile: eio } }, () =>
    assert.rejects(
      journal.save({ path: rel, baseHash: post.hash, title: post.title, body: "新しい本文\n" }),
      (e: unknown) => isError("io", /read or write error/)(e) && (e as Error).message.includes(rel),
    ),
  );
  assert.equal(await readFile(path.join(dir, rel), "utf8"), text);
  assert.deepEqual(
    (await allFiles(dir)).filter((f) => f.endsWith(".tmp")),
    [],
    "no temp file left",
  );
  await journal.close();
});

test("a failed fsync of the folder after the rename is reported, not ignored", async () => {
  const { journal, rel } = await journalWithPost();
  const post = await journal.read(rel);
  const failingDirSync: Fault = async (real, ...args) => {
    const handle = (await real(...args)) as { sync: () => Promise<void> };
    if ((await stat(args[0] as string)).isDirectory()) handle.sync = async () => Promise.reject(errno("EIO"));
    return handle;
  };
  await withFaults({ fs: { open: failingDirSync } }, () =>
    assert.rejects(
      journal.save({ path: rel, baseHash: post.hash, title: post.title, body: "本文\n" }),
      isError("io", /may not have kept it/),
    ),
  );
  await journal.close();
});
