// The fault loop over exports and imports (issue 11, item 2): a site export over an earlier one, a
// single-post export over an earlier file, and imports of a Markdown folder and of a Movable Type
// export (HTML bodies), each run again and again with the Nth file-system call failing (writing calls
// of fs/promises and FileHandles, and the callback readFile and writeFile the export's fast path uses)
// with ENOSPC, EIO, EACCES or EROFS, for every N.
// After every fault: an export left the journal untouched, and its output is the previous export or the
// new one, or the export failed with a message naming no temp file; an import left no empty or torn
// post, no post twice and no post without its image (nor an image without its post), and reported
// what failed; and the same operation, run again, leaves what a run without faults does (an export:
// byte for byte).
import { routeCallbackFs, CALLBACK_FS, nthFails, withFaults } from "./faults.js";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { TsuzuriError } from "../../../core/contract/index.js";
import { allFiles, tempDir } from "./helpers.js";

// Before the export is loaded: it keeps the callback functions it imports (through promisify).
routeCallbackFs(CALLBACK_FS);
const { Journal } = await import("../../../core/node/store/index.js");
const { exportPost, exportSite, MANIFEST_FILE } = await import("../../../core/node/export/index.js");
const { importSource } = await import("../../../core/node/import/index.js");
type Journal = Awaited<ReturnType<typeof Journal.open>>;

const CODES = ["ENOSPC", "EIO", "EACCES", "EROFS"] as const;
const MAX_CALLS = 120;
const TEMP = /\.[0-9a-f]{12}\.tmp$/;
const figures = { injected: 0, survived: 0, failedClearly: 0 };

const post = (title: string, body: string) => `---\ntitle: ${title}\ndate: 2019-07-24T21:30:00+09:00\ntags: [日記]\n---\n\n${body}\n`;

/** A journal of three posts (one shows an image), opened. */
async function journalWithPosts(): Promise<{ dir: string; journal: Journal }> {
  const dir = await tempDir("tsuzuri-fault-export-");
  await mkdir(path.join(dir, "posts"), { recursive: true });
  await writeFile(path.join(dir, "posts", "a.md"), post("一", "一つ目の本文 ![絵](pic.png)"));
  await writeFile(path.join(dir, "posts", "b.md"), post("二", "二つ目の本文"));
  await writeFile(path.join(dir, "posts", "c.md"), post("三", "三つ目の本文"));
  await writeFile(
    path.join(dir, "posts", "pic.png"),
    Buffer.from(
      "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a5b70000000049454e44ae426082",
      "hex",
    ),
  );
  return { dir, journal: await Journal.open(dir) };
}

/** Every file under `dir` (but `skip`), with the hash of its bytes. */
async function tree(dir: string, skip: (rel: string) => boolean = () => false): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of (await allFiles(dir)).sort())
    if (!skip(f))
      out[f] = createHash("sha256")
        .update(await readFile(path.join(dir, f)))
        .digest("hex");
  return out;
}

/** The journal as an export must leave it: everything but its own cache of rendered bodies. */
const journalTree = (dir: string) => tree(dir, (f) => f.startsWith(".tsuzuri/export-cache/"));
/** A site folder's pages and files (the manifest holds times). */
const siteTree = (dir: string) => tree(dir, (f) => f === MANIFEST_FILE);

/** Edits post b, so that the next export differs from the previous one. */
async function edit(journal: Journal): Promise<void> {
  const b = await journal.read("posts/b.md");
  await journal.save({ path: b.path, baseHash: b.hash, title: "二（直した）", body: "直した本文\n", tags: ["日記"] });
}

/** Runs `run` with the nth call failing; null when there was no nth call, else the error it threw (or undefined). */
async function faulted(nth: number, code: string, run: () => Promise<unknown>): Promise<{ error: unknown } | null> {
  const { faults, reached } = nthFails(nth, code);
  let error: unknown;
  await withFaults(faults, async () => {
    try {
      await run();
    } catch (e) {
      error = e;
    }
  });
  return reached() ? { error } : null;
}

/** A clear failure: a TsuzuriError whose message names no temp file. */
function assertClear(error: unknown, where: string): void {
  assert.ok(error instanceof TsuzuriError, `${where}: a TsuzuriError, got ${String(error)}`);
  assert.doesNotMatch(error.message, /\.tmp\b|0123456789ab/, `${where}: the message names no temp file`);
  assert.ok(error.message.length > 20, `${where}: the message says something (${error.message})`);
}

/** Loops `once` over every code and N until a run makes fewer calls than N. */
async function loop(once: (nth: number, code: string, where: string) => Promise<boolean>): Promise<void> {
  for (const code of CODES) {
    for (let nth = 1; nth <= MAX_CALLS; nth++) {
      if (!(await once(nth, code, `call ${nth} fails with ${code}`))) break;
      assert.ok(nth < MAX_CALLS, "the loop reached every call");
    }
  }
}

test(
  "fault loop: a site export over an earlier one survives the Nth file-system call failing, for every N",
  { timeout: 300_000 },
  async () => {
    await loop(async (nth, code, where) => {
      const { dir, journal } = await journalWithPosts();
      const out = await tempDir("tsuzuri-fault-export-out-");
      const fresh = await tempDir("tsuzuri-fault-export-ref-");
      try {
        await exportSite(journal, out);
        const oldSite = await siteTree(out);
        await edit(journal);
        const before = await journalTree(dir);
        const result = await faulted(nth, code, () => exportSite(journal, out));
        if (!result) return false;
        figures.injected++;
        assert.deepEqual(await journalTree(dir), before, `${where}: the journal is untouched`);
        // What the folder must hold: the same journal exported without faults into an empty folder.
        await exportSite(journal, fresh);
        const newSite = await siteTree(fresh);
        assert.notDeepEqual(oldSite, newSite);
        if (result.error) {
          assertClear(result.error, `site export, ${where}`);
          figures.failedClearly++;
        } else assert.deepEqual(await siteTree(out), newSite, `${where}: reported done, the folder is the new export`);
        await exportSite(journal, out).catch((e: unknown) => assert.fail(`site export, ${where}: the retry failed: ${String(e)}`));
        assert.deepEqual(await siteTree(out), newSite, `${where}: after the retry, the folder is the new export, no temp file left`);
        assert.deepEqual(await journalTree(dir), before, `${where}: the journal is untouched after the retry`);
        figures.survived++;
        return true;
      } finally {
        await journal.close();
      }
    });
  },
);

test(
  "fault loop: a single-post export over an earlier file survives the Nth file-system call failing, for every N",
  { timeout: 120_000 },
  async () => {
    await loop(async (nth, code, where) => {
      const { dir, journal } = await journalWithPosts();
      const outDir = await tempDir("tsuzuri-fault-export-post-");
      const file = path.join(outDir, "a.html");
      try {
        await exportPost(journal, "posts/b.md", file);
        const old = await readFile(file, "utf8");
        await edit(journal);
        const before = await journalTree(dir);
        const result = await faulted(nth, code, () => exportPost(journal, "posts/b.md", file));
        if (!result) return false;
        figures.injected++;
        assert.deepEqual(await journalTree(dir), before, `${where}: the journal is untouched`);
        const now = await readFile(file, "utf8");
        if (result.error) {
          assertClear(result.error, `post export, ${where}`);
          figures.failedClearly++;
          assert.ok(now === old || now.includes("直した本文"), `${where}: the file is the old export or the new one`);
        } else assert.match(now, /直した本文/, `${where}: reported done, the file is the new export`);
        assert.deepEqual(
          (await allFiles(outDir)).filter((f) => TEMP.test(f)),
          [],
          `${where}: no temp file beside the export`,
        );
        await exportPost(journal, "posts/b.md", file).catch((e: unknown) =>
          assert.fail(`post export, ${where}: the retry failed: ${String(e)}`),
        );
        await exportPost(journal, "posts/b.md", path.join(outDir, "reference.html"));
        assert.deepEqual(
          await readFile(file),
          await readFile(path.join(outDir, "reference.html")),
          `${where}: after the retry, the file is byte for byte what an export without faults writes`,
        );
        figures.survived++;
        return true;
      } finally {
        await journal.close();
      }
    });
  },
);

/** The image the imported folder holds. */
const SOURCE_IMAGE = Buffer.from("not really a png, but an image file by its name");

/** A folder of three Markdown posts to import, one showing an image beside it. */
async function importSourceFolder(): Promise<string> {
  const src = await tempDir("tsuzuri-fault-import-src-");
  await writeFile(path.join(src, "2019-07-24-one.md"), post("取り込み一", "一の本文 ![絵](pic.png)"));
  await writeFile(path.join(src, "2019-07-25-two.md"), post("取り込み二", "二の本文"));
  await writeFile(path.join(src, "2019-07-26-three.md"), post("取り込み三", "三の本文"));
  await writeFile(path.join(src, "pic.png"), SOURCE_IMAGE);
  return src;
}

/** The journal's posts: each whole (closed front matter, its body), none twice; returns their titles. */
async function importedPosts(dir: string, where: string): Promise<string[]> {
  const files = (await allFiles(dir)).filter((f) => !f.split("/").some((s) => s.startsWith(".")));
  assert.deepEqual(
    files.filter((f) => TEMP.test(f)),
    [],
    `${where}: no temp file`,
  );
  const titles: string[] = [];
  for (const f of files.filter((x) => x.endsWith(".md"))) {
    const text = await readFile(path.join(dir, f), "utf8");
    const m = /^---\n[\s\S]*?title: "?(取り込み[一二三])"?\n[\s\S]*?\n---\n[\s\S]*(一|二|三)の本文/.exec(text);
    assert.ok(m, `${where}: ${f} is a whole imported post (${JSON.stringify(text.slice(0, 80))})`);
    titles.push(m[1]!);
  }
  assert.equal(new Set(titles).size, titles.length, `${where}: no post imported twice`);
  return titles.sort();
}

/** The names of the files under the journal's assets/ (one not whole is named with " (torn)"). */
async function importedAssets(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const f of (await allFiles(dir)).filter((x) => x.startsWith("assets/"))) {
    const bytes = await readFile(path.join(dir, f));
    out.push(path.posix.basename(f) + (bytes.equals(SOURCE_IMAGE) ? "" : " (torn)"));
  }
  return out.sort();
}

/** A Movable Type / Hatena Blog export (HTML bodies) of the same three posts. */
async function importSourceMt(): Promise<string> {
  const dir = await tempDir("tsuzuri-fault-import-mt-");
  const entry = (title: string, day: number, text: string) =>
    [`TITLE: ${title}`, `DATE: 07/${day}/2019 21:30:00`, "-----", "BODY:", `<p>${text}</p>`, "-----", "--------"].join("\n");
  const file = path.join(dir, "export.txt");
  await writeFile(
    file,
    [entry("取り込み一", 24, "一の本文"), entry("取り込み二", 25, "二の本文"), entry("取り込み三", 26, "三の本文")].join("\n") + "\n",
  );
  return file;
}

const IMPORTS = [
  { name: "a Markdown folder (with an image)", format: "markdown", source: importSourceFolder, image: true },
  { name: "a Movable Type export (HTML)", format: "mt", source: importSourceMt, image: false },
] as const;

for (const kind of IMPORTS) {
  test(`fault loop: an import of ${kind.name} survives the Nth file-system call failing, for every N`, { timeout: 120_000 }, async () => {
    const src = await kind.source();
    const run = (dir: string) => importSource(src, { dir }, { format: kind.format });
    await loop(async (nth, code, where) => {
      const dir = await tempDir("tsuzuri-fault-import-");
      const result = await faulted(nth, code, () =>
        run(dir).then((report) => {
          for (const f of report.failed)
            assert.ok(f.reason.includes(code), `import, ${where}, ${f.entry}: the reason gives the cause (${f.reason})`);
          if (report.failed.length) throw new TsuzuriError("io", report.failed.map((f) => `${f.entry}: ${f.reason}`).join("; "));
        }),
      );
      if (!result) return false;
      figures.injected++;
      if (result.error) {
        assertClear(result.error, `import, ${where}`);
        figures.failedClearly++;
      }
      assert.deepEqual(
        await importedAssets(dir),
        kind.image && (await importedPosts(dir, where)).includes("取り込み一") ? ["pic.png"] : [],
        `${where}: the image is there exactly when the post showing it is (no post without its image, no image left by a failed post)`,
      );
      const report = await run(dir).catch((e: unknown) => assert.fail(`import, ${where}: the retry failed: ${String(e)}`));
      assert.deepEqual(report.failed, [], `${where}: the retry imports the rest`);
      assert.deepEqual(await importedPosts(dir, `${where}, after the retry`), ["取り込み一", "取り込み三", "取り込み二"]);
      assert.deepEqual(
        await importedAssets(dir),
        kind.image ? ["pic.png"] : [],
        `${where}: after the retry, the image once, under its own name`,
      );
      figures.survived++;
      return true;
    });
  });
}

test("fault loop over exports and imports: figures", () => {
  console.log(
    `fault loop (exports, imports): ${figures.injected} faults injected, ${figures.survived} survived (${figures.failedClearly} reported with a clear message, the rest absorbed), journal untouched by every export, every retry working`,
  );
  assert.ok(figures.injected > 50, `faults injected: ${figures.injected}`);
  assert.equal(figures.survived, figures.injected);
});
