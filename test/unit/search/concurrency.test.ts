// Many searches at once: a bounded first-come first-served queue, identical searches sharing one run,
// and never a stale answer: a search asked after a change is not handed a run asked before it.
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { Finder } from "../../../core/node/search/index.js";
import { SharedQueue } from "../../../core/node/search/shared-queue.js";
import { Journal } from "../../../core/node/store/index.js";
import { generateJournal } from "../app/helpers.js";

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("SharedQueue", () => {
  test("requests with the same key share one run; different keys run at most N at once, in the order asked", async () => {
    const queue = new SharedQueue<string>(2);
    let running = 0;
    let most = 0;
    const started: string[] = [];
    const work = (key: string) => async () => {
      started.push(key);
      running++;
      most = Math.max(most, running);
      await tick();
      await tick();
      running--;
      return `result of ${key}`;
    };
    const keys = ["a", "b", "a", "c", "d", "a", "b", "e"];
    const results = await Promise.all(keys.map((k) => queue.run(k, work(k))));
    assert.deepEqual(
      results,
      keys.map((k) => `result of ${k}`),
    );
    assert.deepEqual(started, ["a", "b", "c", "d", "e"], "each key once, first come first served");
    assert.equal(most, 2);
    assert.equal(queue.size, 0, "nothing left pending");
    await queue.run("a", work("a"));
    assert.equal(started.at(-1), "a", "a finished run is not reused: the same key later runs again");
  });

  test("a failed run rejects everyone sharing it and frees its slot", async () => {
    const queue = new SharedQueue<number>(1);
    const failing = () => Promise.reject(new Error("disk gone"));
    const [one, two] = [queue.run("x", failing), queue.run("x", failing)];
    await assert.rejects(one, /disk gone/);
    await assert.rejects(two, /disk gone/);
    assert.equal(await queue.run("y", async () => 7), 7);
  });
});

describe("Finder under a burst of searches", () => {
  let dir = "";
  let journal: Journal;
  let finder: Finder;
  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "tsuzuri-search-burst-"));
    generateJournal(dir, 200, 5);
    journal = await Journal.open(dir);
    finder = new Finder(journal, { shardSize: 40, persist: false });
    await finder.ready();
  });
  after(async () => {
    await finder?.close();
    await journal?.close();
    await rm(dir, { recursive: true, force: true });
  });

  test("200 searches at once answer exactly what each answers alone", async () => {
    const queries = ["ドメイン", "kubernetes", "設計", '"Spring Boot"', "tag:dev", "存在しない言葉", "の", "after:2019 ドメイン"];
    const alone = new Map<string, unknown>();
    for (const q of queries) alone.set(q, await finder.find({ query: q }));
    const burst = await Promise.all(
      Array.from({ length: 200 }, (_, i) => {
        const q = queries[i % queries.length]!;
        return finder
          .find({ query: q, ...(i % 3 === 0 ? { sort: "oldest" as const, limit: 10 } : {}) })
          .then((r) => [q, i % 3 === 0, r] as const);
      }),
    );
    for (const [q, varied, r] of burst) {
      if (!varied) assert.deepEqual(r, alone.get(q), q);
      else assert.equal(r.total, (alone.get(q) as { total: number }).total, `${q}, oldest first`);
    }
  });

  test("a search asked after a save finds the saved words even while the same search asked before is still running", async () => {
    const word = "並行検索確認語";
    // Sorted by title, hits are read from the files (50 reads): the earlier search is still running when the index takes in the save.
    const args = { query: `の ${word}`, sort: "title" as const };
    const plain = { query: "の", sort: "title" as const };
    const created = await journal.create({ title: "あ新しい投稿", body: `本文に${word}がある。の\n` });
    const early = finder.find(plain);
    const earlyWord = finder.find(args);
    void finder.changed(journal.list().find((p) => p.path === created.path)!);
    const late = finder.find(plain);
    const lateWord = finder.find(args);
    const [, , afterSave, afterSaveWord] = await Promise.all([early, earlyWord, late, lateWord]);
    assert.ok(afterSave.paths.includes(created.path), "the later search sees the new post");
    assert.deepEqual(afterSaveWord.paths, [created.path]);
  });
});
