// The long crash loop through `tsuzuri serve` (`npm run test:soak`, after `node scripts/build.mjs`): a
// random seed (printed; SOAK_SEED replays one) and SOAK_SERVE_KILLS kills (default 200) of the real server
// during creates, saves, tag changes and renames, deletes and restores, the journal checked after each
// (test/unit/store/crash-loop-serve.ts).
import assert from "node:assert/strict";
import { test } from "node:test";
import { serveCrashLoop } from "../unit/store/crash-loop-serve.js";

const KILLS = Number(process.env.SOAK_SERVE_KILLS ?? 200);
const SEED = Number(process.env.SOAK_SEED ?? Math.floor(Math.random() * 2 ** 31));

test(`${KILLS} random kills of tsuzuri serve lose nothing (seed ${SEED})`, { timeout: KILLS * 10_000 }, async () => {
  const f = await serveCrashLoop(KILLS, 800, SEED);
  console.log(
    `serve soak (seed ${f.seed}): ${f.kills} kills (${f.midOperation} mid-operation), ${f.operations} operations (${f.renames} tag renames), ${f.errors.length} errors, ${f.problems.length} violations, empty files ${f.emptyFiles}, folders lost ${f.foldersLost}, temp files swept ${f.tempsSwept}, left ${f.tempsLeft}; ${f.posts} posts, ${f.trashed} in the trash`,
  );
  assert.deepEqual(f.problems, []);
  assert.deepEqual(f.errors, []);
  assert.equal(f.kills, KILLS);
  assert.equal(f.emptyFiles, 0);
  assert.equal(f.tempsLeft, 0);
});
