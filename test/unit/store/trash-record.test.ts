// The trash keeps each post's folder: the record is written before the move, and a post found in the
// trash without one (deleted by an older version) goes back to posts/<year>/ when its name is dated.
import assert from "node:assert/strict";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { Journal } from "../../../core/node/store/index.js";
import { tempDir } from "./helpers.js";

test("a dated post in the trash without a record is restored to posts/<year>/, not the journal's top folder", async () => {
  const dir = await tempDir();
  await mkdir(path.join(dir, ".trash"));
  await writeFile(path.join(dir, ".trash/2019-07-24-day-2.md"), "# 2日目\n");
  const journal = await Journal.open(dir);
  const [entry] = await journal.listTrash();
  assert.equal(entry?.originalPath, "posts/2019/2019-07-24-day-2.md", "the trash shows where it will go");
  assert.equal((await journal.restore(".trash/2019-07-24-day-2.md")).path, "posts/2019/2019-07-24-day-2.md");
  await journal.close();
});

test("the record is on disk before the post leaves its folder, and names that folder", async () => {
  const dir = await tempDir();
  await mkdir(path.join(dir, "diary/2020"), { recursive: true });
  await writeFile(path.join(dir, "diary/2020/note.md"), "# note\n");
  const journal = await Journal.open(dir);
  const entry = await journal.delete("diary/2020/note.md");
  const meta = JSON.parse(await readFile(path.join(dir, ".trash/.meta.json"), "utf8")) as {
    entries: Record<string, { originalPath: string }>;
  };
  assert.equal(meta.entries[path.posix.basename(entry.trashPath)]?.originalPath, "diary/2020/note.md");
  assert.equal((await journal.restore(entry.trashPath)).path, "diary/2020/note.md");
  await journal.close();
});
