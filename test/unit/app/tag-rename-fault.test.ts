// A tag rename that fails half-way (the disk gives out on one of the posts) reports exactly which
// posts changed and which did not, with the cause; the files, the tag list and a journal opened
// afresh all agree with that report.
import assert from "node:assert/strict";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { errno, withFaults, type Fault } from "../store/faults.js";
import { openApp, type TestApp } from "./helpers.js";

const post = (title: string) => `---\ntitle: ${title}\ntags: [日記, 料理]\n---\n\n${title}の本文\n`;
const NAMES = ["a.md", "b.md", "c.md", "d.md"];

async function journalOfFour(): Promise<TestApp> {
  const seed = await openApp();
  await mkdir(path.join(seed.journalDir, "posts"), { recursive: true });
  for (const name of NAMES) await writeFile(path.join(seed.journalDir, "posts", name), post(name));
  await seed.app.close();
  return openApp(seed.journalDir);
}

/** The tag keys each post's file carries now, by file name. */
async function tagsOnDisk(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of NAMES) out[name] = /^tags: (.*)$/m.exec(await readFile(path.join(dir, "posts", name), "utf8"))?.[1] ?? "";
  return out;
}

for (const code of ["ENOSPC", "EIO", "EROFS"]) {
  test(`a tag rename that fails with ${code} on the third post reports the two changed and the two not, and the journal agrees`, async () => {
    const t = await journalOfFour();
    // The rename of the third post's file (and every one after it) fails: the disk gave out.
    let renames = 0;
    const diskGivesOut: Fault = async (real, ...args) =>
      String(args[1]).endsWith(".md") && ++renames >= 3 ? Promise.reject(errno(code)) : real(...args);
    const result = await withFaults({ fs: { rename: diskGivesOut } }, () => t.call("renameTag", { from: "日記", to: "にっき" }));

    const changed = result.changed.map((p) => p.path).sort();
    const skipped = result.skipped.map((s) => s.path).sort();
    assert.equal(result.posts, 2);
    assert.equal(changed.length, 2, "two posts changed before the disk gave out");
    assert.equal(skipped.length, 2, "the other two are reported as not changed");
    assert.deepEqual(
      [...changed, ...skipped].sort(),
      NAMES.map((n) => `posts/${n}`),
      "every post is in exactly one of the two lists",
    );
    for (const s of result.skipped) {
      assert.match(s.reason, new RegExp(`\\(${code}\\)`), `${s.path}: the reason gives the cause`);
      assert.doesNotMatch(s.reason, /\.tmp\b|0123456789ab/, `${s.path}: the reason names no temp file`);
    }
    const onDisk = await tagsOnDisk(t.journalDir);
    for (const p of changed) assert.equal(onDisk[path.basename(p)], "[にっき, 料理]", `${p} is changed on disk`);
    for (const p of skipped) assert.equal(onDisk[path.basename(p)], "[日記, 料理]", `${p} is unchanged on disk`);
    for (const p of result.changed) assert.deepEqual(p.tags, ["にっき", "料理"], `${p.path}: the report gives its new tags`);

    const tags = await t.call("listTags", {});
    const count = (key: string) => tags.tree.find((n) => n.key === key)?.count;
    assert.equal(count("にっき"), 2, "the tag list counts the renamed posts");
    assert.equal(count("日記"), 2, "and the others under the old name");

    await t.app.close();
    const again = await openApp(t.journalDir);
    assert.deepEqual(await tagsOnDisk(again.journalDir), onDisk, "opening the journal again changes nothing the report did not say");
    const retry = await again.call("renameTag", { from: "日記", to: "にっき" });
    assert.deepEqual(retry.changed.map((p) => p.path).sort(), skipped, "renaming again changes exactly the posts left out");
    assert.deepEqual(retry.skipped, []);
  });
}
