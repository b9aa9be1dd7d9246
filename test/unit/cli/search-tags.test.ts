// `tsuzuri search` and `tsuzuri tags`, spawned as a user runs them: results on stdout (lines or JSON),
// usage mistakes exit 2 with a one-line message, a missing journal exits 1, and the journal is only read.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(import.meta.dirname, "../../..");
const bin = join(root, "bin", "tsuzuri.js");

function ensureBuilt(): void {
  if (existsSync(join(root, "dist", "cli", "tsuzuri.js"))) return;
  const r = spawnSync(process.execPath, [join(root, "scripts", "build.mjs")], { cwd: root, stdio: "inherit" });
  assert.equal(r.status, 0, "npm run build failed");
}

function tsuzuri(...args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" });
}

const POSTS: Record<string, string> = {
  "posts/2019/2019-07-24-k8s.md":
    "---\ntitle: カンファレンス2日目\ndate: 2019-07-24T21:30:00+09:00\ntags: [conference, Kubernetes]\n---\n\nk8s のセッションのメモ。\n",
  "posts/2021/2021-02-01-munieru.md":
    "---\ntitle: 鮭のムニエル\ndate: 2021-02-01T19:00:00+09:00\ntags: [料理, kubernetes]\n---\n\nバターが焦げた。\n",
  "posts/2023/2023-05-05-nikki.md": "---\ntitle: 日記\ndate: 2023-05-05T09:00:00+09:00\ntags: [日記, dev/frontend]\n---\n\n特になし。\n",
};

describe("tsuzuri search / tags (spawned)", () => {
  let tmp: string;
  let journal: string;
  before(async () => {
    ensureBuilt();
    tmp = await mkdtemp(join(tmpdir(), "tsuzuri-cli-search-"));
    journal = join(tmp, "journal");
    for (const [rel, text] of Object.entries(POSTS)) {
      await mkdir(join(journal, rel, ".."), { recursive: true });
      await writeFile(join(journal, rel), text);
    }
  });
  after(() => rm(tmp, { recursive: true, force: true }));

  test("search prints path TAB title per match, newest first; full-width and kana fold", () => {
    const r = tsuzuri("search", journal, "ｋ８ｓ");
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, "posts/2019/2019-07-24-k8s.md\tカンファレンス2日目\n");
    const two = tsuzuri("search", journal, "tag:KUBERNETES");
    assert.deepEqual(
      two.stdout
        .trim()
        .split("\n")
        .map((l) => l.split("\t")[1]),
      ["鮭のムニエル", "カンファレンス2日目"],
    );
    const words = tsuzuri("search", journal, "ばたー", "むにえる");
    assert.equal(words.stdout, "posts/2021/2021-02-01-munieru.md\t鮭のムニエル\n", "several words: all of them, hiragana for katakana");
    const none = tsuzuri("search", journal, "xyzzy");
    assert.equal(none.status, 0);
    assert.equal(none.stdout, "");
  });

  test("search --json prints {path, title, date, tags}", () => {
    const r = tsuzuri("search", "--json", journal, "after:2020");
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), [
      { path: "posts/2023/2023-05-05-nikki.md", title: "日記", date: "2023-05-05T09:00:00+09:00", tags: ["日記", "dev/frontend"] },
      { path: "posts/2021/2021-02-01-munieru.md", title: "鮭のムニエル", date: "2021-02-01T19:00:00+09:00", tags: ["料理", "kubernetes"] },
    ]);
  });

  test("tags prints each tag with its count; --json and --sort count", () => {
    const r = tsuzuri("tags", journal, "--sort", "count");
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.split("\n")[0], "Kubernetes\t2", "one tag for both spellings, the first spelling seen");
    assert.ok(r.stdout.includes("dev/frontend\t1\n"));
    const json = JSON.parse(tsuzuri("tags", "--json", journal).stdout) as { tag: string; count: number }[];
    assert.deepEqual(
      json.find((t) => t.tag === "料理"),
      { tag: "料理", count: 1 },
    );
    assert.equal(json.length, 5);
  });

  test("usage mistakes exit 2 with one line; a missing journal exits 1; --help exits 0", async () => {
    for (const args of [
      ["search"],
      ["search", journal],
      ["search", journal, "before:yesterday"],
      ["tags"],
      ["tags", journal, "--sort", "size"],
      ["tags", journal, "extra"],
      ["search", journal, "x", "--bogus"],
    ]) {
      const r = tsuzuri(...args);
      assert.equal(r.status, 2, `${args.join(" ")}: ${r.stderr}`);
      assert.equal(r.stderr.trim().split("\n").length, 1, `one line: ${r.stderr}`);
      assert.match(r.stderr, /^tsuzuri (search|tags): /);
    }
    const missing = tsuzuri("search", join(tmp, "nowhere"), "x");
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /no journal at/i);
    assert.equal(existsSync(join(tmp, "nowhere")), false, "a typo never creates a folder");
    for (const cmd of ["search", "tags"]) {
      const help = tsuzuri(cmd, "--help");
      assert.equal(help.status, 0);
      assert.match(help.stdout, new RegExp(`Usage: tsuzuri ${cmd} `));
    }
    assert.match(tsuzuri("--help").stdout, /search[\s\S]*tags/);
    const files = await readdir(journal, { recursive: true });
    const posts = files.filter((f) => String(f).endsWith(".md")).sort();
    assert.deepEqual(posts, Object.keys(POSTS).sort());
    for (const [rel, text] of Object.entries(POSTS)) assert.equal(await readFile(join(journal, rel), "utf8"), text, "posts are only read");
  });
});
