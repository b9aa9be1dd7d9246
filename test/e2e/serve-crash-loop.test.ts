// The short crash loop through `tsuzuri serve` (fixed seed): the real server SIGKILLed at random moments
// while the test sends it creates, saves, tag changes and renames, deletes and restores; after each kill
// it is restarted and the journal checked (see test/unit/store/crash-loop-serve.ts). The long form runs in `npm run test:soak`.
import assert from "node:assert/strict";
import { test } from "node:test";
import { serveCrashLoop } from "../unit/store/crash-loop-serve.js";

const KILLS = 10;
const SEED = 20261203;

test(
  `${KILLS} kills of tsuzuri serve during saves, creates, tag renames and deletes: every post old or new, the list matches the disk, no rename half done, no temp or empty file`,
  { timeout: 90_000 },
  async () => {
    const f = await serveCrashLoop(KILLS, 600, SEED);
    console.log(
      `serve crash loop (seed ${f.seed}): ${f.kills} kills (${f.midOperation} mid-operation), ${f.operations} operations (${f.renames} tag renames), ${f.errors.length} errors, ${f.problems.length} violations, empty files ${f.emptyFiles}, folders lost ${f.foldersLost}, temp files swept ${f.tempsSwept}, left ${f.tempsLeft}; ${f.posts} posts, ${f.trashed} in the trash`,
    );
    assert.deepEqual(f.problems, []);
    assert.deepEqual(f.errors, [], "no operation failed");
    assert.equal(f.kills, KILLS);
    assert.equal(f.emptyFiles, 0);
    assert.equal(f.tempsLeft, 0);
    assert.ok(f.operations > KILLS, "the server got real work done between kills");
    assert.ok(f.renames > 0, "tag renames were among them");
  },
);
