// The command line of `tsuzuri hatena`: it is found by the start-up's lazy table (what bin/tsuzuri
// loads), its help says where the key comes from, and bad arguments are usage errors.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { commandsFor } from "../../../core/node/cli/commands/lazy.js";
import { hatena, tempDir } from "./helpers.js";

describe("tsuzuri hatena (command line)", () => {
  test("the lazy command table loads hatena alone, and its help names HATENA_API_KEY and 詳細設定", async () => {
    const loaded = await commandsFor("hatena");
    assert.deepEqual(
      loaded.map((c) => c.name),
      ["hatena"],
    );
    const help = await hatena(["--help"]);
    assert.equal(help.code, 0);
    assert.match(help.out, /Usage: tsuzuri hatena \[options\] pull\|push \[POST…\]/);
    assert.match(help.out, /HATENA_API_KEY/);
    assert.match(help.out, /詳細設定 → AtomPub/);
  });

  test("a wrong action, a POST for pull, a post outside the journal or a bad --timeout is a usage error (exit 2)", async () => {
    const dir = await tempDir();
    const cases: [string[], RegExp][] = [
      [["sync", "--journal", dir], /the first argument must be pull or push/],
      [["pull", "--journal", dir, "x.md"], /pull takes no POST arguments/],
      [["push", "--journal", dir, "/etc/passwd"], /is not a post in the journal/],
      [["pull", "--journal", dir, "--timeout", "soon"], /--timeout must be a number of seconds/],
    ];
    for (const [args, message] of cases) {
      const run = await hatena(args);
      assert.equal(run.code, 2, `${args.join(" ")}: ${run.err}`);
      assert.match(run.err, message);
    }
  });
});
