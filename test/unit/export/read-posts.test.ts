// Reading posts for export: a post the journal's list already parsed is taken from the list without
// parsing its YAML, and must come out exactly as a full parse gives it (else pages would differ).
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { readSourcePost } from "../../../core/node/export/read-posts.js";
import { Journal } from "../../../core/node/store/index.js";
import { tempFolder, writeFixture } from "./fixture.js";

const root = await tempFolder("read-posts");
after(() => root.cleanup());

test("a post read with its list entry is the post a full parse gives, slug and language included", async () => {
  await writeFixture(root.dir);
  await writeFile(path.join(root.dir, "posts", "lang-given.md"), "---\ntitle: Given\nlang: fr\ntags: [a]\n---\n\nBonjour.\n");
  await writeFile(path.join(root.dir, "posts", "no-front-matter.md"), "# Bare\n\n本文だけ。\n");
  const journal = await Journal.open(root.dir);
  try {
    const listed = journal.list();
    assert.ok(listed.length >= 6);
    for (const lang of [null, "en"]) {
      for (const item of listed) {
        const [full, quick] = [await readSourcePost(root.dir, item.path, lang), await readSourcePost(root.dir, item.path, lang, item)];
        assert.ok(full && quick, item.path);
        assert.deepEqual(quick.post, full.post, item.path);
        assert.deepEqual(quick.remembered, full.remembered, item.path);
        assert.equal(quick.hash, full.hash);
        assert.equal(await quick.body(), await full.body(), item.path);
      }
    }
  } finally {
    await journal.close();
  }
});
