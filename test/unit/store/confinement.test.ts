// Links planted in a journal never make Tsuzuri read or write outside it: posts linked from outside
// are not listed, indexed or synced; a .trash/, .trash/.meta.json, .tsuzuri/ or folder that links out,
// and a planted trash record, leave the outside untouched.
import assert from "node:assert/strict";
import { mkdir, readFile, readdir, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { TsuzuriError } from "../../../core/contract/index.js";
import { Journal } from "../../../core/node/store/index.js";
import { tempDir } from "./helpers.js";

const VICTIM = '{"entries":{},"precious":true}\n';

async function journalAndOutside(): Promise<{ dir: string; outside: string }> {
  const dir = await tempDir();
  const outside = await tempDir("tsuzuri-outside-");
  await writeFile(path.join(outside, "secret.md"), "---\ntitle: 外の秘密\n---\n\n外のファイル\n");
  return { dir, outside };
}

test("a post that links out of the journal is neither listed nor indexed, also when the watcher or an import reports it", async () => {
  const { dir, outside } = await journalAndOutside();
  await symlink(path.join(outside, "secret.md"), path.join(dir, "linked.md"));
  const journal = await Journal.open(dir);
  assert.deepEqual(journal.list(), []);
  await journal.sync("linked.md");
  assert.deepEqual(journal.list(), [], "syncing the path does not index it either");
  await journal.close();
  const cache = await readFile(path.join(dir, ".tsuzuri/index.json"), "utf8");
  assert.ok(!cache.includes("外の秘密"), "nothing of it is in index.json");
});

test("a .trash that links out of the journal: delete refuses and moves nothing there", async () => {
  const { dir, outside } = await journalAndOutside();
  await symlink(outside, path.join(dir, ".trash"));
  const journal = await Journal.open(dir);
  const post = await journal.create({ title: "残る", body: "本文\n" });
  await assert.rejects(journal.delete(post.path), (e: unknown) => e instanceof TsuzuriError && /leads elsewhere/.test(e.message));
  assert.deepEqual((await readdir(outside)).sort(), ["secret.md"], "nothing was written outside");
  assert.deepEqual(
    journal.list().map((p) => p.path),
    [post.path],
  );
  await journal.close();
});

test("a .trash/.meta.json that links to an outside file is replaced, never written through", async () => {
  const { dir, outside } = await journalAndOutside();
  // An outside JSON file that even looks like a trash record.
  const victim = path.join(outside, "settings.json");
  await writeFile(victim, VICTIM);
  await mkdir(path.join(dir, ".trash"));
  await symlink(victim, path.join(dir, ".trash/.meta.json"));
  const journal = await Journal.open(dir);
  const post = await journal.create({ title: "消す", body: "本文\n" });
  const entry = await journal.delete(post.path);
  assert.equal(await readFile(victim, "utf8"), VICTIM, "the outside file is untouched");
  assert.equal((await journal.restore(entry.trashPath)).path, post.path);
  await journal.close();
});

test("a planted trash record pointing through a linked folder does not restore outside the journal", async () => {
  const { dir, outside } = await journalAndOutside();
  await mkdir(path.join(dir, ".trash"));
  await symlink(outside, path.join(dir, "posts-link"));
  await writeFile(path.join(dir, ".trash/planted.md"), "# planted\n");
  await writeFile(
    path.join(dir, ".trash/.meta.json"),
    JSON.stringify({
      version: 1,
      entries: { "planted.md": { originalPath: "posts-link/planted.md", title: "x", deletedAt: "2020-01-01T00:00:00+09:00" } },
    }),
  );
  const journal = await Journal.open(dir);
  await assert.rejects(
    journal.restore(".trash/planted.md"),
    (e: unknown) => e instanceof TsuzuriError && /out of the journal/.test(e.message),
  );
  assert.deepEqual((await readdir(outside)).sort(), ["secret.md"]);
  await journal.close();
});

test("a .tsuzuri that links out of the journal: the index cache is neither read nor written there", async () => {
  const { dir, outside } = await journalAndOutside();
  await symlink(outside, path.join(dir, ".tsuzuri"));
  const journal = await Journal.open(dir);
  await journal.create({ title: "記事", body: "本文\n" });
  await journal.close();
  assert.deepEqual((await readdir(outside)).sort(), ["secret.md"], "no index.json outside");
});

test("deleting through a folder that links out of the journal moves nothing", async () => {
  const { dir, outside } = await journalAndOutside();
  await symlink(outside, path.join(dir, "linked-folder"));
  const journal = await Journal.open(dir);
  await assert.rejects(
    journal.delete("linked-folder/secret.md"),
    (e: unknown) => e instanceof TsuzuriError && /out of the journal/.test(e.message),
  );
  assert.deepEqual((await readdir(outside)).sort(), ["secret.md"]);
  await journal.close();
});
