// Another program edits a post while Tsuzuri saves it: the other version is never overwritten; the
// save becomes a conflict (the editor keeps its text) and the file holds what the other program wrote.
import assert from "node:assert/strict";
import { renameSync, writeFileSync } from "node:fs";
import { chmod, readFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { TsuzuriError } from "../../../core/contract/index.js";
import { Journal } from "../../../core/node/store/index.js";
import { withFaults, type Fault } from "./faults.js";
import { tempDir } from "./helpers.js";

const THEIRS = "---\ntitle: 他のエディタ\n---\n\n別のプログラムが書いた本文\n";

async function setUp(): Promise<{ abs: string; journal: Journal; save: () => ReturnType<Journal["save"]> }> {
  const dir = await tempDir();
  const journal = await Journal.open(dir);
  const post = await journal.create({ title: "競争", body: "元の本文\n" });
  const abs = path.join(dir, post.path);
  return { abs, journal, save: () => journal.save({ path: post.path, baseHash: post.hash, title: "競争", body: "私の新しい本文\n" }) };
}

/** A fault that runs `edit` once, at the first call whose first argument passes `when`, then does the real call. */
const once = (edit: () => void, when: (args: unknown[]) => boolean = () => true): Fault => {
  let done = false;
  return async (real, ...args) => {
    if (!done && when(args)) {
      done = true;
      edit();
    }
    return real(...args);
  };
};

test("an edit that lands while the temp file is written becomes a conflict, not an overwrite", async () => {
  const { abs, journal, save } = await setUp();
  const result = await withFaults({ handle: { sync: once(() => writeFileSync(abs, THEIRS)) } }, save);
  assert.equal(result.status, "conflict");
  assert.equal(result.status === "conflict" && result.disk.body, "別のプログラムが書いた本文\n");
  assert.equal(await readFile(abs, "utf8"), THEIRS, "their version is on disk");
  await journal.close();
});

test("an edit written into the file just before the rename is put back after it, and the save is a conflict", async () => {
  const { abs, journal, save } = await setUp();
  // The other editor writes into the file in place (it had it open) right as the rename happens.
  const result = await withFaults(
    {
      fs: {
        rename: once(
          () => writeFileSync(abs, THEIRS),
          (a) => a[1] === abs,
        ),
      },
    },
    save,
  );
  assert.equal(result.status, "conflict");
  assert.equal(await readFile(abs, "utf8"), THEIRS);
  await journal.close();
});

test("another program's own atomic save just before the rename is not replaced", async () => {
  const { abs, journal, save } = await setUp();
  const replace = () => {
    writeFileSync(abs + ".theirs", THEIRS);
    renameSync(abs + ".theirs", abs);
  };
  const result = await withFaults({ fs: { lstat: once(replace, (a) => a[0] === abs) } }, save);
  assert.equal(result.status, "conflict");
  assert.equal(await readFile(abs, "utf8"), THEIRS);
  await journal.close();
});

test(
  "a post marked read-only (chmod 444) is not overwritten by a save: a clear message, the file unchanged",
  { skip: process.platform === "win32" ? "chmod 444 is the read-only flag only on POSIX" : false },
  async () => {
    const { abs, journal, save } = await setUp();
    const before = await readFile(abs, "utf8");
    await chmod(abs, 0o444);
    await assert.rejects(
      save(),
      (e: unknown) => e instanceof TsuzuriError && e.code === "permission" && /read-only/.test(e.message) && /not changed/.test(e.message),
    );
    assert.equal(await readFile(abs, "utf8"), before);
    await chmod(abs, 0o644);
    assert.equal((await save()).status, "saved", "writable again, the save goes through");
    await journal.close();
  },
);

test("post details (date, draft) changed while another program edits the file: a conflict, their text kept", async () => {
  const { abs, journal } = await setUp();
  const post = journal.list()[0];
  assert.ok(post);
  const result = await withFaults({ handle: { sync: once(() => writeFileSync(abs, THEIRS)) } }, () =>
    journal.updateMeta({ path: post.path, baseHash: post.hash, draft: true }),
  );
  assert.equal(result.status, "conflict");
  assert.equal(await readFile(abs, "utf8"), THEIRS);
  await journal.close();
});
