// Recovery files: kept whole, listed back, damaged ones skipped, and never written outside the journal.
import assert from "node:assert/strict";
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { dropRecovery, listRecoveries, RECOVERY_DIR, saveRecovery } from "../../../core/node/recovery/index.js";

const made: string[] = [];
after(() => Promise.all(made.map((d) => rm(d, { recursive: true, force: true }))));
async function temp(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "tsuzuri-recovery-"));
  made.push(dir);
  return dir;
}
const text = (p: string, body: string) => ({ path: p, baseHash: "a".repeat(64), title: "題", tags: ["日記"], body });

test("kept text is listed back whole, replaced by a newer keep of the same post, and gone once dropped", async () => {
  const dir = await temp();
  await saveRecovery(dir, text("posts/a.md", "一"));
  await saveRecovery(dir, text("posts/b.md", "二"));
  await saveRecovery(dir, text("posts/a.md", "一の続き"));
  const listed = await listRecoveries(dir);
  assert.deepEqual(listed.map((r) => [r.path, r.body, r.tags]).sort(), [
    ["posts/a.md", "一の続き", ["日記"]],
    ["posts/b.md", "二", ["日記"]],
  ]);
  assert.equal(await dropRecovery(dir, "posts/a.md"), true);
  assert.equal(await dropRecovery(dir, "posts/a.md"), false, "nothing left to drop");
  assert.deepEqual(
    (await listRecoveries(dir)).map((r) => r.path),
    ["posts/b.md"],
  );
  assert.equal((await readdir(path.join(dir, RECOVERY_DIR))).filter((n) => n.endsWith(".tmp")).length, 0, "no temp file left");
});

test("damaged or foreign files in the recovery folder are skipped and left alone", async () => {
  const dir = await temp();
  await saveRecovery(dir, text("posts/ok.md", "良い"));
  const folder = path.join(dir, RECOVERY_DIR);
  await writeFile(path.join(folder, "0".repeat(32) + ".json"), "{not json");
  await writeFile(
    path.join(folder, "1".repeat(32) + ".json"),
    JSON.stringify({ ...text("posts/x.md", "x"), version: 1, savedAt: "2026-01-01T00:00:00Z" }),
  );
  await writeFile(path.join(folder, "notes.txt"), "mine");
  assert.deepEqual(
    (await listRecoveries(dir)).map((r) => r.path),
    ["posts/ok.md"],
    "a record under another post's name is not trusted either",
  );
  assert.equal((await readdir(folder)).length, 4, "nothing was deleted");
});

test("a .tsuzuri folder that is a symlink out of the journal is refused: nothing is written outside", async () => {
  const dir = await temp();
  const outside = await temp();
  await symlink(outside, path.join(dir, ".tsuzuri"));
  await assert.rejects(saveRecovery(dir, text("posts/a.md", "外へ")));
  assert.deepEqual(await readdir(outside), [], "the outside folder stays empty");
  assert.deepEqual(await listRecoveries(dir), []);
});

test("no journal folder yet: nothing to list", async () => {
  const dir = await temp();
  await mkdir(path.join(dir, "posts"));
  assert.deepEqual(await listRecoveries(dir), []);
});
