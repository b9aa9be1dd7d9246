// A crash at chosen points of each store operation (the process SIGKILLs itself at the n-th call of
// a file-system function), then a reopen: no empty post, no post without its folder in the trash,
// no post twice, no half-done tag rename, no temp file left, and the index matches the files.
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { Journal } from "../../../core/node/store/index.js";
import { bundleChild, checkJournal, crashRoom, runChild } from "./crash-harness.js";

let script = "";
let bundleDir = "";
before(async () => {
  bundleDir = await mkdtemp(path.join(os.tmpdir(), "tsuzuri-crash-bundle-"));
  script = await bundleChild(bundleDir);
});
after(() => rm(bundleDir, { recursive: true, force: true }));

const body = (t: string): string => `v:${t}\n${"あ".repeat(300)}\nend:${t}\n`;

/** A journal with one post in posts/2019/ (tagged t-a) and, when asked, two more and one in the trash. */
async function seed(dir: string, more: boolean): Promise<void> {
  const j = await Journal.open(dir);
  const tags = ["t-a"];
  const first = await j.create({ title: "最初", body: body("000000000001") });
  await j.save({ path: first.path, baseHash: first.hash, title: "最初", body: body("000000000001"), tags });
  if (more) {
    for (const t of ["000000000002", "000000000003"]) {
      const p = await j.create({ title: `記事${t}`, body: body(t) });
      await j.save({ path: p.path, baseHash: p.hash, title: p.title, body: body(t), tags });
    }
    const gone = await j.create({ title: "消した", body: body("000000000004") });
    await j.delete(gone.path);
  }
  await j.close();
}

const POINTS: { op: string; killAt: string; more?: boolean }[] = [
  { op: "create", killAt: "writeFile:1" },
  { op: "create", killAt: "link:1" },
  { op: "create", killAt: "unlink:1" },
  { op: "import", killAt: "writeFile:2" },
  { op: "import", killAt: "rename:1" },
  { op: "retitle", killAt: "link:2" },
  { op: "retitle", killAt: "unlink:2" },
  { op: "delete", killAt: "writeFile:1" },
  { op: "delete", killAt: "link:1" },
  { op: "delete", killAt: "unlink:1" },
  { op: "delete", killAt: "rename:2" },
  { op: "restore", killAt: "writeFile:1", more: true },
  { op: "restore", killAt: "link:1", more: true },
  { op: "restore", killAt: "unlink:1", more: true },
  { op: "retag", killAt: "rename:2", more: true },
  { op: "retag", killAt: "rename:3", more: true },
  { op: "save", killAt: "rename:1" },
];

for (const { op, killAt, more } of POINTS) {
  test(`a crash in ${op} at ${killAt} leaves a whole journal after reopening`, async () => {
    const room = await crashRoom();
    try {
      await seed(room.journal, more ?? false);
      const run = await runChild(script, room.journal, room.log, op, { killAt });
      assert.equal(run.stderr, "", "the child ran without errors");
      const check = await checkJournal(room.journal, room.log);
      assert.deepEqual(check.problems, [], `${op} killed at ${killAt} (${run.killed ? "killed" : "finished"})`);
      assert.equal(check.emptyFiles, 0);
      assert.equal(check.foldersLost, 0);
      assert.equal(check.duplicates, 0, "no post under two names");
      if (op === "retag") {
        const j = await Journal.open(room.journal);
        const tagged = j
          .list()
          .filter((p) => p.tags.length > 0)
          .map((p) => p.tags.join(","));
        await j.close();
        assert.ok(
          tagged.every((t) => t === "t-b") || tagged.every((t) => t === "t-a"),
          `the rename is all or nothing: ${tagged.join(" | ")}`,
        );
      }
    } finally {
      await room.done();
    }
  });
}
