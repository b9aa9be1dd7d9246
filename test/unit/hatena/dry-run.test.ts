// `--dry-run`: the preview the app's sync dialog will show. It says what would be created, updated
// and in conflict, and neither the journal nor the blog changes.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Journal } from "../../../core/node/store/index.js";
import { hashTree, hatena, postOfEntry, pullFrom, startServer, tempDir } from "./helpers.js";

interface JsonReport {
  dryRun: boolean;
  items: { action: string; title: string }[];
}

const actions = (out: string) => (JSON.parse(out) as JsonReport).items.map((i) => `${i.action} ${i.title}`).sort();

describe("hatena --dry-run", () => {
  test("pull and push previews list created, updated and conflicting posts, and nothing is written or sent", async () => {
    const server = await startServer();
    const edited = server.seed({ title: "手元で直す", content: "一\n" });
    const both = server.seed({ title: "両方で直す", content: "二\n" });
    const remote = server.seed({ title: "ブログで直す", content: "三\n" });
    const dir = await tempDir();
    assert.equal((await pullFrom(server, dir)).code, 0);
    const journal = await Journal.open(dir);
    for (const entry of [edited, both]) {
      const rel = (await postOfEntry(dir, server.editUrl(entry.id)))!;
      const post = await journal.read(rel);
      await journal.save({ path: rel, baseHash: post.hash, title: post.title, body: "手元の版\n" });
    }
    await journal.create({ title: "新しい記事", body: "本文\n" });
    await journal.close();
    server.editRemotely(both.id, { content: "ブログの版\n" });
    server.editRemotely(remote.id, { content: "ブログの版\n" });
    server.seed({ title: "ブログで書いた新記事", content: "四\n" });
    const before = await hashTree(dir);
    const from = server.log.length;

    const pull = await hatena(["pull", "--journal", dir, "--dry-run", "--json"]);
    assert.equal(pull.code, 1, "a conflict in the preview is reported as one");
    assert.equal((JSON.parse(pull.out) as JsonReport).dryRun, true);
    assert.deepEqual(actions(pull.out), [
      "conflict 両方で直す",
      "created ブログで書いた新記事",
      "unchanged 手元で直す",
      "updated ブログで直す",
    ]);

    const push = await hatena(["push", "--journal", dir, "--dry-run", "--json"]);
    assert.deepEqual(actions(push.out), ["conflict 両方で直す", "updated 手元で直す"], "the unlinked post is not in a push without paths");
    const text = await hatena(["push", "--journal", dir, "--dry-run"]);
    assert.match(text.out, /^Dry run, nothing written or sent\. Would be pushed: 0 created, 1 updated/m);

    assert.deepEqual(server.writes(from), [], "nothing sent");
    assert.equal(await hashTree(dir), before, "nothing written");
  });
});
