// Every failure of `tsuzuri hatena` is one clear message and leaves both sides whole: a wrong key
// (401), an endpoint that does not exist (404), a blog in another syntax than Markdown, a timeout,
// XML that cannot be read, and a missing HATENA_API_KEY.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Journal } from "../../../core/node/store/index.js";
import type { AtomPubServer } from "./atompub-server.js";
import { USER, hashTree, hatena, postFiles, postOfEntry, pullFrom, startServer, tempDir } from "./helpers.js";

/** A journal pulled from `server`, with the post of its first entry edited; the post's path. */
async function linkedJournal(server: AtomPubServer): Promise<{ dir: string; rel: string }> {
  const entry = server.seed({ title: "記事", content: "本文\n" });
  const dir = await tempDir();
  assert.equal((await pullFrom(server, dir)).code, 0);
  const rel = (await postOfEntry(dir, server.editUrl(entry.id)))!;
  const journal = await Journal.open(dir);
  const post = await journal.read(rel);
  await journal.save({ path: rel, baseHash: post.hash, title: post.title, body: "直した本文\n" });
  await journal.close();
  return { dir, rel };
}

async function newPost(dir: string, title: string): Promise<string> {
  const journal = await Journal.open(dir);
  const post = await journal.create({ title, body: "新しい記事\n" });
  await journal.close();
  return post.path;
}

describe("hatena errors", () => {
  test("a wrong API key: the 401 is explained, nothing is written in the journal, nothing sent", async () => {
    const server = await startServer();
    server.seed({ title: "記事", content: "本文\n" });
    const empty = await tempDir();
    const run = await hatena(["pull", "--journal", empty, "--endpoint", server.endpoint, "--user", USER], "wrong-key");
    assert.equal(run.code, 1);
    assert.match(run.err, /refused the Hatena ID or API key \(401\).*HATENA_API_KEY.*詳細設定 → AtomPub/);
    assert.deepEqual(await postFiles(empty), []);
    assert.equal(await hashTree(empty), await hashTree(await tempDir()), "no posts and no hatena.json");

    const { dir } = await linkedJournal(server);
    const before = await hashTree(dir);
    const from = server.log.length;
    const push = await hatena(["push", "--journal", dir], "wrong-key");
    assert.equal(push.code, 1);
    assert.match(push.out, /^FAILED\t.*401/m);
    assert.deepEqual(server.writes(from), []);
    assert.equal(await hashTree(dir), before);
  });

  test("an endpoint that does not exist: the 404 names --endpoint and where to find it; nothing written", async () => {
    const server = await startServer();
    const dir = await tempDir();
    const run = await hatena(["pull", "--journal", dir, "--endpoint", `${server.base}/nobody/no-blog/atom`, "--user", USER]);
    assert.equal(run.code, 1);
    assert.match(run.err, /Nothing answers at .*\/nobody\/no-blog\/atom\/entry \(404\)\. Check --endpoint.*AtomPub ルートエンドポイント/);
    assert.deepEqual(await postFiles(dir), []);
    assert.equal(await hashTree(dir), await hashTree(await tempDir()));
  });

  test("a blog in Hatena syntax: a Markdown post is not sent (new or linked), with the reason; a blog that turns out not to be Markdown gets its new entry taken back", async () => {
    const server = await startServer();
    server.syntax = "hatena";
    const hatenaEntry = server.seed({ title: "はてな記法", content: "* 見出し", formatted: "<h3>見出し</h3>" });
    const dir = await tempDir();
    assert.equal((await pullFrom(server, dir)).code, 0);
    const fresh = await newPost(dir, "マークダウンの記事");
    const linked = (await postOfEntry(dir, server.editUrl(hatenaEntry.id)))!;
    const journal = await Journal.open(dir);
    const post = await journal.read(linked);
    await journal.save({ path: linked, baseHash: post.hash, title: post.title, body: "### 直した\n" });
    await journal.close();
    const before = await hashTree(dir);
    const from = server.log.length;

    const run = await hatena(["push", "--journal", dir, fresh, linked]);
    assert.equal(run.code, 1);
    assert.equal(run.out.match(/^FAILED\t.*Hatena syntax \(はてな記法\).*Nothing was sent/gm)?.length, 2, run.out);
    assert.deepEqual(server.writes(from), []);
    assert.equal(await hashTree(dir), before);

    // An empty blog says nothing of its setting: the entry is posted, found in Hatena syntax, and deleted again.
    const server2 = await startServer();
    const dir2 = await tempDir();
    assert.equal((await pullFrom(server2, dir2)).code, 0);
    server2.syntax = "html";
    const rel = await newPost(dir2, "最初の記事");
    const before2 = await hashTree(dir2);
    const run2 = await hatena(["push", "--journal", dir2, rel]);
    assert.equal(run2.code, 1);
    assert.match(run2.out, /WYSIWYG editor \(見たままモード\)/);
    assert.deepEqual(
      server2.writes().map((w) => w.method),
      ["POST", "DELETE"],
    );
    assert.equal(server2.entries.length, 0, "nothing is left on the blog");
    assert.equal(await hashTree(dir2), before2, "the post is not linked to the deleted entry");
  });

  test("a server that does not answer: a timeout message, nothing written; push stops at the first such error", async () => {
    const server = await startServer();
    const { dir } = await linkedJournal(server);
    await newPost(dir, "二つ目");
    const before = await hashTree(dir);
    server.fault = "hang";
    const run = await hatena(["pull", "--journal", dir, "--timeout", "0.3"]);
    assert.equal(run.code, 1);
    assert.match(run.err, /did not answer within 0\.3 s/);
    assert.equal(await hashTree(dir), before);
    const push = await hatena(["push", "--journal", dir, "--timeout", "0.3"]);
    assert.equal(push.code, 1);
    assert.match(push.out, /^FAILED\t.*did not answer/m);
    assert.equal(await hashTree(dir), before);
  });

  test("XML that cannot be read, or an HTML page where Atom was expected: a clear message, nothing written or sent", async () => {
    const server = await startServer();
    const { dir } = await linkedJournal(server);
    const before = await hashTree(dir);
    for (const fault of ["malformed", "html-page"] as const) {
      server.fault = fault;
      const from = server.log.length;
      const run = await hatena(["pull", "--journal", dir]);
      assert.equal(run.code, 1);
      assert.match(run.err, fault === "malformed" ? /XML that cannot be read/ : /<html> document where an Atom <feed> was expected/);
      const push = await hatena(["push", "--journal", dir]);
      assert.equal(push.code, 1);
      assert.match(push.out, /^FAILED\t/m);
      assert.deepEqual(server.writes(from), []);
      assert.equal(await hashTree(dir), before);
    }
  });

  test("without HATENA_API_KEY, or without an endpoint the first time: a usage message, exit 2", async () => {
    const dir = await tempDir();
    const noKey = await hatena(["pull", "--journal", dir, "--endpoint", "http://127.0.0.1:9/a/b/atom", "--user", "a"], null);
    assert.equal(noKey.code, 2);
    assert.match(noKey.err, /set HATENA_API_KEY/);
    const noEndpoint = await hatena(["pull", "--journal", dir]);
    assert.equal(noEndpoint.code, 2);
    assert.match(noEndpoint.err, /give --endpoint/);
    assert.deepEqual(await postFiles(dir), []);
  });
});
