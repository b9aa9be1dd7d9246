import assert from "node:assert/strict";
import { readFile, rm, stat, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { INDEX_FILE, INDEX_VERSION, Journal } from "../../../core/node/store/index.js";
import { tempDir } from "./helpers.js";

const FIXED = new Date("2020-01-02T03:04:05Z");

/**
 * A journal with post a.md titled "Alpha", its mtime pinned to a whole second, indexed and closed.
 * Then the file is changed behind the cache's back to "Omega" (same size) with the same mtime:
 * a journal that trusts its cache still says "Alpha"; one that reads the file says "Omega".
 */
async function journalWithStaleFile(): Promise<string> {
  const dir = await tempDir();
  const file = path.join(dir, "a.md");
  await writeFile(file, "---\ntitle: Alpha\n---\nbody\n");
  await utimes(file, FIXED, FIXED);
  await (await Journal.open(dir)).close();
  assert.ok((await readFile(path.join(dir, INDEX_FILE), "utf8")).includes("Alpha"));
  await writeFile(file, "---\ntitle: Omega\n---\nbody\n");
  await utimes(file, FIXED, FIXED);
  return dir;
}

const titleOf = async (dir: string): Promise<string | undefined> => {
  const j = await Journal.open(dir);
  const title = j.list()[0]?.title;
  await j.close();
  return title;
};

test("reopening does not re-read files whose mtime and size are unchanged", async () => {
  const dir = await journalWithStaleFile();
  assert.equal(await titleOf(dir), "Alpha", "the cached entry was used, so the file was not read");
});

test("reopening re-reads a file whose mtime changed", async () => {
  const dir = await journalWithStaleFile();
  await utimes(path.join(dir, "a.md"), FIXED, new Date(FIXED.getTime() + 1000));
  assert.equal(await titleOf(dir), "Omega");
});

test("a deleted index is rebuilt from the files", async () => {
  const dir = await journalWithStaleFile();
  await rm(path.join(dir, INDEX_FILE));
  assert.equal(await titleOf(dir), "Omega");
  assert.ok((await readFile(path.join(dir, INDEX_FILE), "utf8")).includes("Omega"), "and written again");
});

test("a corrupt index (bad JSON, wrong version, wrong shape) is rebuilt, never an error", async () => {
  for (const junk of [
    "{ not json",
    JSON.stringify({ version: 999, posts: {} }),
    "[]",
    "null",
    JSON.stringify({ version: 1, posts: { "a.md": { title: 5 } } }),
  ]) {
    const dir = await journalWithStaleFile();
    await writeFile(path.join(dir, INDEX_FILE), junk);
    assert.equal(await titleOf(dir), "Omega", junk);
  }
});

test("when the cache cannot be written (.tsuzuri is a file), the journal still opens and works", async () => {
  const dir = await tempDir();
  await writeFile(path.join(dir, ".tsuzuri"), "a file where the cache folder should be");
  await writeFile(path.join(dir, "a.md"), "# A\n");
  const j = await Journal.open(dir);
  assert.equal(j.list()[0]?.title, "A");
  await j.create({ title: "B" });
  await j.close();
  assert.equal(await readFile(path.join(dir, ".tsuzuri"), "utf8"), "a file where the cache folder should be");
});

test("deleted files drop out, new files appear, and saves reach the index on flush", async () => {
  const dir = await tempDir();
  await writeFile(path.join(dir, "gone.md"), "# Gone\n");
  const j1 = await Journal.open(dir);
  const created = await j1.create({ title: "Kept" });
  await j1.flush();
  const index = JSON.parse(await readFile(path.join(dir, INDEX_FILE), "utf8"));
  assert.equal(index.version, INDEX_VERSION);
  assert.deepEqual(Object.keys(index.posts).sort(), ["gone.md", created.path].sort());
  assert.equal(index.posts[created.path].size, (await stat(path.join(dir, created.path))).size);
  await j1.close();
  await rm(path.join(dir, "gone.md"));
  await writeFile(path.join(dir, "new.md"), "# New\n");
  const j2 = await Journal.open(dir);
  assert.deepEqual(
    j2
      .list()
      .map((p) => p.title)
      .sort(),
    ["Kept", "New"],
  );
  await j2.close();
  assert.deepEqual(
    Object.keys(JSON.parse(await readFile(path.join(dir, INDEX_FILE), "utf8")).posts).sort(),
    [created.path, "new.md"].sort(),
  );
});
