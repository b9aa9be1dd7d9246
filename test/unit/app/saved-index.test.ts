// The search index saved in .tsuzuri/search/: loaded after a restart it answers exactly as a
// brute-force scan of the files does, in the app and in `tsuzuri search`'s quick path; posts
// changed, deleted or added while the app was closed are read again (and only they); a damaged,
// truncated or other-version file is ignored and rebuilt; nothing is written outside the journal.
import assert from "node:assert/strict";
import { mkdir, readdir, readFile, rm, symlink, truncate, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { commands, runCli } from "../../../core/node/cli/index.js";
import { Finder, quickSearch, type FindArgs } from "../../../core/node/search/index.js";
import { Journal } from "../../../core/node/store/index.js";
import { generateJournal, tempDir } from "./helpers.js";
import { bruteForce, scanJournal } from "./scan.js";

const SHARD_SIZE = 23;
const QUERIES = [
  "",
  "ドメイン",
  "ｋ８ｓ",
  "ｶﾀｶﾅ",
  "さーびすめっしゅ",
  "KUBERNETES 設計",
  '"Spring Boot"',
  "の",
  "について考えた",
  "line_3 := compute(3)",
  "tag:dev",
  "after:2019 before:2021 ドメイン",
  "xyzzy",
  "追記した言葉",
  "新しい投稿",
];
const FILTERS: Omit<FindArgs, "query">[] = [{}, { tags: ["dev"] }, { untagged: true }, { sort: "title" }, { sort: "oldest" }];
const SEARCH_DIR = path.join(".tsuzuri", "search");

/** Opens the journal and a finder over it, ready. */
async function open(dir: string): Promise<{ journal: Journal; finder: Finder; close(): Promise<void> }> {
  const journal = await Journal.open(dir);
  const finder = new Finder(journal, { shardSize: SHARD_SIZE });
  await finder.ready();
  return { journal, finder, close: async () => void (await Promise.all([finder.close(), journal.close()])) };
}

/** Every query and filter answers exactly what a scan of the files finds; the quick search too, when `quick`. */
async function assertOracle(dir: string, finder: Finder, journal: Journal, quick: boolean): Promise<void> {
  const scanned = await scanJournal(journal, dir);
  for (const query of QUERIES) {
    for (const filter of FILTERS) {
      const args: FindArgs = { query, ...filter, limit: 0 };
      assert.deepEqual((await finder.find(args)).paths, bruteForce(scanned, args), JSON.stringify(args));
    }
    if (!quick) continue;
    const fast = await quickSearch(dir, query);
    assert.ok(fast, `the quick search answers ${JSON.stringify(query)} from the saved index`);
    assert.deepEqual(
      fast.posts.map((p) => p.path),
      bruteForce(scanned, { query }),
      `quick search ${JSON.stringify(query)}`,
    );
  }
}

async function journalWithSavedIndex(): Promise<string> {
  const dir = await tempDir("tsuzuri-saved-index-");
  generateJournal(dir, 120, 5);
  await writeFile(path.join(dir, "posts", "untagged.md"), "# 見出しだけのメモ\n\nｶﾀｶﾅ と ｋ８ｓ\n");
  const first = await open(dir);
  assert.deepEqual(first.finder.loaded, { shards: 0, kept: 0, read: 121 }, "the first start reads every post");
  await first.close();
  return dir;
}

test("after a restart the index is loaded from disk, no post read, and answers exactly as a scan (app and quick search)", async () => {
  const dir = await journalWithSavedIndex();
  const files = await readdir(path.join(dir, SEARCH_DIR));
  assert.ok(
    files.includes("manifest.json") && files.filter((f) => f.endsWith(".bin")).length === Math.ceil(121 / SHARD_SIZE),
    `one file per shard: ${files.join(" ")}`,
  );
  const again = await open(dir);
  assert.deepEqual(again.finder.loaded, { shards: 6, kept: 121, read: 0 });
  await assertOracle(dir, again.finder, again.journal, true);
  const hits = await again.finder.find({ query: "ｋ８ｓ", limit: 5 });
  assert.ok(hits.hits.length > 0 && hits.hits.every((h) => h.snippet.text.length > 0), "hits with snippets from the loaded texts");
  await again.close();
});

test("posts changed, deleted and added while the app was closed are read again, only they, and answers still equal a scan", async () => {
  const dir = await journalWithSavedIndex();
  const before = await Journal.open(dir);
  const list = before.list();
  await before.close();
  const [changed, deleted] = [list[3]!, list[40]!];
  const text = await readFile(path.join(dir, changed.path), "utf8");
  await writeFile(path.join(dir, changed.path), text.replace("\n---\n", "\n---\n\n追記した言葉\n"));
  await unlink(path.join(dir, deleted.path));
  await writeFile(
    path.join(dir, "posts", "new.md"),
    "---\ntitle: 新しい投稿\ndate: 2030-01-02T03:04:05+09:00\ntags: [dev]\n---\n\nドメインの話。\n",
  );
  assert.equal(await quickSearch(dir, "ドメイン"), null, "a stale index is not used by the quick search");
  const after = await open(dir);
  assert.deepEqual(
    after.finder.loaded,
    { shards: 6, kept: 119, read: 2 },
    "the changed and the new post are read, the deleted one dropped",
  );
  await assertOracle(dir, after.finder, after.journal, false);
  assert.deepEqual((await after.finder.find({ query: "追記した言葉", limit: 0 })).paths, [changed.path]);
  await after.close();
  const saved = await open(dir);
  assert.deepEqual(saved.finder.loaded, { shards: 6, kept: 121, read: 0 }, "the patched index was saved on close");
  await assertOracle(dir, saved.finder, saved.journal, true);
  await saved.close();
});

test("a truncated shard, a damaged one and a manifest of another version are ignored and rebuilt, never an error", async () => {
  const dir = await journalWithSavedIndex();
  const folder = path.join(dir, SEARCH_DIR);
  const shards = (JSON.parse(await readFile(path.join(folder, "manifest.json"), "utf8")) as { shards: string[] }).shards;
  await truncate(path.join(folder, shards[0]!), 1000);
  const damaged = await readFile(path.join(folder, shards[1]!));
  damaged[damaged.length - 7] = (damaged[damaged.length - 7] ?? 0) ^ 0xff; // in the first positions, under their block CRCs
  damaged[Math.floor(damaged.length / 2)] = (damaged[Math.floor(damaged.length / 2)] ?? 0) ^ 0x55;
  await writeFile(path.join(folder, shards[1]!), damaged);
  const patched = await open(dir);
  assert.equal(patched.finder.loaded.shards, 4, "the two bad shards are left out");
  assert.equal(patched.finder.loaded.read, 2 * SHARD_SIZE, "their posts are read again");
  await assertOracle(dir, patched.finder, patched.journal, false);
  await patched.close();
  assert.ok(await quickSearch(dir, "ドメイン"), "saved again whole on close");
  await writeFile(path.join(folder, "manifest.json"), JSON.stringify({ version: 999, shards }));
  assert.equal(await quickSearch(dir, "ドメイン"), null);
  const other = await open(dir);
  assert.deepEqual(other.finder.loaded, { shards: 0, kept: 0, read: 121 });
  await assertOracle(dir, other.finder, other.journal, false);
  await other.close();
  await writeFile(path.join(folder, "manifest.json"), "{not json");
  const garbled = await open(dir);
  assert.equal(garbled.finder.loaded.read, 121);
  await garbled.close();
});

test("the index is never written through a symbolic link that leads out of the journal", async () => {
  const dir = await tempDir("tsuzuri-saved-index-");
  const outside = await tempDir("tsuzuri-outside-");
  generateJournal(dir, 30, 2);
  await mkdir(path.join(dir, ".tsuzuri"), { recursive: true });
  await rm(path.join(dir, SEARCH_DIR), { recursive: true, force: true });
  await symlink(outside, path.join(dir, SEARCH_DIR));
  const opened = await open(dir);
  assert.equal((await opened.finder.find({ query: "ドメイン", limit: 0 })).total > 0, true);
  await opened.close();
  assert.deepEqual(await readdir(outside), [], "nothing was written outside the journal");
  assert.equal(await quickSearch(dir, "ドメイン"), null);
});

test("tsuzuri search saves the index on its first run, answers from it after, and sees a file changed in between", async () => {
  const dir = await tempDir("tsuzuri-saved-index-cli-");
  generateJournal(dir, 60, 3);
  const search = async (query: string): Promise<string[]> => {
    const out: string[] = [];
    assert.equal(await runCli(["search", dir, query], commands, { out: (l) => out.push(l), err: (l) => assert.fail(l) }), 0);
    return out;
  };
  assert.equal(await quickSearch(dir, "ドメイン"), null, "no saved index before the first search");
  const first = await search("ドメイン");
  assert.ok(first.length > 0);
  assert.ok(await quickSearch(dir, "ドメイン"), "the first search saved the index");
  assert.deepEqual(await search("ドメイン"), first, "the quick path prints the same lines");
  const target = first[0]!.split("\t")[0]!;
  await writeFile(path.join(dir, target), "---\ntitle: 差し替え\n---\n\nまったく別の本文\n");
  assert.deepEqual(await search("ドメイン"), first.slice(1), "the changed post no longer matches");
  assert.deepEqual(await search("別の本文"), [`${target}\t差し替え`]);
  assert.ok(await quickSearch(dir, "別の本文"), "the refreshed index was saved again");
});
