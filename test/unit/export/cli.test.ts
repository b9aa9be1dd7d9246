// `tsuzuri export` in process: help, one-line usage errors (exit 2), failures (exit 1), the summary.
import { describe, test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { commands, runCli, EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from "../../../core/node/cli/index.js";
import { tempFolder, writeFixture } from "./fixture.js";

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, commands, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

let root: { dir: string; cleanup: () => Promise<void> };
let journal: string;
before(async () => {
  root = await tempFolder("cli");
  journal = path.join(root.dir, "journal");
  await writeFixture(journal);
});
after(() => root.cleanup());

describe("tsuzuri export", () => {
  test("is listed in the program's help and has its own", async () => {
    assert.match((await run("--help")).out, /^\s+export\s+Export a journal/m);
    const help = await run("export", "--help");
    assert.equal(help.code, EXIT_OK);
    assert.match(help.out, /Usage: tsuzuri export \[options\] JOURNAL/);
    for (const o of ["--out DIR|FILE", "--post ID_OR_PATH", "--tag TAG", "--from DATE", "--to DATE", "--drafts", "--base-url URL"])
      assert.ok(help.out.includes(o), o);
  });

  const bad: [string[], RegExp][] = [
    [["export"], /missing JOURNAL/],
    [["export", "j"], /missing --out/],
    [["export", "j", "k", "--out", "o"], /unexpected argument "k"/],
    [["export", "j", "--out", "o", "--post", "p.md", "--tag", "x"], /--tag is for a site/],
    [["export", "j", "--out", "o", "--force"], /--force is for --post/],
    [["export", "j", "--out", "o", "--from", "last week"], /--from must be a date like 2019-07-24, not "last week"/],
    [["export", "j", "--out", "o", "--to", "2019-02-30"], /--to must be a date/],
    [["export", "j", "--out", "o", "--base-url", "example.com"], /--base-url must be an absolute http\(s\) address/],
    [["export", "j", "--out", "o", "--tag", ""], /--tag needs a tag name/],
    [["export", "j", "--out"], /option --out needs a value/],
  ];
  for (const [argv, message] of bad) {
    test(`\`tsuzuri ${argv.join(" ")}\` is a usage error: one line, exit 2`, async () => {
      const r = await run(...argv);
      assert.equal(r.code, EXIT_USAGE);
      assert.match(r.err, message);
      assert.match(r.err, /\(try `tsuzuri export --help`\)$/);
      assert.equal(r.err.split("\n").length, 1);
      assert.equal(r.out, "");
    });
  }

  test("a bad --lang is a usage error too (found once the journal is open)", async () => {
    const r = await run("export", journal, "--out", path.join(root.dir, "lang"), "--lang", "not a language");
    assert.equal(r.code, EXIT_USAGE);
    assert.match(r.err, /language tag/);
  });

  test("a journal that does not exist is a failure, and is not created", async () => {
    const missing = path.join(root.dir, "no-such-journal");
    const r = await run("export", missing, "--out", path.join(root.dir, "x"));
    assert.equal(r.code, EXIT_FAILURE);
    assert.match(r.err, /no journal folder at/);
  });

  test("exports a site: progress on stderr, a one-line summary on stdout", async () => {
    const out = path.join(root.dir, "site");
    const r = await run("export", journal, "--out", out, "--tag", "conference,dev/backend");
    assert.equal(r.code, EXIT_OK, r.err);
    assert.match(r.out, /^Exported 3 posts to .*site: written 15, unchanged 0, removed 0, in \d+\.\d+ s\.$/);
    assert.match(r.err, /^read 5\/5 posts$/m);
    assert.match(r.err, /^checked 15\/15 files$/m);
    assert.match(r.err, /^warning: .*draft\.md/m);
    // --tag given twice selects the same posts as the comma form: nothing to rewrite, nothing to remove.
    const again = await run("export", journal, "--out", out, "--tag", "conference", "--tag", "dev/backend");
    assert.match(again.out, /Exported 3 posts .*written 0, unchanged 15, removed 0/);
  });

  test("exports one post by id; refuses to export a site into a folder that is not an export", async () => {
    const file = path.join(root.dir, "one.html");
    const r = await run("export", journal, "--post", "01JD3K2Q8X5T9Y7ZC4M6N1P0RB", "--out", file);
    assert.equal(r.code, EXIT_OK, r.err);
    assert.match(r.out, /^Exported 01JD3K2Q8X5T9Y7ZC4M6N1P0RB to .*one\.html \(\d+ KB\) in/);
    const refused = await run("export", journal, "--out", journal);
    assert.equal(refused.code, EXIT_FAILURE);
    assert.match(refused.err, /is not empty and holds no earlier Tsuzuri export/);
  });
});
