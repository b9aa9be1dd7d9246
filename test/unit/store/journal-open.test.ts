import assert from "node:assert/strict";
import { stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { TsuzuriError } from "../../../core/contract/index.js";
import { Journal } from "../../../core/node/store/index.js";
import { tempDir } from "./helpers.js";

test("opening a journal in a folder that does not exist yet creates it and its parents", async () => {
  const dir = path.join(await tempDir(), "a", "b", "日記");
  const journal = await Journal.open(dir);
  assert.ok((await stat(dir)).isDirectory());
  assert.equal(journal.info().postCount, 0);
  await journal.close();
});

test("a journal path that cannot be created fails at once with a clear message (no hang)", async () => {
  const started = Date.now();
  await assert.rejects(Journal.open("/proc/tsuzuri-no-such-journal/x"), (e: unknown) => e instanceof TsuzuriError && /Could not open the journal/.test(e.message));
  assert.ok(Date.now() - started < 5000, "it answered instead of spinning");
});

test("a journal path that is a file is refused with a message saying so", async () => {
  const file = path.join(await tempDir(), "notes.md");
  await writeFile(file, "# not a folder\n");
  await assert.rejects(Journal.open(file), (e: unknown) => e instanceof TsuzuriError && /not a folder/.test(e.message));
});
