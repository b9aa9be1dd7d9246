// A journal full of broken and hostile files (issue 11, item 4): it opens with the good posts listed
// and the bad ones reported, nothing the user did not edit is rewritten, nothing hangs, and the
// search index, the tag list, the preview pipeline and a site export all get through it.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { renderMarkdown } from "../../../core/node/markdown/index.js";
import { createApp, type App } from "../../../core/node/app/index.js";

const made: string[] = [];
let journal: string;
let outside: string;
let app: App;
let before_: Map<string, string>;

/** Every file under `dir` (following nothing), with the hash of its bytes. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      const rel = path.relative(dir, p);
      if (rel.startsWith(".tsuzuri")) continue;
      if (e.isDirectory()) await walk(p);
      else if (e.isFile())
        out.set(
          rel,
          createHash("sha256")
            .update(await readFile(p).catch(() => Buffer.from("unreadable")))
            .digest("hex"),
        );
      else if (e.isSymbolicLink()) out.set(rel, "symlink");
    }
  };
  await walk(dir);
  return out;
}

const GOOD = {
  "good/plain.md": "---\ntitle: 普通の投稿\ntags: [日記]\n---\n\n本文です。\n",
  "good/no-front-matter.md": "# 見出しだけ\n\n本文。\n",
  "good/bom-crlf.md": "\uFEFF---\r\ntitle: BOMとCRLF\r\n---\r\n\r\n本文\r\n",
  "good/nfd-\u30cf\u309a.md": "---\ntitle: 濁点が分かれた名前\n---\n\n本文\n",
  "good/dup-a.md": "---\nid: 01JD3K2Q8X5T9Y7ZC4M6N1P0RB\ntitle: 同じidその1\n---\n\nA\n",
  "good/dup-b.md": "---\nid: 01JD3K2Q8X5T9Y7ZC4M6N1P0RB\ntitle: 同じidその2\n---\n\nB\n",
};

before(
  async () => {
    journal = await mkdtemp(path.join(os.tmpdir(), "tsuzuri-hostile-"));
    outside = await mkdtemp(path.join(os.tmpdir(), "tsuzuri-hostile-outside-"));
    made.push(journal, outside);
    await mkdir(path.join(journal, "good"), { recursive: true });
    await mkdir(path.join(journal, "bad"), { recursive: true });
    for (const [rel, text] of Object.entries(GOOD)) await writeFile(path.join(journal, rel), text);
    const bad: Record<string, string | Buffer> = {
      "bad/binary.md": Buffer.from([0, 1, 2, 0xff, 0xfe, 0, 0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
      "bad/invalid-utf8.md": Buffer.concat([Buffer.from("---\ntitle: 壊れた\n---\n\n"), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28])]),
      "bad/shift-jis.md": Buffer.from([0x83, 0x65, 0x83, 0x58, 0x83, 0x67, 0x0a, 0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea, 0x0a]),
      "bad/fm-list.md": "---\n- a\n- b\n---\n\n本文\n",
      "bad/fm-scalar.md": "---\njust a string\n---\n\n本文\n",
      "bad/fm-unclosed.md": "---\ntitle: 閉じない\ntags: [a\n\n本文\n",
      "bad/fm-alias-bomb.md":
        "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\ng: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]\ntitle: 爆弾\n---\n\n本文\n",
      "bad/deep-list.md":
        "---\ntitle: 深いリスト\n---\n\n" +
        Array.from({ length: 1000 }, (_, i) => "  ".repeat(i) + "- 段" + i).join("\n") +
        "\n\n最後の行。\n",
      "bad/deep-quote.md": "---\ntitle: 深い引用\n---\n\n" + ">".repeat(10_000) + " 引用\n\n最後の行。\n",
      "bad/proto.md":
        "---\n__proto__: { polluted: true }\nconstructor: { prototype: { polluted: true } }\ntitle: プロト\ntags: { toString: 1 }\n---\n\n本文\n",
    };
    for (const [rel, data] of Object.entries(bad)) await writeFile(path.join(journal, rel), data);
    await mkdir(path.join(journal, "bad", "folder.md"));
    await symlink(path.join(journal, "nowhere.md"), path.join(journal, "bad", "dangling.md"));
    await writeFile(path.join(outside, "secret.md"), "---\ntitle: 外の秘密\n---\n\n見えてはいけない\n");
    await symlink(path.join(outside, "secret.md"), path.join(journal, "bad", "out.md"));
    await symlink(outside, path.join(journal, "bad", "out-folder"));
    await writeFile(path.join(journal, "bad", "unreadable.md"), "---\ntitle: 読めない\n---\n");
    await chmod(path.join(journal, "bad", "unreadable.md"), 0o000);
    // A hostile index cache and settings file.
    await mkdir(path.join(journal, ".tsuzuri"), { recursive: true });
    await writeFile(
      path.join(journal, ".tsuzuri", "index.json"),
      JSON.stringify({
        version: 2,
        posts: {
          __proto__: { title: 1 },
          "good/plain.md": { title: ["x"], tags: "no", mtimeMs: 1e308, size: -1, hash: 5 },
          "../../etc/passwd": { title: "x" },
        },
      }),
    );
    const userData = await mkdtemp(path.join(os.tmpdir(), "tsuzuri-hostile-user-"));
    made.push(userData);
    await writeFile(
      path.join(userData, "settings.json"),
      JSON.stringify({
        __proto__: { polluted: true },
        theme: 42,
        lang: { x: 1 },
        sort: "x".repeat(100_000),
        lastPost: "../../etc/passwd",
        editorFontSize: 1e308,
      }),
    );
    before_ = await snapshot(journal);
    app = await createApp({ journalDir: journal, userDataDir: userData, host: { kind: "serve", lang: null, assetBase: "/files/" } });
  },
  { timeout: 60_000 },
);

after(async () => {
  await app?.close();
  await chmod(path.join(journal, "bad", "unreadable.md"), 0o644).catch(() => undefined);
  await Promise.all(made.map((d) => rm(d, { recursive: true, force: true })));
});

async function call<T>(op: string, args: unknown = {}): Promise<T> {
  const reply = await app.dispatch(op as never, args as never);
  if (!reply.ok) throw new Error(`${op}: ${reply.error.message}`);
  return reply.value as T;
}

test("the good posts are listed, the bad ones too where they are text, and nothing outside the journal", async () => {
  const posts = await call<{ path: string; title: string }[]>("listPosts");
  const paths = posts.map((p) => p.path);
  for (const rel of Object.keys(GOOD))
    assert.ok(paths.includes(rel.normalize("NFC")) || paths.includes(rel), `${rel} is listed (${JSON.stringify(paths)})`);
  assert.ok(!paths.some((p) => p.startsWith("bad/out")), "no post read through a symlink out of the journal");
  assert.ok(!paths.includes("bad/folder.md"), "a folder named .md is not a post");
  assert.ok(!paths.includes("bad/dangling.md"), "a dangling link is not a post");
  assert.ok(!posts.some((p) => p.title === "外の秘密"), "the outside post's title is nowhere");
  assert.ok(paths.includes("bad/deep-list.md") && paths.includes("bad/deep-quote.md"), "deep nesting still opens");
  assert.equal(({} as Record<string, unknown>).polluted, undefined, "no prototype was polluted");
  const settings = await call<Record<string, unknown>>("getSettings");
  assert.ok(["system", "light", "dark"].includes(settings.theme as string), `a wrong-typed theme falls back (${String(settings.theme)})`);
  assert.notEqual(settings.lastPost, "../../etc/passwd");
});

test("every listed post opens, renders and is searchable; the outside text is never found", async () => {
  const posts = await call<{ path: string }[]>("listPosts");
  for (const p of posts) {
    const post = await call<{ body: string }>("readPost", { path: p.path });
    const html = renderMarkdown(post.body).html;
    assert.equal(typeof html, "string");
    if (p.path === "bad/deep-list.md" || p.path === "bad/deep-quote.md")
      assert.ok(html.includes("最後の行。"), `${p.path}: the text after deep nesting is rendered`);
  }
  const found = await call<{ paths: string[] }>("search", { query: "見えてはいけない" });
  assert.deepEqual(found.paths, [], "the symlinked outside post is not indexed");
  const plain = await call<{ paths: string[] }>("search", { query: "本文です" });
  assert.deepEqual(plain.paths, ["good/plain.md"]);
  const tags = await call<{ tree: { tag: string }[] }>("listTags", {});
  assert.ok(tags.tree.some((t) => t.tag === "日記"));
});

test("a site export gets through it, and writes nothing of the outside post", async () => {
  const out = await mkdtemp(path.join(os.tmpdir(), "tsuzuri-hostile-site-"));
  made.push(out);
  await rm(out, { recursive: true });
  await call("exportSite", { dir: out });
  const all: string[] = [];
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else all.push(await readFile(p, "utf8").catch(() => ""));
    }
  };
  await walk(out);
  assert.ok(all.length > 0);
  assert.ok(!all.some((t) => t.includes("見えてはいけない")), "the outside text is in no exported file");
});

test("a save of a post that is not UTF-8 (Shift_JIS, binary) is refused with a message; its bytes stay", async () => {
  for (const rel of ["bad/shift-jis.md", "bad/binary.md", "bad/invalid-utf8.md"]) {
    const post = await call<{ hash: string; title: string; body: string }>("readPost", { path: rel });
    const bytes = await readFile(path.join(journal, rel));
    const reply = await app.dispatch("savePost", { path: rel, baseHash: post.hash, title: post.title, body: post.body + "追記" });
    assert.equal(reply.ok, false, `${rel}: the save is refused`);
    if (!reply.ok) assert.match(reply.error.message, /not UTF-8/);
    assert.deepEqual(await readFile(path.join(journal, rel)), bytes, `${rel}: unchanged on disk`);
  }
});

test("opening, listing, reading, searching and exporting rewrote no file of the journal", async () => {
  const now = await snapshot(journal);
  assert.deepEqual([...now.entries()].sort(), [...before_.entries()].sort());
  assert.ok((await stat(path.join(outside, "secret.md"))).isFile(), "the outside file is still there, untouched");
  assert.deepEqual(await readdir(outside), ["secret.md"]);
});
