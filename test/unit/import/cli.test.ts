// `tsuzuri import`, spawned as a user runs it (bin/tsuzuri.js over the built CLI): the JSON report,
// exit codes, progress on stderr, dry runs, and one-line errors for bad arguments.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { access } from "node:fs/promises";
import path from "node:path";
import { before, describe, test } from "node:test";
import { build } from "esbuild";
import { FIXTURES, HATENA_EXPORT, allFiles, hashTree, tempDir } from "./helpers.js";

const root = path.join(import.meta.dirname, "../../..");
const bin = path.join(root, "bin", "tsuzuri.js");
const bundle = path.join(root, "dist", "cli", "tsuzuri.js");

/** Builds dist/ when missing (npm test builds it first); rebuilds only the CLI bundle when it predates the import command. */
async function ensureBuilt(): Promise<void> {
  if (!existsSync(bundle)) {
    const r = spawnSync(process.execPath, [path.join(root, "scripts", "build.mjs")], { cwd: root, stdio: "inherit" });
    assert.equal(r.status, 0, "npm run build failed");
  }
  if (!readFileSync(bundle, "utf8").includes('name: "import"')) {
    await build({
      absWorkingDir: root,
      entryPoints: ["core/node/cli/main.ts"],
      outfile: bundle,
      bundle: true,
      platform: "node",
      target: "node20",
      format: "esm",
      packages: "external",
      sourcemap: "linked",
      logLevel: "warning",
    });
  }
}

function tsuzuri(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", cwd: root });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

interface JsonReport {
  imported: number;
  skipped: number;
  failed: { entry: string; reason: string }[];
  items: { entry: string; action: string; path?: string }[];
}

describe("tsuzuri import (spawned)", () => {
  before(ensureBuilt);

  test("imports the Hatena export with --json, exits 1 for the broken entry, and skips everything the second time", async () => {
    const dir = path.join(await tempDir(), "journal");
    const first = tsuzuri("import", HATENA_EXPORT, "--into", dir, "--json");
    assert.equal(first.code, 1, first.err);
    const report = JSON.parse(first.out) as JsonReport;
    assert.equal(report.imported, 7);
    assert.equal(report.skipped, 0);
    assert.equal(report.failed.length, 1);
    assert.match(report.failed[0]?.reason ?? "", /DATE/);
    assert.match(first.err, /Movable Type/);
    assert.match(first.err, /Importing 7\/7/);
    await access(path.join(dir, ".tsuzuri", "index.json"));
    const second = JSON.parse(tsuzuri("import", HATENA_EXPORT, "--into", dir, "--json").out) as JsonReport;
    assert.deepEqual([second.imported, second.skipped], [0, 7]);
  });

  test("an Obsidian vault: a human report on stdout, exit 0, the vault unchanged", async () => {
    const vault = path.join(FIXTURES, "obsidian");
    const hash = await hashTree(vault);
    const dir = path.join(await tempDir(), "journal");
    const r = tsuzuri("import", vault, "--into", dir, "--tz", "Asia/Tokyo");
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^Imported 3 posts and 2 files \(images…\); skipped 0; failed 0\.$/m);
    assert.match(r.err, /warning: Projects\/Project Alpha\.md: the wikilink \[\[存在しないノート\]\]/);
    assert.equal(await hashTree(vault), hash);
    assert.ok((await allFiles(dir)).includes("posts/2024/2024-01-15-1月15日.md"));
  });

  test("--dry-run lists what would be created and writes nothing", async () => {
    const dir = path.join(await tempDir(), "journal");
    const r = tsuzuri("import", path.join(FIXTURES, "hugo"), "--into", dir, "--dry-run");
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^create {2}posts\/2019\/2019-07-24-hello-hugo\.md {2}← content\/posts\/first\.md$/m);
    assert.match(r.out, /^skip {4}content\/_index\.md: a Hugo section page/m);
    assert.match(r.out, /Would import 3 posts .* Nothing was written \(dry run\)\./);
    assert.equal(existsSync(dir), false);
  });

  test("bad arguments: one line on stderr, exit 2", () => {
    const cases: [string[], RegExp][] = [
      [["import", "--into", "/tmp/x"], /missing SOURCE/],
      [["import", HATENA_EXPORT], /--into JOURNAL is required/],
      [["import", HATENA_EXPORT, "--into", "/tmp/x", "--format", "docx"], /--format must be auto or markdown or mt, not "docx"/],
      [["import", HATENA_EXPORT, "--into", "/tmp/x", "--tz", "Mars/Base"], /--tz must be a time zone/],
      [["import", path.join(FIXTURES, "no-such-thing"), "--into", "/tmp/x"], /does not exist/],
      [["import", path.join(FIXTURES, "jekyll", "_config.yml"), "--into", "/tmp/x"], /not a Movable Type \/ Hatena Blog export/],
      [["import", HATENA_EXPORT, "--into", "/tmp/x", "--format", "markdown"], /is a file: a Markdown import reads a folder/],
      [["import", "a", "b", "--into", "/tmp/x"], /unexpected argument "b"/],
    ];
    for (const [args, message] of cases) {
      const r = tsuzuri(...args);
      assert.equal(r.code, 2, `${args.join(" ")}: ${r.err}`);
      assert.match(r.err, message);
      assert.equal(r.err.trim().split("\n").length, 1, r.err);
      assert.match(r.err, /\(try `tsuzuri import --help`\)$/m);
    }
  });

  test("--help lists the options", () => {
    const r = tsuzuri("import", "--help");
    assert.equal(r.code, 0);
    for (const option of ["--into JOURNAL", "--format auto|markdown|mt", "--tz ZONE", "--dry-run", "--json"])
      assert.ok(r.out.includes(option), option);
  });
});
