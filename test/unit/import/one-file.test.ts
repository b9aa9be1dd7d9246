// One Markdown file imported alone (File → Import…, or a file opened from outside any journal): its
// folder is never listed (it may be a home folder), the files it links to are still copied under the
// same rules as a folder import, and two different files of one name are two posts.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import fsp, { mkdir, readFile, writeFile } from "node:fs/promises";
import { syncBuiltinESMExports } from "node:module";
import path from "node:path";
import { describe, test } from "node:test";
import { parsePost } from "../../../core/common/post/index.js";
import { importSource } from "../../../core/node/import/index.js";
import { tempDir } from "./helpers.js";

async function put(root: string, rel: string, text: string): Promise<string> {
  const file = path.join(root, ...rel.split("/"));
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
  return file;
}

describe("One Markdown file imported alone", () => {
  test("reads no folder listing of where it lies, yet copies the images it links to (and only those a folder import would)", async (t) => {
    const base = await tempDir();
    const src = path.join(base, "home");
    const dir = path.join(base, "journal");
    await put(base, "outside.png", "o");
    for (const rel of ["img/pic.png", "beside.png", "node_modules/x.png", ".hidden/y.png", "other.md"]) await put(src, rel, rel);
    // A deep sibling tree, as in a home folder: nothing in it may be listed.
    for (let i = 0; i < 20; i++) await put(src, `Library/${"deep/".repeat(i)}file${i}.txt`, "x");
    const note = await put(
      src,
      "note.md",
      "# Note\n\n![a](img/pic.png) ![[beside.png]] ![b](../outside.png) ![c](node_modules/x.png) ![d](.hidden/y.png) [e](other.md)\n",
    );

    const listed: string[] = [];
    const readdir = fsp.readdir;
    t.mock.method(fsp, "readdir", (p: string, ...rest: unknown[]) => {
      listed.push(String(p));
      return (readdir as (...a: unknown[]) => unknown)(p, ...rest);
    });
    syncBuiltinESMExports();
    let report;
    try {
      report = await importSource(note, { dir });
    } finally {
      t.mock.restoreAll();
      syncBuiltinESMExports();
    }
    assert.deepEqual(
      listed.filter((p) => p === src || p.startsWith(src + path.sep)),
      [],
      "the folder of the file is not listed",
    );
    assert.equal(report.imported, 1);
    assert.equal(report.assets, 2, "img/pic.png and beside.png");
    const rel = report.items[0]?.path ?? "";
    const body = parsePost(await readFile(path.join(dir, ...rel.split("/")), "utf8"), rel).body;
    const assets = `../../assets/${path.posix.basename(rel, ".md")}`;
    assert.ok(body.includes(`![a](${assets}/pic.png)`), "a path link to an image in a subfolder");
    assert.ok(body.includes(`![](${assets}/beside.png)`), "an Obsidian embed by name, beside the file");
    for (const kept of ["../outside.png", "node_modules/x.png", ".hidden/y.png", "(other.md)"])
      assert.ok(body.includes(kept), `${kept} is left as written, as a folder import leaves it`);
  });

  test("another file of the same name is a new post; the same file again is the earlier one; no folder is recorded", async () => {
    const base = await tempDir();
    const dir = path.join(base, "journal");
    const downloads = await put(base, "Downloads/note.md", "# From Downloads\n\nOne text.\n");
    const desktop = await put(base, "Desktop/note.md", "# From Desktop\n\nAnother text.\n");

    const first = await importSource(downloads, { dir });
    const second = await importSource(desktop, { dir });
    assert.equal(second.imported, 1, "a different file of the same name is imported, not taken for the first");
    assert.notEqual(second.items[0]?.path, first.items[0]?.path);
    const again = await importSource(desktop, { dir });
    assert.equal(again.imported, 0);
    assert.equal(again.items[0]?.path, second.items[0]?.path, "the same file again finds its own copy");

    const rel = second.items[0]?.path ?? "";
    const from = parsePost(await readFile(path.join(dir, ...rel.split("/")), "utf8"), rel).frontMatter.data.imported_from;
    const sha = createHash("sha256")
      .update(await readFile(desktop))
      .digest("hex");
    assert.equal(from, `md:note.md sha256:${sha.slice(0, 12)}`, "the name and a hash of the bytes, no folder");
  });
});
