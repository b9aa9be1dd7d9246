// The search index follows the journal's change events alone: a post the app writes is indexed from
// the body the write had (the file is not read again), deletes and renames follow, and nothing has
// to call the finder by hand.
import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { Finder } from "../../../core/node/search/index.js";
import { Journal } from "../../../core/node/store/index.js";

const made: string[] = [];
after(() => Promise.all(made.map((d) => rm(d, { recursive: true, force: true }))));

test("writes through the journal reach the index through its events, with the body they wrote", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "tsuzuri-finder-events-"));
  made.push(dir);
  // No watcher: only the journal's own events can tell the finder anything.
  const journal = await Journal.open(dir, { watch: false });
  const finder = new Finder(journal, { persist: false });
  try {
    await finder.ready();
    const post = await journal.create({ title: "最初", body: "はじめの言葉\n" });
    assert.deepEqual((await finder.find({ query: "はじめの言葉" })).paths, [post.path]);

    const saved = await journal.save({ path: post.path, baseHash: post.hash, title: "改題", body: "書き直した言葉\n", tags: ["日記"] });
    assert.equal(saved.status, "saved");
    if (saved.status !== "saved") return;
    // Behind the journal's back (no watcher): if the index read the file after the save, it would see this.
    await writeFile(path.join(dir, ...saved.post.path.split("/")), "---\ntitle: 改題\n---\n\nよそで書いた言葉\n");
    assert.deepEqual((await finder.find({ query: "書き直した言葉" })).paths, [saved.post.path], "indexed from the saved body");
    assert.deepEqual((await finder.find({ query: "よそで書いた言葉" })).paths, [], "the file was not read again");
    assert.deepEqual((await finder.find({ query: "はじめの言葉" })).paths, []);
    assert.equal(finder.tag("日記")?.count, 1, "the tags follow too");

    await journal.delete(saved.post.path);
    assert.deepEqual((await finder.find({ query: "書き直した言葉" })).paths, [], "a deleted post leaves the index");
    assert.equal(finder.tag("日記"), undefined);
  } finally {
    await finder.close();
    await journal.close();
  }
});
