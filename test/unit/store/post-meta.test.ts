// Post details in the store: date, draft and file name written into the front matter in place, and a
// rename of the file that never replaces another; a changed file is a conflict.
import assert from "node:assert/strict";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { TsuzuriError } from "../../../core/contract/index.js";
import { Journal } from "../../../core/node/store/index.js";
import { allFiles, tempDir } from "./helpers.js";

const HEAD = [
  "---",
  "# written by hand",
  "title: カンファレンス2日目  # inline comment",
  "layout:   post",
  "date: 2019-07-24T21:30:00+09:00",
  "custom:",
  "  nested: [1, 2]",
  "draft: false",
  "id: 01J0000000000000000000000A",
  "---",
  "",
].join("\n");
const BODY = "セッションのメモ。\n\n- 1段目\n  - 2段目\n";
const REL = "posts/2019/2019-07-24-day-2.md";

async function journalWith(files: Record<string, string>): Promise<{ dir: string; journal: Journal }> {
  const dir = await tempDir();
  for (const [rel, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), text);
  }
  return { dir, journal: await Journal.open(dir) };
}

const read = (dir: string, rel: string) => readFile(path.join(dir, rel), "utf8");
const updatedOf = (text: string) => /\nupdated: (\S+)\n/.exec(text)?.[1] ?? "missing";

test("date and draft change in place: comments, unknown keys, key order and the body stay byte for byte", async () => {
  const { dir, journal } = await journalWith({ [REL]: HEAD + "\n" + BODY });
  const post = await journal.read(REL);
  const r = await journal.updateMeta({ path: REL, baseHash: post.hash, date: "2019-07-25T08:05:00+09:00", draft: true });
  assert.equal(r.status, "saved");
  if (r.status !== "saved") return;
  const text = await read(dir, REL);
  const updated = updatedOf(text);
  assert.match(updated, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/, "updated: is set, as a save sets it");
  const expected =
    HEAD.replace("date: 2019-07-24T21:30:00+09:00", "date: 2019-07-25T08:05:00+09:00")
      .replace("draft: false", "draft: true")
      .replace("\n---\n", `\nupdated: ${updated}\n---\n`) +
    "\n" +
    BODY;
  assert.equal(text, expected);
  assert.equal(r.post.date, "2019-07-25T08:05:00+09:00", "the offset is kept as given");
  assert.equal(r.post.draft, true);
  assert.equal(r.post.path, REL);
  assert.equal(r.previousPath, REL);
  assert.deepEqual(
    journal.list().map((p) => [p.path, p.draft]),
    [[REL, true]],
  );

  // And back to published, with another zone's offset kept as it is.
  const again = await journal.updateMeta({ path: REL, baseHash: r.post.hash, draft: false, date: "2019-07-24T14:30:00-05:00" });
  assert.equal(again.status === "saved" && again.post.draft, false);
  assert.match(await read(dir, REL), /\ndate: 2019-07-24T14:30:00-05:00\n[\s\S]*\ndraft: false\n/);
  await journal.close();
});

test("a date that is not a day of the calendar is refused", async () => {
  const { dir, journal } = await journalWith({ [REL]: HEAD + "\n" + BODY });
  const post = await journal.read(REL);
  await assert.rejects(
    journal.updateMeta({ path: REL, baseHash: post.hash, date: "2019-02-30T10:00:00+09:00" }),
    (e: unknown) => e instanceof TsuzuriError && e.code === "invalid-argument" && /Not a date/.test(e.message),
  );
  assert.equal(await read(dir, REL), HEAD + "\n" + BODY);
  await journal.close();
});

test("nothing new asked: nothing is written", async () => {
  const { dir, journal } = await journalWith({ [REL]: HEAD + "\n" + BODY });
  const post = await journal.read(REL);
  const r = await journal.updateMeta({
    path: REL,
    baseHash: post.hash,
    date: "2019-07-24T21:30:00+09:00",
    draft: false,
    slug: "2019-07-24-day-2",
  });
  assert.equal(r.status === "saved" && r.post.hash, post.hash);
  assert.equal(await read(dir, REL), HEAD + "\n" + BODY);
  await journal.close();
});

test("a file changed on disk since it was read is a conflict: nothing is written, nothing renamed", async () => {
  const { dir, journal } = await journalWith({ [REL]: HEAD + "\n" + BODY });
  const post = await journal.read(REL);
  const theirs = HEAD + "\n" + BODY + "別のエディタで追記。\n";
  await writeFile(path.join(dir, REL), theirs);
  const r = await journal.updateMeta({ path: REL, baseHash: post.hash, draft: true, slug: "renamed" });
  assert.equal(r.status, "conflict");
  assert.equal(r.status === "conflict" && r.disk.body.endsWith("別のエディタで追記。\n"), true, "the conflict carries the disk version");
  assert.equal(await read(dir, REL), theirs);
  assert.deepEqual(await allFiles(path.join(dir, "posts")), ["2019/2019-07-24-day-2.md"]);
  await journal.close();
});

test("a new slug renames the file in its folder and updates an existing slug: key to match", async () => {
  const head = "---\ntitle: 二日目\ndate: 2019-07-24T21:30:00+09:00\nslug: day-2\n---\n";
  const { dir, journal } = await journalWith({ [REL]: head + "\n" + BODY });
  const post = await journal.read(REL);
  const r = await journal.updateMeta({ path: REL, baseHash: post.hash, slug: "2019-07-24-cndt-day-2.md" });
  assert.equal(r.status, "saved");
  if (r.status !== "saved") return;
  const moved = "posts/2019/2019-07-24-cndt-day-2.md";
  assert.equal(r.post.path, moved, "a typed .md is not doubled");
  assert.equal(r.previousPath, REL);
  assert.deepEqual(await allFiles(path.join(dir, "posts")), ["2019/2019-07-24-cndt-day-2.md"], "the old name is gone");
  const text = await read(dir, moved);
  assert.match(text, /\nslug: cndt-day-2\n/, "the slug key follows, without the day (as it was written)");
  assert.ok(text.endsWith("\n" + BODY));
  assert.deepEqual(
    journal.list().map((p) => p.path),
    [moved],
  );

  // A slug that was written with its day keeps the day.
  const r2 = await journal.updateMeta({ path: moved, baseHash: r.post.hash, slug: "2019-07-24-きょうのメモ" });
  assert.equal(r2.status === "saved" && r2.post.path, "posts/2019/2019-07-24-きょうのメモ.md");
  assert.match(await read(dir, "posts/2019/2019-07-24-きょうのメモ.md"), /\nslug: きょうのメモ\n/);
  await journal.close();
});

test("a file without a slug: key gets none; one without front matter gets front matter", async () => {
  const { dir, journal } = await journalWith({ "notes/plain.md": "# 見出し\n\n本文\n" });
  const post = await journal.read("notes/plain.md");
  const r = await journal.updateMeta({ path: "notes/plain.md", baseHash: post.hash, slug: "renamed", draft: true });
  assert.equal(r.status === "saved" && r.post.path, "notes/renamed.md");
  const text = await read(dir, "notes/renamed.md");
  assert.match(text, /^---\nupdated: \S+\ndraft: true\n---\n\n# 見出し\n\n本文\n$/);
  assert.doesNotMatch(text, /slug:/);
  await journal.close();
});

test("a slug another file already has is refused: both files stay as they were", async () => {
  const other = "posts/2019/2019-07-23-day-1.md";
  const otherText = "---\ntitle: 一日目\n---\n\n一日目の本文\n";
  const { dir, journal } = await journalWith({ [REL]: HEAD + "\n" + BODY, [other]: otherText });
  const post = await journal.read(REL);
  await assert.rejects(
    journal.updateMeta({ path: REL, baseHash: post.hash, slug: "2019-07-23-day-1", draft: true }),
    (e: unknown) =>
      e instanceof TsuzuriError && e.code === "exists" && /2019-07-23-day-1\.md/.test(e.message) && /Nothing was changed/.test(e.message),
  );
  assert.equal(await read(dir, REL), HEAD + "\n" + BODY);
  assert.equal(await read(dir, other), otherText);
  assert.deepEqual(await allFiles(path.join(dir, "posts")), ["2019/2019-07-23-day-1.md", "2019/2019-07-24-day-2.md"]);
  await journal.close();
});

test("invalid slugs are refused with a reason, and nothing changes", async () => {
  const { dir, journal } = await journalWith({ [REL]: HEAD + "\n" + BODY });
  const post = await journal.read(REL);
  const cases: [string, RegExp][] = [
    ["", /cannot be empty/],
    ["   ", /cannot be empty/],
    ["a/b", /cannot contain/],
    ["up\\down", /cannot contain/],
    ["what?", /cannot contain/],
    [".hidden", /start with a dot/],
    [" padded", /start or end with a space/],
    ["ends.", /end with a dot/],
    ["CON", /Windows reserves/],
    ["あ".repeat(70), /at most 200 bytes/],
  ];
  for (const [slug, why] of cases) {
    await assert.rejects(
      journal.updateMeta({ path: REL, baseHash: post.hash, slug, draft: true }),
      (e: unknown) => e instanceof TsuzuriError && e.code === "invalid-argument" && why.test(e.message),
      `slug ${JSON.stringify(slug)}`,
    );
  }
  assert.equal(await read(dir, REL), HEAD + "\n" + BODY);
  assert.deepEqual(await allFiles(dir).then((f) => f.filter((p) => !p.startsWith(".tsuzuri/"))), ["posts/2019/2019-07-24-day-2.md"]);
  await journal.close();
});

test("front matter that cannot be read or rewritten is refused with a clear message; the file is untouched", async () => {
  const broken = "---\ntitle: [unclosed\n---\n\n本文\n";
  // Changing an anchored date cannot be done without breaking its alias.
  const anchors = "---\ndate: &d 2019-07-24T21:30:00+09:00\nfirst: *d\n---\n\n本文\n";
  const { dir, journal } = await journalWith({ "a/broken.md": broken, "a/anchors.md": anchors });
  for (const [rel, text] of [
    ["a/broken.md", broken],
    ["a/anchors.md", anchors],
  ] as const) {
    const post = await journal.read(rel);
    await assert.rejects(
      journal.updateMeta({ path: rel, baseHash: post.hash, date: "2020-01-01T00:00:00+09:00" }),
      (e: unknown) =>
        e instanceof TsuzuriError && e.code === "unsupported" && /front matter/.test(e.message) && /nothing was changed/.test(e.message),
      rel,
    );
    assert.equal(await read(dir, rel), text, rel);
  }
  await journal.close();
});

test("a post made in this session stops following its title once it is given a name", async () => {
  const { dir, journal } = await journalWith({});
  const made = await journal.create({ title: "最初の題" });
  const r = await journal.updateMeta({ path: made.path, baseHash: made.hash, slug: "my-own-name" });
  assert.equal(r.status, "saved");
  if (r.status !== "saved") return;
  assert.equal(path.posix.basename(r.post.path), "my-own-name.md");
  const saved = await journal.save({ path: r.post.path, baseHash: r.post.hash, title: "別の題", body: "本文\n" });
  assert.equal(saved.status === "saved" && saved.post.path, r.post.path, "a later title change keeps the chosen name");
  assert.equal((await allFiles(path.join(dir, "posts"))).length, 1);
  await journal.close();
});
