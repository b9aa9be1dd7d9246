import assert from "node:assert/strict";
import { mkdir, readFile, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { TsuzuriError } from "../../../core/contract/index.js";
import { Journal } from "../../../core/node/store/index.js";
import { allFiles, tempDir } from "./helpers.js";

const NESTED = "前置き。\n\n- 1段目\n  - 2段目\n    - 3段目\n      - 4段目の**メモ**\n- 戻る\n";

async function openTemp(): Promise<{ dir: string; journal: Journal }> {
  const dir = await tempDir();
  const journal = await Journal.open(dir);
  return { dir, journal };
}

test("create → save → read round trip with a Japanese title and a list nested 4 deep", async () => {
  const { dir, journal } = await openTemp();
  const created = await journal.create({ title: "カンファレンス2日目のメモ", body: NESTED });
  assert.match(created.path, /^posts\/\d{4}\/\d{4}-\d{2}-\d{2}-カンファレンス2日目のメモ\.md$/);
  assert.equal(created.title, "カンファレンス2日目のメモ");
  assert.equal(created.body, NESTED);
  assert.match(created.id ?? "", /^[0-9A-HJKMNP-TV-Z]{26}$/);
  assert.match(created.date ?? "", /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);

  const body = NESTED + "\n追記: 𠮷野家\n";
  const result = await journal.save({
    path: created.path,
    baseHash: created.hash,
    title: "カンファレンス2日目のメモ",
    body,
    tags: ["日記", "conference"],
  });
  assert.equal(result.status, "saved");
  if (result.status !== "saved") return;
  assert.equal(result.post.path, created.path, "same title: same file");
  assert.equal(result.previousPath, created.path);
  assert.notEqual(result.post.hash, created.hash);

  const onDisk = await readFile(path.join(dir, created.path), "utf8");
  assert.ok(onDisk.endsWith("\n\n" + body), "the file ends with the body as given");
  const again = await journal.read(created.path);
  assert.equal(again.body, body);
  assert.deepEqual(again.tags, ["日記", "conference"]);
  assert.equal(again.id, created.id);
  assert.equal(again.date, created.date);
  assert.match(again.updated ?? "", /[+-]\d\d:\d\d$/);
  assert.equal(again.hash, result.post.hash);
  assert.equal(again.chars, Array.from(body.replace(/\n/g, "")).length);
  assert.deepEqual(
    journal.list().map((p) => p.title),
    ["カンファレンス2日目のメモ"],
  );
  await journal.close();
});

test("unknown front-matter keys and comments survive a save byte for byte outside the changed keys", async () => {
  const { dir, journal } = await openTemp();
  const head =
    "---\n# written by hand\ntitle: Old  # inline comment\nlayout:   post\ncustom:\n  nested: [1, 2]\ndate: 2019-07-24T21:30:00+09:00\nid: 01J0000000000000000000000A\n---\n";
  await mkdir(path.join(dir, "notes"));
  await writeFile(path.join(dir, "notes/hand.md"), head + "\nbody\n");
  await journal.close();
  const j = await Journal.open(dir);
  const post = await j.read("notes/hand.md");
  const r = await j.save({ path: post.path, baseHash: post.hash, title: "New", body: "new body\n" });
  assert.equal(r.status, "saved");
  const text = await readFile(path.join(dir, "notes/hand.md"), "utf8");
  const updated = /\nupdated: (\S+)\n/.exec(text)?.[1] ?? "missing";
  assert.equal(text, head.replace("title: Old ", "title: New ").replace("\n---\n", `\nupdated: ${updated}\n---\n`) + "\nnew body\n");
  assert.equal(r.status === "saved" && r.post.path, "notes/hand.md", "a post not created by this journal keeps its file name");
  await j.close();
});

test("a file without front matter is listed with a title from its heading or file name, and gets front matter on first save", async () => {
  const dir = await tempDir();
  await mkdir(path.join(dir, "old/2018"), { recursive: true });
  await writeFile(path.join(dir, "old/2018/2018-05-01-plain-notes.md"), "no heading, just text\n");
  await writeFile(path.join(dir, "old/2018/2018-05-02-x.md"), "# 見出しの題\n\n本文\n");
  const journal = await Journal.open(dir);
  const byPath = new Map(journal.list().map((p) => [p.path, p]));
  assert.equal(byPath.get("old/2018/2018-05-01-plain-notes.md")?.title, "plain-notes");
  assert.equal(byPath.get("old/2018/2018-05-02-x.md")?.title, "見出しの題");
  const post = await journal.read("old/2018/2018-05-02-x.md");
  const r = await journal.save({ path: post.path, baseHash: post.hash, title: post.title, body: post.body });
  assert.equal(r.status, "saved");
  const text = await readFile(path.join(dir, post.path), "utf8");
  assert.match(
    text,
    /^---\nid: \S+\ntitle: 見出しの題\ndate: 2018-05-02T00:00:00[+-]\d\d:\d\d\nupdated: \S+\n---\n\n# 見出しの題\n\n本文\n$/,
  );
  await journal.close();
});

test("a file changed elsewhere since it was opened is a conflict: nothing is written; force overwrites", async () => {
  const { dir, journal } = await openTemp();
  const post = await journal.create({ title: "conflict", body: "mine\n" });
  const abs = path.join(dir, post.path);
  const theirs = (await readFile(abs, "utf8")).replace("mine", "theirs");
  await writeFile(abs, theirs);
  const r = await journal.save({ path: post.path, baseHash: post.hash, title: "conflict", body: "mine, edited\n" });
  assert.equal(r.status, "conflict");
  assert.equal(r.status === "conflict" && r.disk.body, "theirs\n");
  assert.equal(await readFile(abs, "utf8"), theirs, "the other program's text is untouched");
  const forced = await journal.save({ path: post.path, baseHash: post.hash, title: "conflict", body: "mine, edited\n", force: true });
  assert.equal(forced.status, "saved");
  assert.ok((await readFile(abs, "utf8")).endsWith("mine, edited\n"));
  await journal.close();
});

test("saving a post whose file was deleted elsewhere fails clearly, unless forced", async () => {
  const { dir, journal } = await openTemp();
  const post = await journal.create({ title: "gone" });
  const { unlink } = await import("node:fs/promises");
  await unlink(path.join(dir, post.path));
  await assert.rejects(
    journal.save({ path: post.path, baseHash: post.hash, title: "gone", body: "x" }),
    (e: unknown) => e instanceof TsuzuriError && e.code === "not-found" && /no longer on disk/.test(e.message),
  );
  const r = await journal.save({ path: post.path, baseHash: post.hash, title: "gone", body: "x\n", force: true });
  assert.equal(r.status, "saved");
  assert.ok((await readFile(path.join(dir, post.path), "utf8")).endsWith("x\n"));
  await journal.close();
});

test("names never collide: same title on the same day, even created at once", async () => {
  const { dir, journal } = await openTemp();
  const posts = await Promise.all(Array.from({ length: 5 }, (_, i) => journal.create({ title: "同じ題", body: `本文${i}\n` })));
  const paths = posts.map((p) => p.path);
  assert.equal(new Set(paths).size, 5);
  assert.ok(paths.some((p) => p.endsWith("-同じ題-2.md")));
  for (const p of posts) assert.ok((await readFile(path.join(dir, p.path), "utf8")).endsWith(p.body));
  await journal.close();
});

test("a fresh post's file follows its title; a renamed-to name that is taken gets a number; the other file is untouched", async () => {
  const { dir, journal } = await openTemp();
  const other = await journal.create({ title: "taken", body: "other\n" });
  const post = await journal.create({ body: "draft\n" });
  assert.match(post.path, /-untitled\.md$/);
  const r1 = await journal.save({ path: post.path, baseHash: post.hash, title: "First idea", body: "draft\n" });
  assert.ok(r1.status === "saved");
  if (r1.status !== "saved") return;
  assert.match(r1.post.path, /-first-idea\.md$/);
  assert.equal(r1.previousPath, post.path);
  const r2 = await journal.save({ path: r1.post.path, baseHash: r1.post.hash, title: "taken", body: "draft\n" });
  assert.ok(r2.status === "saved");
  if (r2.status !== "saved") return;
  assert.match(r2.post.path, /-taken-2\.md$/);
  assert.ok((await readFile(path.join(dir, other.path), "utf8")).endsWith("other\n"));
  assert.deepEqual((await allFiles(dir)).filter((f) => f.endsWith(".md")).sort(), [other.path, r2.post.path].sort());
  assert.deepEqual(
    journal
      .list()
      .map((p) => p.path)
      .sort(),
    [other.path, r2.post.path].sort(),
  );
  await journal.close();
});

test("characters Windows forbids in a title stay in the title but never reach the file name", async () => {
  const { dir, journal } = await openTemp();
  const title = 'Q&A: "なぜ?" <draft> a/b\\c|d*e.';
  const post = await journal.create({ title });
  assert.doesNotMatch(path.posix.basename(post.path), /[<>:"\\|?*]/);
  assert.doesNotMatch(post.path, /\.\.md$/);
  assert.equal(post.title, title);
  assert.equal((await journal.read(post.path)).title, title);
  assert.ok((await allFiles(dir)).includes(post.path));
  await journal.close();
});

test("delete moves the file to .trash/ and restore puts it back (beside a newcomer if its place was taken)", async () => {
  const { dir, journal } = await openTemp();
  const post = await journal.create({ title: "消すかも", body: "大事\n" });
  const entry = await journal.delete(post.path);
  assert.equal(entry.originalPath, post.path);
  assert.equal(entry.title, "消すかも");
  assert.match(entry.trashPath, /^\.trash\/.+\.md$/);
  assert.equal(journal.list().length, 0);
  assert.ok((await readFile(path.join(dir, entry.trashPath), "utf8")).endsWith("大事\n"));
  assert.deepEqual(
    (await journal.listTrash()).map((e) => e.trashPath),
    [entry.trashPath],
  );

  const restored = await journal.restore(entry.trashPath);
  assert.equal(restored.path, post.path);
  assert.equal(restored.title, "消すかも");
  assert.deepEqual(await journal.listTrash(), []);

  // Delete again, put a new file where it was, restore: both survive.
  const entry2 = await journal.delete(post.path);
  await writeFile(path.join(dir, post.path), "newcomer\n");
  const restored2 = await journal.restore(entry2.trashPath);
  assert.notEqual(restored2.path, post.path);
  assert.equal(await readFile(path.join(dir, post.path), "utf8"), "newcomer\n");
  assert.ok((await readFile(path.join(dir, restored2.path), "utf8")).endsWith("大事\n"));
  await journal.close();
});

test("trash names never collide: two deleted posts with the same file name", async () => {
  const { dir, journal } = await openTemp();
  await mkdir(path.join(dir, "a"));
  await mkdir(path.join(dir, "b"));
  await writeFile(path.join(dir, "a/same.md"), "A\n");
  await writeFile(path.join(dir, "b/same.md"), "B\n");
  await journal.close();
  const j = await Journal.open(dir);
  const ea = await j.delete("a/same.md");
  const eb = await j.delete("b/same.md");
  assert.notEqual(ea.trashPath, eb.trashPath);
  assert.equal((await j.restore(eb.trashPath)).path, "b/same.md");
  assert.equal((await j.restore(ea.trashPath)).path, "a/same.md");
  assert.equal(await readFile(path.join(dir, "a/same.md"), "utf8"), "A\n");
  assert.equal(await readFile(path.join(dir, "b/same.md"), "utf8"), "B\n");
  await j.close();
});

test("CRLF files stay CRLF after a save", async () => {
  const dir = await tempDir();
  await writeFile(path.join(dir, "win.md"), "---\r\ntitle: Windows\r\n---\r\n\r\nline 1\r\nline 2\r\n");
  const journal = await Journal.open(dir);
  const post = await journal.read("win.md");
  assert.equal(post.body, "line 1\nline 2\n");
  await journal.save({ path: "win.md", baseHash: post.hash, title: "Windows", body: "line 1\nline 2\nline 3\n" });
  const text = await readFile(path.join(dir, "win.md"), "utf8");
  assert.doesNotMatch(text.replace(/\r\n/g, ""), /\n/, "no bare LF");
  assert.ok(text.endsWith("\r\n\r\nline 1\r\nline 2\r\nline 3\r\n"));
  await journal.close();
});

test("broken front matter is listed, and a save keeps it verbatim and writes only the body", async () => {
  const dir = await tempDir();
  const head = "---\ntitle: [oops\nsecret: 大事なメモ\n---\n";
  await writeFile(path.join(dir, "2020-02-02-broken-yaml.md"), head + "old\n");
  const journal = await Journal.open(dir);
  const [listed] = journal.list();
  assert.equal(listed?.title, "broken-yaml");
  const post = await journal.read("2020-02-02-broken-yaml.md");
  const r = await journal.save({ path: post.path, baseHash: post.hash, title: "", body: "new\n" });
  assert.equal(r.status, "saved");
  assert.equal(await readFile(path.join(dir, post.path), "utf8"), head + "new\n");
  await journal.close();
});

test("a file that is not UTF-8 is never overwritten", async () => {
  const dir = await tempDir();
  const sjis = Buffer.from([0x93, 0xfa, 0x8b, 0x4c, 0x0a]); // 日記 in Shift_JIS
  await writeFile(path.join(dir, "old.md"), sjis);
  const journal = await Journal.open(dir);
  const post = await journal.read("old.md");
  await assert.rejects(
    journal.save({ path: "old.md", baseHash: post.hash, title: "x", body: post.body }),
    (e: unknown) => e instanceof TsuzuriError && e.code === "unsupported",
  );
  assert.deepEqual(await readFile(path.join(dir, "old.md")), sjis);
  await journal.close();
});

test("the list is newest first by date, else by file time; hidden folders and non-.md files are ignored", async () => {
  const dir = await tempDir();
  const fm = (date: string) => `---\ndate: ${date}\n---\n`;
  await mkdir(path.join(dir, ".git"));
  await mkdir(path.join(dir, "node_modules/pkg"), { recursive: true });
  await writeFile(path.join(dir, ".git/x.md"), "no");
  await writeFile(path.join(dir, "node_modules/pkg/readme.md"), "no");
  await writeFile(path.join(dir, "image.png"), "no");
  await writeFile(path.join(dir, "a.md"), fm("2019-01-01T00:00:00+09:00"));
  await writeFile(path.join(dir, "b.md"), fm("2021-01-01T00:00:00+09:00"));
  await writeFile(path.join(dir, "c.md"), fm("2020-06-01T00:00:00-05:00"));
  const journal = await Journal.open(dir);
  assert.deepEqual(
    journal
      .list()
      .map((p) => p.path)
      .slice(0, 3),
    ["b.md", "c.md", "a.md"],
  );
  assert.equal(journal.info().postCount, 3);
  await journal.close();
});

test("paths outside the journal or into hidden folders are refused", async () => {
  const { journal } = await openTemp();
  for (const bad of ["../x.md", "/etc/passwd.md", ".trash/x.md", "a\\b.md", "posts/x.txt", ""]) {
    await assert.rejects(journal.read(bad), (e: unknown) => e instanceof TsuzuriError && e.code === "invalid-argument", bad);
  }
  await assert.rejects(journal.read("missing.md"), (e: unknown) => e instanceof TsuzuriError && e.code === "not-found");
  await journal.close();
});

test("symbolic links: a link to a post inside the journal is listed; links out of it and linked folders are not followed", async () => {
  const dir = await tempDir();
  const elsewhere = await tempDir();
  await mkdir(path.join(elsewhere, "sub"));
  await writeFile(path.join(elsewhere, "sub/inside.md"), "# Inside a linked folder\n");
  await writeFile(path.join(elsewhere, "file.md"), "# Linked file outside\n");
  await mkdir(path.join(dir, "notes"));
  await writeFile(path.join(dir, "notes/real.md"), "# Real post\n");
  await symlink(path.join(elsewhere, "sub"), path.join(dir, "linked-folder"));
  await symlink(path.join(elsewhere, "file.md"), path.join(dir, "linked.md"));
  await symlink(path.join(dir, "notes/real.md"), path.join(dir, "alias.md"));
  const journal = await Journal.open(dir);
  assert.deepEqual(
    journal
      .list()
      .map((p) => p.path)
      .sort(),
    ["alias.md", "notes/real.md"],
  );
  await journal.close();
});
