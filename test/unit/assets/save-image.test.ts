// Adding an image to a post's assets folder: names, no overwrite, identical bytes reused, the bytes
// checked, and nothing written outside the journal (a symlinked assets folder leading out is refused).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, readdir, readFile, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { TsuzuriError } from "../../../core/contract/index.js";
import { saveImageBytes, saveImageOp } from "../../../core/node/assets/index.js";
import { tempDir } from "../store/helpers.js";
import { JPEG_HEAD, pngOf } from "./images.js";

const POST = "posts/2026/2026-12-03-夕飯.md";

async function journal(): Promise<string> {
  const dir = await tempDir("tsuzuri-images-");
  await mkdir(path.join(dir, "posts/2026"), { recursive: true });
  await writeFile(path.join(dir, POST), "---\ntitle: 夕飯\n---\n\n今日の夕飯。\n");
  return dir;
}

const rejects = (p: Promise<unknown>, code: string, pattern: RegExp) =>
  assert.rejects(p, (e: unknown) => e instanceof TsuzuriError && e.code === code && pattern.test(e.message));

test("an image goes to assets/<post>/ under its own name, linked from the post's folder", async () => {
  const dir = await journal();
  const bytes = pngOf(3, 2);
  const saved = await saveImageBytes(dir, { post: POST, name: "焼き 魚.png", bytes });
  assert.deepEqual(saved, {
    path: "assets/2026-12-03-夕飯/焼き 魚.png",
    link: "../../assets/2026-12-03-夕飯/焼き%20魚.png",
    reused: false,
  });
  assert.deepEqual(await readFile(path.join(dir, saved.path)), bytes);
  assert.deepEqual(await readdir(path.join(dir, "assets/2026-12-03-夕飯")), ["焼き 魚.png"], "no temp file left");
});

test("a pasted image without a name is named by the time; other bytes never overwrite, the same bytes are reused", async () => {
  const dir = await journal();
  const now = new Date(2026, 11, 3, 21, 5, 9);
  const first = await saveImageBytes(dir, { post: POST, bytes: pngOf(1, 1), now });
  assert.equal(first.path, "assets/2026-12-03-夕飯/image-20261203-210509.png");
  const other = await saveImageBytes(dir, { post: POST, bytes: pngOf(2, 2), now });
  assert.equal(other.path, "assets/2026-12-03-夕飯/image-20261203-210509-2.png");
  assert.deepEqual(await readFile(path.join(dir, first.path)), pngOf(1, 1), "the first file is untouched");
  const again = await saveImageBytes(dir, { post: POST, bytes: pngOf(2, 2), now });
  assert.deepEqual(again, { ...other, reused: true });
  assert.equal((await readdir(path.join(dir, "assets/2026-12-03-夕飯"))).length, 2);
});

test("a file someone else put there keeps its bytes", async () => {
  const dir = await journal();
  await mkdir(path.join(dir, "assets/2026-12-03-夕飯"), { recursive: true });
  await writeFile(path.join(dir, "assets/2026-12-03-夕飯/cake.jpg"), "not mine");
  const saved = await saveImageBytes(dir, { post: POST, name: "cake.jpg", bytes: JPEG_HEAD });
  assert.equal(saved.path, "assets/2026-12-03-夕飯/cake-2.jpg");
  assert.equal(await readFile(path.join(dir, "assets/2026-12-03-夕飯/cake.jpg"), "utf8"), "not mine");
});

test("bytes that are no image are refused, whatever the name or the claimed type", async () => {
  const dir = await journal();
  await rejects(
    saveImageBytes(dir, { post: POST, name: "notes.png", bytes: new TextEncoder().encode("hello") }),
    "invalid-argument",
    /not an image/,
  );
  await rejects(
    saveImageOp(dir, { post: POST, name: "x.png", type: "image/png", data: Buffer.from("%PDF-1.4").toString("base64") }),
    "invalid-argument",
    /not an image/,
  );
  const scripted = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
  await rejects(saveImageBytes(dir, { post: POST, name: "x.svg", bytes: scripted }), "invalid-argument", /SVG image with a script/);
  await assert.rejects(readdir(path.join(dir, "assets")), "nothing was made");
});

test("too big is refused before anything is written", async () => {
  const dir = await journal();
  const big = Buffer.concat([pngOf(1, 1), Buffer.alloc(40 * 1024 * 1024)]);
  await rejects(saveImageBytes(dir, { post: POST, name: "huge.png", bytes: big }), "invalid-argument", /too big/);
});

test("only an existing post of the journal gets images", async () => {
  const dir = await journal();
  await rejects(saveImageBytes(dir, { post: "posts/2026/none.md", bytes: pngOf(1, 1) }), "not-found", /not there/);
  await rejects(saveImageBytes(dir, { post: "../outside.md", bytes: pngOf(1, 1) }), "invalid-argument", /Not a valid/);
  await rejects(saveImageBytes(dir, { post: ".trash/x.md", bytes: pngOf(1, 1) }), "invalid-argument", /Not a post/);
});

test("a symlinked assets folder leading out of the journal is refused, and nothing is written there", async () => {
  const dir = await journal();
  const outside = await tempDir("tsuzuri-outside-");
  await symlink(outside, path.join(dir, "assets"));
  await rejects(saveImageBytes(dir, { post: POST, name: "a.png", bytes: pngOf(1, 1) }), "invalid-argument", /leads out of the journal/);
  assert.deepEqual(await readdir(outside), []);

  const dir2 = await journal();
  await mkdir(path.join(dir2, "assets"));
  await symlink(outside, path.join(dir2, "assets/2026-12-03-夕飯"));
  await rejects(saveImageBytes(dir2, { post: POST, name: "a.png", bytes: pngOf(1, 1) }), "invalid-argument", /leads out of the journal/);
  assert.deepEqual(await readdir(outside), []);
});

test("Insert image… from a file on disk keeps its name", async () => {
  const dir = await journal();
  const src = await tempDir("tsuzuri-pictures-");
  await writeFile(path.join(src, "お皿.png"), pngOf(4, 4));
  const saved = await saveImageOp(dir, { post: POST, file: path.join(src, "お皿.png") });
  assert.equal(saved.path, "assets/2026-12-03-夕飯/お皿.png");
  assert.deepEqual(await readFile(path.join(dir, saved.path)), pngOf(4, 4));
});
