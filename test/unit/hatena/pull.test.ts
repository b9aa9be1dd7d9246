// `tsuzuri hatena pull` against the local AtomPub server: every page, Markdown kept as written,
// Hatena syntax converted with its nesting, links recorded, re-pulls without duplicates, remote
// edits taken, and edits on both sides kept (the post untouched, the blog's text in a copy).
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, test } from "node:test";
import { PAGE_SIZE } from "./atompub-server.js";
import { KEY, USER, hashTree, hatena, postFiles, postOfEntry, pullFrom, readPost, startServer, tempDir } from "./helpers.js";

const NESTED_HTML =
  '<div class="section"><h3>会議メモ</h3><ul><li>一日目<ul><li>基調講演<ul><li>Kubernetes</li></ul></li></ul></li><li>二日目</li></ul></div>';

describe("hatena pull", () => {
  test("reads every page into one post per entry, linked, with title, date, tags, draft and body; remembers the blog without the key", async () => {
    const server = await startServer();
    for (let i = 1; i <= PAGE_SIZE + 2; i++)
      server.seed({
        title: `記事${i}`,
        content: `# 見出し${i}\n\n本文 ${i} の **Markdown**\n`,
        categories: i === 3 ? ["料理", "日記"] : [],
      });
    const hatenaEntry = server.seed({
      title: "はてな記法の記事",
      content: "* 会議メモ\n- 一日目\n-- 基調講演\n--- Kubernetes\n- 二日目",
      syntax: "hatena",
      formatted: NESTED_HTML,
    });
    const draft = server.seed({ title: "下書き", content: "まだ途中", draft: true, updated: "2019-07-24T21:30:00+09:00" });
    const journal = await tempDir();

    const run = await pullFrom(server, journal);
    assert.equal(run.code, 0, run.err + run.out);
    assert.match(run.out, /Pulled: 11 created, 0 updated, 0 unchanged, 0 conflict, 0 failed/);
    assert.equal(server.log.filter((r) => r.path.includes("/entry")).length, 2, "both pages of the collection were read");
    assert.equal((await postFiles(journal)).length, 11);

    const first = await readPost(
      journal,
      (await postOfEntry(journal, server.editUrl(server.entries.find((e) => e.title === "記事1")?.id ?? "")))!,
    );
    assert.equal(first.data.title, "記事1");
    assert.equal(first.body, "# 見出し1\n\n本文 1 の **Markdown**\n", "a Markdown entry's body is kept as written");
    const tagged = await readPost(
      journal,
      (await postOfEntry(journal, server.editUrl(server.entries.find((e) => e.title === "記事3")?.id ?? "")))!,
    );
    assert.deepEqual(tagged.data.tags, ["料理", "日記"]);

    const converted = await readPost(journal, (await postOfEntry(journal, server.editUrl(hatenaEntry.id)))!);
    assert.match(converted.body, /^### 会議メモ$/m);
    assert.match(converted.body, /^- 一日目\n {2}- 基調講演\n {4}- Kubernetes\n- 二日目$/m, "the nesting of the rendered HTML is kept");
    assert.equal((converted.data.hatena as Record<string, string>).syntax, "hatena");

    const draftRel = (await postOfEntry(journal, server.editUrl(draft.id)))!;
    assert.match(draftRel, /^posts\/2019\/2019-07-24-/, "the post is filed under the entry's public date");
    const d = await readPost(journal, draftRel);
    assert.equal(d.data.date, "2019-07-24T21:30:00+09:00");
    assert.equal(d.data.draft, true);
    const link = d.data.hatena as Record<string, string>;
    assert.equal(link.edit, server.editUrl(draft.id));
    assert.equal(link.url, `https://${server.blog}/entry/${draft.id}`);
    assert.equal(link.edited, draft.edited);

    const settings = await readFile(path.join(journal, ".tsuzuri", "hatena.json"), "utf8");
    assert.deepEqual(
      { ...JSON.parse(settings), images: undefined, version: undefined },
      {
        endpoint: server.endpoint,
        user: USER,
        fotolife: server.fotolife,
        auth: "wsse",
        syntax: "markdown",
        images: undefined,
        version: undefined,
      },
    );
    assert.ok(!settings.includes(KEY), "the API key is never written into the journal");
  });

  test("pulling again makes no duplicates; an entry edited on the blog updates the post not edited here, in place", async () => {
    const server = await startServer();
    const a = server.seed({ title: "一つ目", content: "最初の本文\n" });
    server.seed({ title: "二つ目", content: "そのまま\n" });
    const journal = await tempDir();
    assert.equal((await pullFrom(server, journal)).code, 0);
    const files = await postFiles(journal);
    const before = await hashTree(journal);

    const again = await hatena(["pull", "--journal", journal]);
    assert.equal(again.code, 0, again.err);
    assert.match(again.out, /0 created, 0 updated, 2 unchanged/);
    assert.deepEqual(await postFiles(journal), files);
    assert.equal(await hashTree(journal), before, "nothing changes when nothing changed");

    server.editRemotely(a.id, { title: "一つ目（改訂）", content: "直した本文\n", categories: ["改訂"] });
    const third = await hatena(["pull", "--journal", journal]);
    assert.equal(third.code, 0, third.err);
    assert.match(third.out, /0 created, 1 updated, 1 unchanged/);
    assert.deepEqual(await postFiles(journal), files, "updated in place: no new file");
    const post = await readPost(journal, (await postOfEntry(journal, server.editUrl(a.id)))!);
    assert.equal(post.data.title, "一つ目（改訂）");
    assert.equal(post.body, "直した本文\n");
    assert.deepEqual(post.data.tags, ["改訂"]);
    assert.equal((post.data.hatena as Record<string, string>).edited, server.find(a.id)?.edited);
  });

  test("an entry edited on both sides: the post is left as it is, the blog's text goes into a copy beside it, exit 1; pulling again makes no second copy", async () => {
    const server = await startServer();
    const entry = server.seed({ title: "両方で編集", content: "元の本文\n" });
    const journal = await tempDir();
    assert.equal((await pullFrom(server, journal)).code, 0);
    const rel = (await postOfEntry(journal, server.editUrl(entry.id)))!;
    const { writeFile } = await import("node:fs/promises");
    const local = (await readFile(path.join(journal, rel), "utf8")).replace("元の本文", "手元で書き足した本文");
    await writeFile(path.join(journal, rel), local);
    server.editRemotely(entry.id, { content: "ブログで直した本文\n" });

    const run = await hatena(["pull", "--journal", journal]);
    assert.equal(run.code, 1, "a conflict is an exit status 1");
    assert.match(run.out, /^CONFLICT\t/m);
    assert.equal(await readFile(path.join(journal, rel), "utf8"), local, "the local post is untouched");
    const copyRel = rel.replace(/\.md$/, ".hatena-conflict.md");
    assert.ok((await postFiles(journal)).includes(copyRel), run.out);
    const copy = await readPost(journal, copyRel);
    assert.equal(copy.body, "ブログで直した本文\n");
    assert.equal(copy.data.hatena, undefined, "the copy is not linked (it is never pushed)");
    assert.equal((copy.data.hatena_conflict_of as Record<string, string>).edit, server.editUrl(entry.id));

    const again = await hatena(["pull", "--journal", journal]);
    assert.equal(again.code, 1, "the conflict stands until it is resolved");
    assert.equal((await postFiles(journal)).length, 2, "no second copy");
    assert.equal(await readFile(path.join(journal, rel), "utf8"), local);
  });
});
