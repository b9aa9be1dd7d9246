// An image that cannot be copied during an import (a full disk, a failing disk…) fails its post as a
// whole: the post is not written (none points at a missing or half-copied image), the report names
// the entry and the cause, the other posts are imported with their images, and importing again
// imports the failed one with its image.
import assert from "node:assert/strict";
import { readFile, truncate, writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { importSource } from "../../../core/node/import/index.js";
import { errno, withFaults, type Fault } from "../store/faults.js";
import { allFiles, tempDir } from "./helpers.js";

const post = (title: string, image: string) => `---\ntitle: ${title}\ndate: 2019-07-24T21:30:00+09:00\n---\n\n本文 ![絵](${image})\n`;
const PNG = Buffer.concat([Buffer.from("89504e470d0a1a0a", "hex"), Buffer.alloc(64 * 1024, 7)]);

/** A Markdown folder of two posts, each showing its own image. */
async function source(): Promise<string> {
  const src = await tempDir("tsuzuri-import-copy-src-");
  await writeFile(path.join(src, "2019-07-24-one.md"), post("一つ目", "one.png"));
  await writeFile(path.join(src, "2019-07-25-two.md"), post("二つ目", "two.png"));
  await writeFile(path.join(src, "one.png"), PNG);
  await writeFile(path.join(src, "two.png"), Buffer.concat([PNG, Buffer.from("two")]));
  return src;
}

/** The imported posts by title, with the image each links to read from the journal (null: missing). */
async function imported(dir: string): Promise<Map<string, Buffer | null>> {
  const out = new Map<string, Buffer | null>();
  for (const f of (await allFiles(dir)).filter((x) => x.startsWith("posts/") && x.endsWith(".md"))) {
    const text = await readFile(path.join(dir, f), "utf8");
    const title = /^title: "?([^"\n]+)"?$/m.exec(text)?.[1] ?? f;
    const link = /!\[絵\]\(([^)]+)\)/.exec(text)?.[1] ?? "";
    const image = path.resolve(path.dirname(path.join(dir, f)), decodeURIComponent(link));
    out.set(title, await readFile(image).catch(() => null));
  }
  return out;
}

for (const code of ["ENOSPC", "EIO"]) {
  test(`an image copy failing with ${code} half-way fails its post whole, is reported, and importing again brings it in`, async () => {
    const src = await source();
    const dir = await tempDir("tsuzuri-import-copy-");
    // The copy of two.png writes part of the file, then the disk gives out.
    const halfCopy: Fault = async (real, ...args) => {
      if (!String(args[0]).endsWith("two.png")) return real(...args);
      await real(...args);
      await truncate(String(args[1]), 1000);
      throw errno(code);
    };
    const report = await withFaults({ fs: { copyFile: halfCopy } }, () => importSource(src, { dir }, { format: "markdown" }));

    assert.equal(report.imported, 1);
    assert.equal(report.failed.length, 1);
    const [failure] = report.failed;
    assert.match(failure!.entry, /two/);
    assert.match(failure!.reason, new RegExp(`two\\.png.*\\(${code}\\)`), "the reason names the image and the cause");
    assert.doesNotMatch(failure!.reason, /\.tmp\b|0123456789ab/, "the reason names no temp file");
    const first = await imported(dir);
    assert.deepEqual([...first.keys()], ["一つ目"], "the post whose image failed is not imported");
    assert.deepEqual(first.get("一つ目"), PNG, "the other post is imported with its image");
    assert.deepEqual(
      (await allFiles(dir)).filter((f) => f.startsWith("assets/")),
      ["assets/2019-07-24-一つ目/one.png"],
      "no part of the failed copy is left",
    );

    const retry = await importSource(src, { dir }, { format: "markdown" });
    assert.deepEqual(retry.failed, []);
    assert.equal(retry.imported, 1, "the retry imports the failed post");
    const second = await imported(dir);
    assert.deepEqual([...second.keys()].sort(), ["一つ目", "二つ目"]);
    assert.deepEqual(second.get("二つ目"), await readFile(path.join(src, "two.png")), "with its whole image");
    assert.deepEqual(
      (await allFiles(dir)).filter((f) => f.startsWith("assets/")),
      ["assets/2019-07-24-一つ目/one.png", "assets/2019-07-24-二つ目/two.png"],
      "under its own name, not a numbered one",
    );
  });
}

test("an image shared by two posts stays while one of them uses it, when the other fails", async () => {
  const src = await tempDir("tsuzuri-import-copy-shared-");
  await writeFile(path.join(src, "2019-07-24-one.md"), post("一つ目", "shared.png"));
  await writeFile(path.join(src, "2019-07-25-two.md"), post("二つ目", "shared.png") + "![別](other.png)\n");
  await writeFile(path.join(src, "shared.png"), PNG);
  await writeFile(path.join(src, "other.png"), PNG);
  const dir = await tempDir("tsuzuri-import-copy-shared-");
  const failOther: Fault = async (real, ...args) =>
    String(args[0]).endsWith("other.png") ? Promise.reject(errno("ENOSPC")) : real(...args);
  const report = await withFaults({ fs: { copyFile: failOther } }, () => importSource(src, { dir }, { format: "markdown" }));
  assert.equal(report.failed.length, 1);
  assert.deepEqual(await imported(dir), new Map([["一つ目", PNG]]), "the post that succeeded keeps the image it shares");
});
