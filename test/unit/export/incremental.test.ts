// An export into a folder that holds an earlier export rewrites only what changed; the folder it
// leaves must be exactly the one a full export of the same journal into an empty folder makes, byte
// for byte, after every kind of change: a body edited, a title (and so neighbours, lists and the feed),
// a post added, a post deleted (its page goes), tags changed (a tag nobody has any more loses its page).
import { describe, test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { exportSite } from "../../../core/node/export/index.js";
import { Journal } from "../../../core/node/store/index.js";
import { tempFolder, writeFixture } from "./fixture.js";
import { snapshot } from "./site-check.js";

const DAY_ONE = "posts/2019/2019-07-23-day-1.md";
const CONFERENCE = "posts/2019/2019-07-24-カンファレンス2日目.md";
const TITLE = "Journal";

let root: { dir: string; cleanup: () => Promise<void> };
let journalDir: string;
let site: string;
let round = 0;

before(async () => {
  root = await tempFolder("incremental");
  journalDir = path.join(root.dir, "journal");
  site = path.join(root.dir, "site");
  await writeFixture(journalDir);
  await exportOnce(journalDir, site);
});
after(() => root.cleanup());

async function exportOnce(journal: string, out: string) {
  const j = await Journal.open(journal);
  try {
    return await exportSite(j, out, { title: TITLE });
  } finally {
    await j.close();
  }
}

/**
 * A full export of the journal as it is now, into an empty folder, with no export cache (the cache is
 * set aside meanwhile, so the incremental exports keep theirs).
 */
async function fullExport(): Promise<Map<string, Buffer>> {
  const cache = path.join(journalDir, ".tsuzuri", "export-cache");
  const aside = path.join(root.dir, "cache-aside");
  const out = path.join(root.dir, `fresh-site-${++round}`);
  await rename(cache, aside);
  try {
    await exportOnce(journalDir, out);
  } finally {
    await rm(cache, { recursive: true, force: true });
    await rename(aside, cache);
  }
  const files = await snapshot(out);
  await rm(out, { recursive: true });
  return files;
}

async function assertSameAsFull(what: string): Promise<{ written: string[]; removed: string[] }> {
  const r = await exportOnce(journalDir, site);
  const incremental = await snapshot(site);
  const full = await fullExport();
  assert.deepEqual([...incremental.keys()], [...full.keys()], `${what}: the same files`);

  for (const [f, bytes] of full) assert.ok(bytes.equals(incremental.get(f) ?? Buffer.alloc(0)), `${what}: ${f} is byte-identical`);
  return r;
}

async function edit(rel: string, change: (text: string) => string): Promise<void> {
  const file = path.join(journalDir, ...rel.split("/"));
  await writeFile(file, change(await readFile(file, "utf8")));
}

describe("an incremental export equals a full export", () => {
  test("after a body is edited", async () => {
    await edit(DAY_ONE, (t) => t.replace("初日のメモ。", "初日のメモ。追記。"));
    const r = await assertSameAsFull("body edited");
    assert.ok(r.written.includes("posts/day-one.html"));
  });

  test("after a title is edited (neighbours, index, tag pages and feed show it)", async () => {
    await edit(DAY_ONE, (t) => t.replace("title: カンファレンス1日目", "title: カンファレンス初日"));
    const r = await assertSameAsFull("title edited");
    assert.ok(r.written.includes("index.html") && r.written.includes("feed.xml"), r.written.join(", "));
  });

  test("after a post is added", async () => {
    await writeFile(
      path.join(journalDir, "posts", "2021-01-02-new.md"),
      "---\ntitle: 新しい記事\ndate: 2021-01-02T10:00:00+09:00\ntags: [新タグ, conference]\n---\n\n本文。[二日目](2019/2019-07-24-カンファレンス2日目.md)\n",
    );
    const r = await assertSameAsFull("post added");
    assert.ok(
      r.written.some((f) => f.startsWith("tags/") && f.includes("新タグ")),
      r.written.join(", "),
    );
  });

  test("after tags change: a tag nobody has any more loses its page", async () => {
    await edit(CONFERENCE, (t) => t.replace("tags: [conference, 勉強会, dev/frontend]", "tags: [conference, 学会]"));
    const r = await assertSameAsFull("retagged");
    assert.ok(r.removed.includes("tags/勉強会.html"), r.removed.join(", "));
  });

  test("after a post is deleted: its page goes, and links to it are rewritten", async () => {
    await rm(path.join(journalDir, ...DAY_ONE.split("/")));
    const r = await assertSameAsFull("post deleted");
    assert.ok(r.removed.includes("posts/day-one.html"), r.removed.join(", "));
  });
});
