// Renaming, merging and deleting a tag across the journal: the count comes first (a dry run changes
// nothing), then every post carrying the tag is rewritten, and each file changes only in its `tags:`
// value — every other byte (BOM, line endings, comments, quoting, `updated:`, the body) stays.
import assert from "node:assert/strict";
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { parseDocument } from "yaml";
import { openApp, type TestApp } from "./helpers.js";

/** Writes files (journal path → bytes or text) and opens an app over them. */
async function journalWith(files: Record<string, string | Buffer>): Promise<TestApp> {
  const seed = await openApp();
  for (const [rel, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(seed.journalDir, rel)), { recursive: true });
    await writeFile(path.join(seed.journalDir, rel), content);
  }
  await seed.app.close();
  return openApp(seed.journalDir);
}

async function bytesOf(t: TestApp, rel: string): Promise<Buffer> {
  return readFile(path.join(t.journalDir, rel));
}

/**
 * A file cut around the value of its front matter's `tags:` key: the bytes before the value, the
 * value, and the bytes after it (the value runs to the next key or the closing fence).
 */
function aroundTags(text: string): { before: string; value: string; after: string } {
  const fence = /\r?\n---\r?\n/.exec(text);
  assert.ok(fence, "the file has front matter");
  const key = /^tags:[ \t]*/m.exec(text.slice(0, fence.index + 1));
  assert.ok(key, "the front matter has tags");
  const start = key.index + key[0].length;
  const rest = text.slice(start, fence.index + 1);
  const next = /\r?\n(?=[^ \t\r\n-])/.exec(rest);
  const end = start + (next ? next.index : fence.index - start);
  return { before: text.slice(0, start), value: text.slice(start, end), after: text.slice(end) };
}

/** The tags a file's front matter holds now. */
function tagsIn(text: string): unknown {
  const yaml = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? "";
  return (parseDocument(yaml).toJS() as { tags?: unknown }).tags;
}

/** Fails unless `after` is `before` with only its tags value replaced, now holding `tags`. */
function assertOnlyTagsChanged(before: Buffer, after: Buffer, tags: string[], label: string): void {
  const b = aroundTags(before.toString("utf8"));
  const a = aroundTags(after.toString("utf8"));
  assert.equal(a.before, b.before, `${label}: every byte before the tags value is kept`);
  assert.equal(a.after, b.after, `${label}: every byte after the tags value is kept`);
  assert.deepEqual(tagsIn(after.toString("utf8")), tags, `${label}: the new tags`);
}

const CRLF_BOM =
  '\uFEFF---\r\n# 手書きのコメント\r\ntitle: "Kubernetes の話"   # quoted\r\ndate: 2019-07-24T21:30:00+09:00\r\nupdated: 2019-07-25T08:02:11+09:00\r\ntags:\r\n  - conference\r\n  - Kubernetes\r\ncustom: { a: 1 }\r\n---\r\n\r\n本文\r\n- 混在した\n改行\r\n';
const FLOW =
  "---\ntags: [kubernetes/operators, 日記, kubernetes]  # flow\ntitle: ノード\nextra: 'keep ''quotes'''\n---\nno gap before this body\n";
const STRING_TAGS = "---\ntitle: 文字列のタグ\ntags: kubernetes, 日記\ndraft: false\n---\n\n本文\n";
const UNRELATED = "---\ntitle: 関係ない投稿\ntags: [日記]\n---\n\nkubernetes と本文にあるだけ。\n";
const NOT_UTF8 = Buffer.concat([
  Buffer.from("---\ntitle: Latin-1\ntags: [kubernetes]\n---\n\ncaf"),
  Buffer.from([0xe9]),
  Buffer.from("\n"),
]);

test("renaming a tag shows the count first, then rewrites only the tags value of each file", async () => {
  const t = await journalWith({ "a.md": CRLF_BOM, "b.md": FLOW, "c.md": STRING_TAGS, "d.md": UNRELATED, "e.md": NOT_UTF8 });
  const files = ["a.md", "b.md", "c.md", "d.md", "e.md"];
  const before = new Map(await Promise.all(files.map(async (f) => [f, await bytesOf(t, f)] as const)));
  const mtimes = new Map(await Promise.all(files.map(async (f) => [f, (await stat(path.join(t.journalDir, f))).mtimeMs] as const)));

  const dry = await t.call("renameTag", { from: "kubernetes", to: "k8s", dryRun: true });
  assert.equal(dry.posts, 3, "three posts will change");
  assert.deepEqual(dry.changed.map((p) => p.path).sort(), ["a.md", "b.md", "c.md"]);
  assert.equal(dry.merged, false);
  assert.deepEqual(
    dry.skipped.map((s) => s.path),
    ["e.md"],
    "the file that is not UTF-8 is reported, not rewritten",
  );
  assert.match(dry.skipped[0]?.reason ?? "", /UTF-8/);
  for (const f of files) assert.ok((await bytesOf(t, f)).equals(before.get(f)!), `a dry run writes nothing (${f})`);

  const done = await t.call("renameTag", { from: "kubernetes", to: "k8s" });
  assert.equal(done.posts, 3);
  assert.equal(
    (await bytesOf(t, "a.md")).toString("utf8"),
    CRLF_BOM.replace("  - Kubernetes\r\n", "  - k8s\r\n"),
    "BOM, CRLF, comments, quoting, updated: and a body with mixed line endings are kept byte for byte",
  );
  assert.equal(
    (await bytesOf(t, "b.md")).toString("utf8"),
    FLOW.replace("[kubernetes/operators, 日記, kubernetes]", "[k8s/operators, 日記, k8s]"),
    "nested tags move with their parent; the comment stays",
  );
  assertOnlyTagsChanged(before.get("c.md")!, await bytesOf(t, "c.md"), ["k8s", "日記"], "a comma-separated tags string");
  for (const f of ["d.md", "e.md"]) {
    assert.ok((await bytesOf(t, f)).equals(before.get(f)!), `${f} is untouched`);
    assert.equal((await stat(path.join(t.journalDir, f))).mtimeMs, mtimes.get(f), `${f} is not even rewritten`);
  }

  const tags = await t.call("listTags", {});
  assert.equal(tags.tree.find((n) => n.key === "kubernetes")?.count, 1, "only the skipped post still has the old tag");
  const k8s = tags.tree.find((n) => n.tag === "k8s");
  assert.equal(k8s?.count, 3);
  assert.deepEqual(
    k8s?.children.map((c) => c.tag),
    ["k8s/operators"],
  );
  assert.deepEqual((await t.call("search", { query: "tag:k8s" })).paths.sort(), ["a.md", "b.md", "c.md"], "search follows the rename");
  const opened = await t.call("readPost", { path: "a.md" });
  assert.equal(opened.updated, "2019-07-25T08:02:11+09:00", "a rename is not an edit of the post");
});

test("renaming onto an existing tag merges the two; a post with both keeps one", async () => {
  const t = await journalWith({
    "both.md": "---\ntitle: 両方\ntags:\n  - 日記\n  - K8S\n  - kubernetes\n---\n\n本文\n",
    "old.md": "---\ntitle: 古い方\ntags: [kubernetes]\n---\n\n本文\n",
    "new.md": "---\ntitle: 新しい方\ntags: [k8s]\n---\n\n本文\n",
  });
  const before = await bytesOf(t, "both.md");
  const dry = await t.call("renameTag", { from: "Kubernetes", to: "k8s", dryRun: true });
  assert.equal(dry.merged, true, "k8s exists: this is a merge");
  assert.equal(dry.posts, 2);
  await t.call("renameTag", { from: "Kubernetes", to: "k8s" });
  assertOnlyTagsChanged(before, await bytesOf(t, "both.md"), ["日記", "k8s"], "a post with both tags");
  assert.equal(
    (await bytesOf(t, "new.md")).toString("utf8"),
    "---\ntitle: 新しい方\ntags: [k8s]\n---\n\n本文\n",
    "a post that had only the target is untouched",
  );
  const list = await t.call("listTags", {});
  assert.deepEqual(
    list.tree.map((n) => [n.tag, n.count]),
    [
      ["k8s", 3],
      ["日記", 1],
    ],
  );
});

test("deleting a tag removes it from every post after the count, leaving nested tags and the rest", async () => {
  const t = await journalWith({
    "one.md": "---\ntitle: 一つ\ntags:\n  - dev\n---\n\n本文\n",
    "two.md": "---\ntitle: 二つ\ntags: [dev, dev/frontend, 日記]\n---\n\n本文\n",
    "other.md": "---\ntitle: 他\ntags: [devops]\n---\n\n本文\n",
  });
  const before = { one: await bytesOf(t, "one.md"), two: await bytesOf(t, "two.md"), other: await bytesOf(t, "other.md") };
  assert.equal((await t.call("listTags", {})).untagged, 0);
  const dry = await t.call("deleteTag", { tag: "DEV", dryRun: true });
  assert.equal(dry.posts, 2);
  assert.ok((await bytesOf(t, "one.md")).equals(before.one));
  const done = await t.call("deleteTag", { tag: "DEV" });
  assert.deepEqual(done.changed.map((p) => p.path).sort(), ["one.md", "two.md"]);
  assertOnlyTagsChanged(before.one, await bytesOf(t, "one.md"), [], "a post left without tags");
  assertOnlyTagsChanged(before.two, await bytesOf(t, "two.md"), ["dev/frontend", "日記"], "nested tags stay");
  assert.ok((await bytesOf(t, "other.md")).equals(before.other), "devops is another tag");
  const list = await t.call("listTags", {});
  assert.equal(list.untagged, 1);
  const dev = list.tree.find((n) => n.key === "dev");
  assert.equal(dev?.count, 0, "dev remains only as the parent of dev/frontend");
  assert.equal(dev?.total, 1);
  assert.deepEqual((await t.call("search", { query: "", untagged: true })).paths, ["one.md"]);
});

test("bad tag names and unknown tags are refused with a clear message", async () => {
  const t = await journalWith({ "a.md": "---\ntitle: a\ntags: [日記]\n---\n\n本文\n" });
  await assert.rejects(
    t.call("renameTag", { from: "日記", to: "a, b" }),
    (e: Error & { code?: string }) => e.code === "invalid-argument" && /comma/.test(e.message),
  );
  await assert.rejects(
    t.call("renameTag", { from: "日記", to: "dev//x" }),
    (e: Error & { code?: string }) => e.code === "invalid-argument" && /empty level/.test(e.message),
  );
  await assert.rejects(
    t.call("renameTag", { from: "料理", to: "食事" }),
    (e: Error & { code?: string }) => e.code === "not-found" && /料理/.test(e.message),
  );
  await assert.rejects(t.call("deleteTag", { tag: "料理" }), (e: Error & { code?: string }) => e.code === "not-found");
  assert.equal((await bytesOf(t, "a.md")).toString("utf8"), "---\ntitle: a\ntags: [日記]\n---\n\n本文\n");
});
