// The long crash loop (`npm run test:soak`): hundreds of random SIGKILLs of a child doing store
// operations (see test/unit/store/crash-harness.ts), the journal checked after each. SOAK_KILLS sets
// how many (default 300).
import assert from "node:assert/strict";
import { test } from "node:test";
import { crashLoop } from "../unit/store/crash-harness.js";

const KILLS = Number(process.env.SOAK_KILLS ?? 300);

test(`${KILLS} random kills during store operations lose nothing`, { timeout: KILLS * 10_000 }, async () => {
  const f = await crashLoop(KILLS, 400);
  console.log(
    `soak: ${f.kills} kills (${f.midOperation} mid-operation), ${f.operations} operations, ${f.errors.length} errors, empty files ${f.emptyFiles}, folders lost ${f.foldersLost}, posts under two names ${f.duplicates}, temp files swept ${f.tempsSwept}, left ${f.tempsLeft}; ${f.posts} posts, ${f.trashed} in the trash`,
  );
  assert.deepEqual(f.problems, []);
  assert.deepEqual(f.errors, []);
  assert.equal(f.kills, KILLS);
  assert.equal(f.emptyFiles, 0);
  assert.equal(f.foldersLost, 0);
  assert.equal(f.tempsLeft, 0);
});
