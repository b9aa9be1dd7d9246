// The export fingerprint kept in the journal's export cache: a re-export reads it instead of loading
// the Markdown pipeline to render samples, and only under the same code and stylesheet.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { exportFingerprint } from "../../../core/node/export/fingerprint.js";
import { FINGERPRINT_FILE } from "../../../core/node/export/constants.js";
import { tempFolder } from "./fixture.js";

const root = await tempFolder("fingerprint");
after(() => root.cleanup());

test("the fingerprint kept in the cache is the computed one, and is used only with the same stylesheet", async () => {
  const computed = await exportFingerprint("a{}", root.dir);
  const kept = JSON.parse(await readFile(path.join(root.dir, FINGERPRINT_FILE), "utf8")) as { key: string; value: string };
  assert.equal(kept.value, computed);
  // What the file says is what an export uses (so a stale file must never match: its key is the code and stylesheet).
  await writeFile(path.join(root.dir, FINGERPRINT_FILE), JSON.stringify({ key: kept.key, value: "kept" }));
  assert.equal(await exportFingerprint("a{}"), computed, "remembered in the process");
  await exportFingerprint("b{}");
  assert.equal(await exportFingerprint("a{}", root.dir), "kept");
  const other = await exportFingerprint("c{}", root.dir);
  assert.notEqual(other, "kept");
  assert.notEqual(other, computed, "another stylesheet, another fingerprint");
});
