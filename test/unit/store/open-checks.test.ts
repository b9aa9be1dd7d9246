// What opening a journal checks: a cached entry whose file changed without a new size or mtime is
// corrected (on open of the post, and by the background check), unreadable files and folders are
// reported, and the size limits keep huge posts and a hostile index.json from hanging anything.
import assert from "node:assert/strict";
import { mkdir, readFile, stat, symlink, truncate, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { TsuzuriError } from "../../../core/contract/index.js";
import { Journal, MAX_POST_BYTES, type JournalChange } from "../../../core/node/store/index.js";
import { errno, withFaults, type Fault } from "./faults.js";
import { tempDir } from "./helpers.js";

/** A journal with notes/a.md cached in the index, then edited to a text of the same size with the old mtime. */
async function staleJournal(): Promise<string> {
  const dir = await tempDir();
  await mkdir(path.join(dir, "notes"));
  const file = path.join(dir, "notes/a.md");
  const when = new Date("2019-07-24T12:00:00Z");
  await writeFile(file, "---\ntitle: 昨日の題名\n---\n\n本文\n");
  await utimes(file, when, when);
  const j = await Journal.open(dir);
  await j.close();
  const st = await stat(file);
  await writeFile(file, "---\ntitle: 今日の題名\n---\n\n本文\n");
  await utimes(file, when, when);
  assert.equal((await stat(file)).size, st.size, "same size: the cache trusts it");
  return dir;
}

test("a post edited without a new size or mtime: opening it corrects the list and tells listeners", async () => {
  const dir = await staleJournal();
  const journal = await Journal.open(dir);
  assert.equal(journal.list()[0]?.title, "昨日の題名", "the cache is trusted at open (cheap)");
  const heard: JournalChange[] = [];
  journal.onChange((c) => heard.push(c));
  const post = await journal.read("notes/a.md");
  assert.equal(post.title, "今日の題名");
  assert.equal(journal.list()[0]?.title, "今日の題名");
  assert.equal(journal.list()[0]?.hash, post.hash);
  assert.deepEqual(
    heard.map((c) => c.type),
    ["changed"],
  );
  await journal.close();
});

test("a post edited without a new size or mtime: the background check after open corrects it", async () => {
  const dir = await staleJournal();
  const journal = await Journal.open(dir, { verify: true });
  await journal.verified();
  assert.equal(journal.list()[0]?.title, "今日の題名");
  await journal.close();
});

test("unreadable post files and folders are reported at open, the others listed", async () => {
  const dir = await tempDir();
  await mkdir(path.join(dir, "locked"));
  await mkdir(path.join(dir, "notes"));
  await writeFile(path.join(dir, "locked/x.md"), "# x\n");
  await writeFile(path.join(dir, "notes/ok.md"), "# ok\n");
  await writeFile(path.join(dir, "notes/denied.md"), "# denied\n");
  const denied: Fault = async (real, ...args) => (String(args[0]).endsWith("denied.md") ? Promise.reject(errno("EACCES")) : real(...args));
  const lockedDir: Fault = async (real, ...args) => (String(args[0]).endsWith("locked") ? Promise.reject(errno("EACCES")) : real(...args));
  const journal = await withFaults({ fs: { open: denied, readdir: lockedDir } }, () => Journal.open(dir));
  assert.deepEqual(
    journal.list().map((p) => p.path),
    ["notes/ok.md"],
  );
  const report = journal.report.unreadable.map((u) => [u.path, /permission was denied/.test(u.reason)]);
  assert.deepEqual(report.sort(), [
    ["locked", true],
    ["notes/denied.md", true],
  ]);
  await journal.close();
});

test(`a post over the limit (${MAX_POST_BYTES / 1024 / 1024} MB) is reported, not read; a save that would pass it is refused`, async () => {
  const dir = await tempDir();
  await mkdir(path.join(dir, "notes"));
  await writeFile(path.join(dir, "notes/huge.md"), "# huge\n");
  await truncate(path.join(dir, "notes/huge.md"), MAX_POST_BYTES + 1);
  const journal = await Journal.open(dir);
  assert.deepEqual(journal.list(), []);
  assert.match(journal.report.unreadable[0]?.reason ?? "", /MB: Tsuzuri opens, saves and searches posts of up to 16\.0 MB/);
  await assert.rejects(journal.read("notes/huge.md"), (e: unknown) => e instanceof TsuzuriError && e.code === "unsupported");
  const post = await journal.create({ title: "普通", body: "本文\n" });
  const before = await readFile(path.join(dir, post.path), "utf8");
  await assert.rejects(
    journal.save({ path: post.path, baseHash: post.hash, title: "普通", body: "あ".repeat(MAX_POST_BYTES / 3 + 10) }),
    (e: unknown) => e instanceof TsuzuriError && e.code === "unsupported" && /nothing was written/.test(e.message),
  );
  assert.equal(await readFile(path.join(dir, post.path), "utf8"), before);
  await journal.close();
});

test(
  "an index.json that links to /dev/urandom or is huge is ignored at once and rebuilt from the files",
  { skip: process.platform === "win32" ? "no /dev/urandom" : false, timeout: 20_000 },
  async () => {
    for (const plant of ["urandom", "huge"]) {
      const dir = await tempDir();
      await mkdir(path.join(dir, ".tsuzuri"));
      await mkdir(path.join(dir, "notes"));
      await writeFile(path.join(dir, "notes/a.md"), "# 記事\n");
      const index = path.join(dir, ".tsuzuri/index.json");
      if (plant === "urandom") await symlink("/dev/urandom", index);
      else {
        await writeFile(index, "{");
        await truncate(index, 1024 * 1024 * 1024);
      }
      const journal = await Journal.open(dir);
      assert.deepEqual(
        journal.list().map((p) => p.title),
        ["記事"],
        plant,
      );
      await journal.close();
      assert.ok((await stat(index)).size < 10_000, `${plant}: replaced by a fresh cache`);
    }
  },
);
