import assert from "node:assert/strict";
import * as fsp from "node:fs/promises";
import { chmod, readFile, readdir, stat, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { TsuzuriError } from "../../../core/contract/index.js";
import { atomicWrite, type AtomicWriteFs } from "../../../core/node/store/index.js";
import { tempDir } from "./helpers.js";

const errno = (code: string): Error => Object.assign(new Error(`simulated ${code}`), { code });

/** An `open` whose handles fail in writeFile with `code` after writing `partial` for real. */
function openFailingWrite(code: string, partial: string): AtomicWriteFs["open"] {
  return (async (...args: Parameters<typeof fsp.open>) => {
    const handle = await fsp.open(...args);
    handle.writeFile = async () => {
      await handle.write(partial);
      throw errno(code);
    };
    return handle;
  }) as AtomicWriteFs["open"];
}

test("replaces the file and leaves no temp file", async () => {
  const dir = await tempDir();
  const file = path.join(dir, "post.md");
  await writeFile(file, "old");
  await atomicWrite(file, "new 日本語");
  assert.equal(await readFile(file, "utf8"), "new 日本語");
  assert.deepEqual(await readdir(dir), ["post.md"]);
});

test("a full disk mid-write keeps the original, removes the temp file and says disk-full", async () => {
  const dir = await tempDir();
  const file = path.join(dir, "post.md");
  await writeFile(file, "original diary entry");
  await assert.rejects(
    atomicWrite(file, "x".repeat(10_000), { label: "posts/post.md", fs: { open: openFailingWrite("ENOSPC", "xxxx") } }),
    (e: unknown) =>
      e instanceof TsuzuriError &&
      e.code === "disk-full" &&
      e.message.includes("posts/post.md") &&
      /disk is full/.test(e.message) &&
      /not changed/.test(e.message),
  );
  assert.equal(await readFile(file, "utf8"), "original diary entry");
  assert.deepEqual(await readdir(dir), ["post.md"]);
});

test("a refused rename (permission) keeps the original and removes the temp file", async () => {
  const dir = await tempDir();
  const file = path.join(dir, "post.md");
  await writeFile(file, "original");
  const rename = async () => {
    throw errno("EACCES");
  };
  await assert.rejects(atomicWrite(file, "new", { fs: { rename } }), (e: unknown) => e instanceof TsuzuriError && e.code === "permission");
  assert.equal(await readFile(file, "utf8"), "original");
  assert.deepEqual(await readdir(dir), ["post.md"]);
});

test("a read-only disk is reported as permission", async () => {
  const dir = await tempDir();
  const file = path.join(dir, "post.md");
  await writeFile(file, "original");
  const open = (async () => {
    throw errno("EROFS");
  }) as unknown as AtomicWriteFs["open"];
  await assert.rejects(
    atomicWrite(file, "new", { fs: { open } }),
    (e: unknown) => e instanceof TsuzuriError && e.code === "permission" && /read-only/.test(e.message),
  );
  assert.equal(await readFile(file, "utf8"), "original");
});

test("a path under a file fails cleanly and creates nothing", async () => {
  const dir = await tempDir();
  const blocker = path.join(dir, "not-a-folder");
  await writeFile(blocker, "plain file");
  await assert.rejects(atomicWrite(path.join(blocker, "post.md"), "x"), (e: unknown) => e instanceof TsuzuriError);
  assert.equal(await readFile(blocker, "utf8"), "plain file");
  assert.deepEqual(await readdir(dir), ["not-a-folder"]);
});

test("keeps the file's permission bits, and writes through a symbolic link instead of replacing it", async () => {
  const dir = await tempDir();
  const real = path.join(dir, "real.md");
  const link = path.join(dir, "link.md");
  await writeFile(real, "old");
  await chmod(real, 0o600);
  await symlink(real, link);
  await atomicWrite(link, "new");
  assert.equal(await readFile(real, "utf8"), "new");
  assert.ok((await fsp.lstat(link)).isSymbolicLink());
  if (process.platform !== "win32") assert.equal((await stat(real)).mode & 0o777, 0o600);
});
