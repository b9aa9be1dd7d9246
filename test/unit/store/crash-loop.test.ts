// The short crash loop: a child process doing random store operations (create, save, retitle, tag,
// delete, restore, tag rename, import) is SIGKILLed at random moments; after every kill the journal
// is reopened and checked (see checkJournal). The long form runs in `npm run test:soak`.
import assert from "node:assert/strict";
import { test } from "node:test";
import { crashLoop } from "./crash-harness.js";

const KILLS = 25;

test(
  `${KILLS} random kills during store operations lose nothing and leave no empty post, lost folder or temp file`,
  { timeout: 120_000 },
  async () => {
    const f = await crashLoop(KILLS, 200);
    console.log(
      `crash loop: ${f.kills} kills (${f.midOperation} mid-operation), ${f.operations} operations, ${f.errors.length} errors, empty files ${f.emptyFiles}, folders lost ${f.foldersLost}, posts under two names ${f.duplicates}, temp files swept ${f.tempsSwept}, left ${f.tempsLeft}; ${f.posts} posts, ${f.trashed} in the trash`,
    );
    assert.deepEqual(f.problems, []);
    assert.deepEqual(f.errors, [], "no operation failed");
    assert.equal(f.kills, KILLS);
    assert.equal(f.emptyFiles, 0);
    assert.equal(f.foldersLost, 0);
    assert.equal(f.tempsLeft, 0);
    assert.ok(f.operations > KILLS, "the child got real work done between kills");
  },
);
