// Issue 15 item 5: a post whose front matter cannot be parsed keeps it verbatim, so a title or tags
// typed in the editor cannot be written. The save says so and writes nothing (the editor keeps the
// edits, marked unsaved) instead of reporting "saved" while they are dropped; the text alone saves.
import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { TsuzuriError } from "../../../core/contract/index.js";
import { Journal } from "../../../core/node/store/index.js";
import { tempDir } from "./helpers.js";

const BROKEN = {
  "list.md": "---\n- a\n- b\n---\n\n本文\n",
  "scalar.md": "---\njust a string\n---\n\n本文\n",
  "invalid.md": "---\ntitle: [unclosed\n---\n\n本文\n",
  "alias-bomb.md":
    "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\ng: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]\n---\n\n本文\n",
};

test("a new title or tags on unreadable front matter: refused with the reason, nothing written", async () => {
  const dir = await tempDir();
  for (const [name, text] of Object.entries(BROKEN)) await writeFile(path.join(dir, name), text);
  const journal = await Journal.open(dir);
  try {
    for (const [name, text] of Object.entries(BROKEN)) {
      const post = await journal.read(name);
      for (const edit of [{ title: "新しい題名" }, { title: "", tags: ["日記"] }]) {
        await assert.rejects(
          journal.save({ path: name, baseHash: post.hash, title: edit.title, body: post.body, tags: edit.tags }),
          (e: unknown) =>
            e instanceof TsuzuriError &&
            e.code === "unsupported" &&
            /front matter of .* cannot be read/.test(e.message) &&
            /Nothing was written/.test(e.message),
          `${name}: ${JSON.stringify(edit)}`,
        );
        assert.equal(await readFile(path.join(dir, name), "utf8"), text, `${name} unchanged`);
      }
    }
  } finally {
    await journal.close();
  }
});

test("the text alone still saves, with the unreadable front matter kept byte for byte", async () => {
  const dir = await tempDir();
  await writeFile(path.join(dir, "list.md"), BROKEN["list.md"]);
  const journal = await Journal.open(dir);
  try {
    const post = await journal.read("list.md");
    const result = await journal.save({ path: "list.md", baseHash: post.hash, title: "", body: "本文を直した\n", tags: [] });
    assert.equal(result.status, "saved");
    const text = await readFile(path.join(dir, "list.md"), "utf8");
    assert.ok(text.startsWith("---\n- a\n- b\n---\n"), `front matter kept: ${text}`);
    assert.ok(text.includes("本文を直した"));
  } finally {
    await journal.close();
  }
});
