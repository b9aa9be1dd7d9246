// Journal#sync: a file written beside the journal's back (by an import) joins the list at once and
// is reported to listeners once, without a watcher; a vanished one leaves the list.
import assert from "node:assert/strict";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { Journal } from "../../../core/node/store/index.js";
import { tempDir } from "./helpers.js";

test("sync lists a new file at once and tells listeners; syncing it again reports nothing; a removed file leaves", async () => {
  const dir = await tempDir();
  const journal = await Journal.open(dir);
  try {
    const heard: string[] = [];
    journal.onChange((c) => heard.push(c.type === "changed" ? `changed ${c.post.title}` : `removed ${c.path}`));
    const rel = "posts/2019/2019-08-03-herb.md";
    await mkdir(path.join(dir, "posts", "2019"), { recursive: true });
    await writeFile(path.join(dir, rel), "---\ntitle: 鶏むね肉のハーブ焼き\ndate: 2019-08-03T18:00:00+09:00\n---\n\n本文\n");
    assert.equal(journal.list().length, 0, "without a watcher the journal has not seen it");
    await journal.sync(rel);
    assert.deepEqual(
      journal.list().map((p) => p.title),
      ["鶏むね肉のハーブ焼き"],
    );
    await journal.sync(rel);
    assert.deepEqual(heard, ["changed 鶏むね肉のハーブ焼き"], "the same file is reported once");
    await rm(path.join(dir, rel));
    await journal.sync(rel);
    assert.equal(journal.list().length, 0);
    assert.deepEqual(heard.at(-1), `removed ${rel}`);
  } finally {
    await journal.close();
  }
});
