// The `tsuzuri` command line, in process: help, version, and one-line errors (exit 2) for bad arguments.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { commands, runCli, EXIT_USAGE } from "../../../core/node/cli/index.js";

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, commands, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const pkg = JSON.parse(readFileSync(join(import.meta.dirname, "../../../package.json"), "utf8")) as { version: string };

describe("tsuzuri CLI", () => {
  test("--help and -h list the commands and exit 0", async () => {
    for (const flag of ["--help", "-h"]) {
      const r = await run(flag);
      assert.equal(r.code, 0);
      assert.match(r.out, /Usage: tsuzuri <command>/);
      assert.match(r.out, /^\s+serve\s+\S/m);
      assert.equal(r.err, "");
    }
  });

  test("`help serve` is the same as `serve --help`", async () => {
    const a = await run("help", "serve");
    assert.equal(a.code, 0);
    assert.equal(a.out, (await run("serve", "--help")).out);
    assert.equal((await run("help", "nope")).code, EXIT_USAGE);
  });

  test("--version prints the package version", async () => {
    const r = await run("--version");
    assert.equal(r.code, 0);
    assert.equal(r.out, pkg.version);
  });

  test("every command has --help listing its options", async () => {
    for (const command of commands) {
      const r = await run(command.name, "--help");
      assert.equal(r.code, 0);
      assert.match(r.out, new RegExp(`Usage: tsuzuri ${command.name}`));
      for (const name of Object.keys(command.options)) assert.ok(r.out.includes(`--${name}`), `${command.name} --help mentions --${name}`);
    }
    const serve = await run("serve", "-h");
    assert.match(serve.out, /--port N/);
    assert.match(serve.out, /--lang en\|ja/);
  });

  const bad: [string[], RegExp][] = [
    [[], /missing command/],
    [["frobnicate"], /unknown command "frobnicate"/],
    [["--frobnicate"], /unknown option --frobnicate/],
    [["serve", "--frobnicate"], /unknown option --frobnicate/],
    [["serve", "--port", "abc"], /--port must be a port number from 0 to 65535, not "abc"/],
    [["serve", "--port", "65536"], /--port must be a port number/],
    [["serve", "--port=-1"], /--port must be a port number/],
    [["serve", "--port"], /option --port needs a value/],
    [["serve", "--lang", "fr"], /--lang must be en or ja, not "fr"/],
    [["serve", "--journal"], /option --journal needs a value/],
    [["serve", "extra"], /unexpected argument "extra"/],
    [["serve", "--help=yes"], /option --help takes no value/],
  ];
  for (const [argv, message] of bad) {
    test(`\`tsuzuri ${argv.join(" ")}\` is a usage error: one line on stderr, exit 2`, async () => {
      const r = await run(...argv);
      assert.equal(r.code, EXIT_USAGE);
      assert.equal(r.out, "");
      assert.match(r.err, message);
      assert.match(r.err, /\(try `tsuzuri( serve)? --help`\)$/);
      assert.equal(r.err.split("\n").length, 1, "one line");
    });
  }
});
