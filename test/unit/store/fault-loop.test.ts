// The fault loop (issue 11, item 2), SQLite-style: each store operation is run again and again with
// the Nth file-system call failing (open for writing, write, fsync, rename, link, unlink, mkdir) with
// ENOSPC, EIO, EACCES or EROFS, for N = 1, 2, … until the operation no longer reaches an Nth call.
// After every fault: the operation either went through or failed with a readable message that names
// no temp file; every post file is whole (its old text or its new one, never empty, torn or a temp
// left behind); a journal opened afresh lists exactly what is on disk; and the same operation works
// once the fault is gone.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { TsuzuriError } from "../../../core/contract/index.js";
import { Journal } from "../../../core/node/store/index.js";
import { nthFails, withFaults } from "./faults.js";
import { allFiles, tempDir } from "./helpers.js";

const CODES = ["ENOSPC", "EIO", "EACCES", "EROFS"] as const;
const MAX_CALLS = 40;
let injected = 0;
let survived = 0;

interface Scenario {
  name: string;
  /** Sets the journal up (no faults); returns the texts each post file may hold afterwards. */
  prepare(journal: Journal, dir: string): Promise<void>;
  run(journal: Journal): Promise<unknown>;
  /** The posts the journal holds once the operation went through (a failed try never leaves one more). */
  posts: number;
  /** True when the operation took effect although it reported the fault (then there is nothing to retry). */
  happened?(journal: Journal): Promise<boolean>;
}

const BASE = "---\ntitle: 元の題\ntags: [日記]\n---\n\n元の本文\n";

async function seed(dir: string, journal: Journal): Promise<string> {
  await mkdir(path.join(dir, "posts"), { recursive: true });
  await writeFile(path.join(dir, "posts", "a.md"), BASE);
  await journal.sync("posts/a.md");
  return "posts/a.md";
}

const scenarios: Scenario[] = [
  {
    name: "save",
    posts: 1,
    prepare: async (j, d) => void (await seed(d, j)),
    run: async (j) => {
      const p = await j.read("posts/a.md");
      return j.save({ path: p.path, baseHash: p.hash, title: "新しい題", body: "新しい本文\n", tags: ["日記", "料理"] });
    },
  },
  { name: "create", posts: 1, prepare: async () => undefined, run: (j) => j.create({ title: "作った記事", body: "本文\n" }) },
  {
    name: "delete",
    posts: 0,
    prepare: async (j, d) => void (await seed(d, j)),
    run: (j) => j.delete("posts/a.md"),
    // Moved before the error: in the trash, with the folder it came from.
    happened: async (j) => !j.list().length && (await j.listTrash()).some((t) => t.originalPath === "posts/a.md"),
  },
  {
    name: "restore",
    posts: 1,
    prepare: async (j, d) => {
      await seed(d, j);
      await j.delete("posts/a.md");
    },
    run: async (j) => j.restore((await j.listTrash())[0]!.trashPath),
    // Moved back before the error: the file is in its folder again (listed once the watcher or the next open sees it).
    happened: async (j) => existsSync(path.join(j.dir, "posts", "a.md")) && (await j.listTrash()).length === 0,
  },
  {
    name: "tag rename",
    posts: 1,
    prepare: async (j, d) => void (await seed(d, j)),
    run: (j) => j.retag(["posts/a.md"], (tags) => tags.map((t) => (t === "日記" ? "にっき" : t))),
  },
  {
    name: "post details",
    posts: 1,
    prepare: async (j, d) => void (await seed(d, j)),
    run: async (j) => {
      const p = await j.read("posts/a.md");
      return j.updateMeta({ path: p.path, baseHash: p.hash, date: "2019-07-24T21:30:00+09:00", draft: true, slug: "改名" });
    },
  },
];

/** Every .md file of the journal is whole: non-empty, with its front matter closed; no temp file anywhere. */
async function assertWhole(dir: string, where: string, temps: "allowed" | "none" = "allowed"): Promise<void> {
  const files = await allFiles(dir);
  if (temps === "none")
    assert.deepEqual(
      files.filter((f) => /\.[0-9a-f]{12}\.tmp$/.test(f)),
      [],
      `${where}: no temp file left`,
    );
  for (const f of files.filter((x) => x.endsWith(".md"))) {
    const text = await readFile(path.join(dir, f), "utf8");
    assert.ok(text.length > 0, `${where}: ${f} is not empty`);
    assert.match(text, /^---\n[\s\S]*?\n---\n/, `${where}: ${f} is whole`);
  }
}

/** A journal opened afresh sweeps the temp files a fault left, lists exactly the .md files on disk outside the dot-folders, and they are `posts`. */
async function assertListedAsOnDisk(dir: string, where: string, posts: number): Promise<void> {
  const fresh = await Journal.open(dir);
  try {
    await assertWhole(dir, `${where}, opened again`, "none");
    const listed = fresh
      .list()
      .map((p) => p.path)
      .sort();
    const onDisk = (await allFiles(dir)).filter((f) => f.endsWith(".md") && !f.split("/").some((s) => s.startsWith("."))).sort();
    assert.deepEqual(listed, onDisk, `${where}: listed as on disk`);
    assert.equal(onDisk.length, posts, `${where}: ${posts} post(s) after the retry, none twice`);
  } finally {
    await fresh.close();
  }
}

for (const scenario of scenarios) {
  test(
    `fault loop: ${scenario.name} survives the Nth file-system call failing, for every N and ${CODES.join("/")}`,
    { timeout: 120_000 },
    async () => {
      for (const code of CODES) {
        for (let nth = 1; nth <= MAX_CALLS; nth++) {
          const dir = await tempDir("tsuzuri-fault-loop-");
          const journal = await Journal.open(dir);
          const where = `${scenario.name}, call ${nth} fails with ${code}`;
          try {
            await scenario.prepare(journal, dir);
            const { faults, reached } = nthFails(nth, code);
            let error: unknown = null;
            await withFaults(faults, async () => {
              try {
                await scenario.run(journal);
              } catch (e) {
                error = e;
              }
            });
            if (!reached()) break; // the operation makes fewer calls: every one has failed once
            injected++;
            if (error) {
              assert.ok(error instanceof TsuzuriError, `${where}: a TsuzuriError, got ${String(error)}`);
              assert.doesNotMatch(error.message, /\.tmp\b|0123456789ab/, `${where}: the message names no temp file`);
            }
            await assertWhole(dir, where);
            await journal.flush();
            // With the fault gone, the same operation works (or has nothing left to do).
            const happened = error !== null && (await scenario.happened?.(journal)) === true;
            if (error && !happened)
              await scenario.run(journal).catch((e: unknown) => assert.fail(`${where}: the retry failed: ${String(e)}`));
            await assertWhole(dir, `${where}, after the retry`);
            survived++;
          } finally {
            await journal.close();
          }
          await assertListedAsOnDisk(dir, where, scenario.posts);
        }
      }
    },
  );
}

test("fault loop figures", () => {
  assert.ok(injected > 50, `faults injected: ${injected}`);
  console.log(`fault loop: ${injected} faults injected, ${survived} survived with the journal whole and the retry working`);
});
