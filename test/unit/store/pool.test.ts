// mapLimit: bounded concurrency, results in input order, and nothing left running after a failure
// (the export writes its "incomplete" manifest only once no file write is still in flight).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mapLimit } from "../../../core/node/store/index.js";

const tick = () => new Promise((r) => setTimeout(r, 1));

test("results come in input order with at most `limit` calls in flight", async () => {
  let inFlight = 0;
  let most = 0;
  const out = await mapLimit([5, 1, 4, 2, 3], 2, async (n) => {
    most = Math.max(most, ++inFlight);
    for (let i = 0; i < n; i++) await tick();
    inFlight--;
    return n * 10;
  });
  assert.deepEqual(out, [50, 10, 40, 20, 30]);
  assert.equal(most, 2);
});

test("after a failure no new call starts, and it rejects only once calls in flight have settled", async () => {
  const started: number[] = [];
  let finished = 0;
  await assert.rejects(
    mapLimit([0, 1, 2, 3, 4, 5], 2, async (n) => {
      started.push(n);
      if (n === 0) throw new Error("disk full");
      for (let i = 0; i < 5; i++) await tick();
      finished++;
      return n;
    }),
    /disk full/,
  );
  assert.deepEqual(started, [0, 1]);
  assert.equal(finished, 1, "the call in flight finished before the rejection");
});
