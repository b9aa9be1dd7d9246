// `tsuzuri hatena push` against the local AtomPub server: an edit sent (and only what was edited), a
// new post with an image (uploaded once, its link rewritten only in what is sent), never an unlinked
// post unless named, and an entry changed on the blog since the last sync never overwritten.
import assert from "node:assert/strict";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, test } from "node:test";
import { JSDOM } from "jsdom";
import { Journal } from "../../../core/node/store/index.js";
import { hatena, postOfEntry, pullFrom, readPost, startServer, tempDir } from "./helpers.js";

const ATOM = "http://www.w3.org/2005/Atom";
const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082",
  "hex",
);

/** The fields of an entry the client sent. */
function sent(xml: string) {
  const doc = new new JSDOM("").window.DOMParser().parseFromString(xml, "application/xml");
  const text = (name: string) => doc.getElementsByTagNameNS(ATOM, name)[0]?.textContent ?? null;
  return {
    title: text("title"),
    content: text("content"),
    updated: text("updated"),
    categories: Array.from(doc.getElementsByTagNameNS(ATOM, "category")).map((c) => c.getAttribute("term")),
    draft: doc.getElementsByTagNameNS("http://www.w3.org/2007/app", "draft")[0]?.textContent,
  };
}

/** Edits the body of the post at `rel` through the store, as the editor would. */
async function editPost(dir: string, rel: string, edit: (body: string) => string, tags?: string[]): Promise<void> {
  const journal = await Journal.open(dir);
  try {
    const post = await journal.read(rel);
    const result = await journal.save({
      path: rel,
      baseHash: post.hash,
      title: post.title,
      body: edit(post.body),
      tags: tags ?? post.tags,
    });
    assert.equal(result.status, "saved");
  } finally {
    await journal.close();
  }
}

describe("hatena push", () => {
  test("sends the edited linked post (body without front matter; title, tags, date and draft from the post) and nothing else", async () => {
    const server = await startServer();
    const a = server.seed({ title: "編集する記事", content: "元の本文\n", updated: "2019-07-24T21:30:00+09:00" });
    const b = server.seed({ title: "触らない記事", content: "そのまま\n" });
    const dir = await tempDir();
    assert.equal((await pullFrom(server, dir)).code, 0);
    const rel = (await postOfEntry(dir, server.editUrl(a.id)))!;
    await editPost(dir, rel, (body) => body + "\n追記しました。\n", ["日記", "kubernetes"]);
    const journal = await Journal.open(dir);
    await journal.create({ title: "非公開の日記", body: "誰にも見せない\n" });
    await journal.close();

    const from = server.log.length;
    const run = await hatena(["push", "--journal", dir]);
    assert.equal(run.code, 0, run.out + run.err);
    assert.match(run.err, /^Pushing 1\/1: 編集する記事$/m, "progress on stderr");
    const writes = server.writes(from);
    assert.deepEqual(
      writes.map((w) => `${w.method} ${w.path}`),
      [`PUT ${new URL(server.editUrl(a.id)).pathname}`],
      "one PUT, for the edited post only: the unlinked diary is never sent",
    );
    const body = sent(writes[0]?.body ?? "");
    assert.equal(body.title, "編集する記事");
    assert.equal(body.content, "元の本文\n\n追記しました。\n");
    assert.ok(!body.content?.includes("---"), "no front matter in what is sent");
    assert.deepEqual(body.categories, ["日記", "kubernetes"]);
    assert.equal(body.updated, "2019-07-24T21:30:00+09:00");
    assert.equal(body.draft, "no");
    assert.equal(server.find(a.id)?.content, "元の本文\n\n追記しました。\n");
    assert.equal(server.find(b.id)?.content, "そのまま\n");
    const link = (await readPost(dir, rel)).data.hatena as Record<string, string>;
    assert.equal(link.edited, server.find(a.id)?.edited, "the new app:edited is recorded");

    const again = await hatena(["push", "--journal", dir]);
    assert.equal(again.code, 0);
    assert.equal(server.writes(from).length, 1, "nothing left to send");
  });

  test("a new post with an image: the image is uploaded once, its link points at Fotolife in what is sent only, and the post is linked", async () => {
    const server = await startServer();
    const dir = await tempDir();
    assert.equal((await pullFrom(server, dir)).code, 0, "pulling an empty blog links the journal");
    await mkdir(path.join(dir, "assets"), { recursive: true });
    await writeFile(path.join(dir, "assets", "photo.png"), PNG);
    const journal = await Journal.open(dir);
    const first = await journal.create({ title: "写真つき", body: "今日の一枚\n\n![写真](../../assets/photo.png)\n" });
    const second = await journal.create({ title: "同じ写真", body: "![again](../../assets/photo.png)\n" });
    await journal.updateMeta({ path: second.path, baseHash: second.hash, draft: true });
    await journal.close();
    const localBody = (await readPost(dir, first.path)).body;

    const run = await hatena(["push", "--journal", dir, path.join(dir, first.path)]);
    assert.equal(run.code, 0, run.out + run.err);
    assert.equal(server.uploads.length, 1);
    assert.deepEqual(server.uploads[0]?.bytes, PNG, "the image's bytes reach Fotolife");
    const post = server.writes().find((w) => w.method === "POST" && w.path.endsWith("/entry"));
    assert.equal(sent(post?.body ?? "").content, `今日の一枚\n\n![写真](${server.uploads[0]?.url})\n`);
    const after = await readPost(dir, first.path);
    assert.equal(after.body, localBody, "the local file keeps its own image link");
    const entry = server.entries[0]!;
    assert.equal((after.data.hatena as Record<string, string>).edit, server.editUrl(entry.id));

    const run2 = await hatena(["push", "--journal", dir, second.path]);
    assert.equal(run2.code, 0, run2.out + run2.err);
    assert.equal(server.uploads.length, 1, "the same image (by content) is not uploaded again");
    assert.equal(server.entries.length, 2);
    assert.equal(server.entries[0]?.draft, true, "a draft post becomes a draft entry");
    assert.match(server.entries[0]?.content ?? "", new RegExp(`!\\[again\\]\\(${server.uploads[0]?.url.replace(/[.?]/g, "\\$&")}\\)`));
  });

  test("an entry changed on the blog since the last sync is not overwritten: nothing sent, a conflict, exit 1; a server rewrite counts too; --force sends", async () => {
    const server = await startServer();
    const entry = server.seed({ title: "衝突", content: "元\n" });
    const dir = await tempDir();
    assert.equal((await pullFrom(server, dir)).code, 0);
    const rel = (await postOfEntry(dir, server.editUrl(entry.id)))!;
    await editPost(dir, rel, () => "手元の版\n");
    server.editRemotely(entry.id, { content: "ブログの版\n" });

    const from = server.log.length;
    const run = await hatena(["push", "--journal", dir]);
    assert.equal(run.code, 1);
    assert.match(run.out, /^CONFLICT\t.*app:edited/m);
    assert.deepEqual(server.writes(from), [], "nothing was sent");
    assert.equal(server.find(entry.id)?.content, "ブログの版\n");

    // Only the server rewrote the entry (same text, new app:edited): still refused.
    const dir2 = await tempDir();
    assert.equal((await pullFrom(server, dir2)).code, 0);
    const rel2 = (await postOfEntry(dir2, server.editUrl(entry.id)))!;
    await editPost(dir2, rel2, () => "別の手元の版\n");
    server.rewrite(entry.id);
    const run2 = await hatena(["push", "--journal", dir2]);
    assert.equal(run2.code, 1);
    assert.deepEqual(server.writes(from), []);

    const forced = await hatena(["push", "--journal", dir2, "--force", rel2]);
    assert.equal(forced.code, 0, forced.out);
    assert.equal(server.find(entry.id)?.content, "別の手元の版\n");
    assert.equal(await readFile(path.join(dir2, rel2), "utf8").then((t) => t.includes(server.find(entry.id)?.edited ?? "?")), true);
  });
});
