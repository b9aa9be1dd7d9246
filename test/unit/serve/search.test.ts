// Searches through serve: many at once get the same answers one alone gets (they may share one run
// and one serialised result), and each answer is a whole, well-formed Reply.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { call, startHarness, type Harness } from "./harness.js";

describe("serve: searches at once", () => {
  let h: Harness;
  let paths: string[] = [];
  before(async () => {
    h = await startHarness();
    for (const title of ["一つ目の投稿", "二つ目の投稿", "three"]) {
      const post = (await call(h, "createPost", { title, body: `共通の言葉と ${title}\n` })).value as { path: string };
      paths.push(post.path);
    }
    paths = paths.sort();
  });
  after(() => h.stop());

  test("50 identical and different searches at once each get the full, right answer", async () => {
    const alone = await call(h, "search", { query: "共通" });
    assert.equal(alone.ok, true);
    assert.deepEqual([...(alone.value as { paths: string[] }).paths].sort(), paths);
    const burst = await Promise.all(Array.from({ length: 50 }, (_, i) => call(h, "search", { query: i % 2 ? "共通" : "three" })));
    for (const [i, reply] of burst.entries()) {
      assert.equal(reply.ok, true);
      if (i % 2) assert.deepEqual(reply.value, alone.value);
      else assert.deepEqual((reply.value as { paths: string[] }).paths, [paths.find((p) => p.includes("three"))]);
    }
  });

  test("a bad query still answers its own error, not a shared result", async () => {
    const [bad, good] = await Promise.all([call(h, "search", { query: "after:notadate" }), call(h, "search", { query: "共通" })]);
    assert.ok(bad.ok && (bad.value as { errors: unknown[] }).errors.length > 0);
    assert.equal((good.value as { total: number }).total, 3);
  });
});
