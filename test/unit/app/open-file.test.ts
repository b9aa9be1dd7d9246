// The rule for a Markdown file handed to the app (core/node/app/open-file.ts), over real folders: a
// post of the open journal, a post of another journal (found by its .tsuzuri/ folder above), a file in
// no journal (offered for import), and what is refused.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { resolveOpenTarget } from "../../../core/node/app/open-file.js";
import { tempDir } from "./helpers.js";

async function layout(): Promise<{ root: string; current: string; other: string }> {
  const root = await tempDir("tsuzuri-open-file-");
  const current = path.join(root, "current");
  const other = path.join(root, "other");
  for (const dir of [
    path.join(current, ".tsuzuri"),
    path.join(current, "posts", "2024"),
    path.join(current, ".trash"),
    path.join(other, ".tsuzuri"),
    path.join(other, "deep", "er"),
    path.join(root, "loose", "folder.md"),
  ])
    await mkdir(dir, { recursive: true });
  for (const file of [
    path.join(current, "posts", "2024", "today.md"),
    path.join(current, "top.MD"),
    path.join(current, ".trash", "gone.md"),
    path.join(other, "deep", "er", "far.md"),
    path.join(root, "loose", "note.md"),
    path.join(root, "loose", "note.txt"),
    path.join(root, "loose", "long.markdown"),
    path.join(current, "posts", "long.markdown"),
  ])
    await writeFile(file, "# x\n");
  return { root, current, other };
}

test("a file inside the open journal is its post, at any depth, its extension in any case", async () => {
  const { current } = await layout();
  assert.deepEqual(await resolveOpenTarget(path.join(current, "posts", "2024", "today.md"), current), {
    kind: "post",
    journal: current,
    current: true,
    path: "posts/2024/today.md",
    file: path.join(current, "posts", "2024", "today.md"),
  });
  assert.equal(((await resolveOpenTarget(path.join(current, "top.MD"), current)) as { path: string }).path, "top.MD");
});

test("a file inside another journal opens that journal (the nearest folder above with .tsuzuri/) at the post", async () => {
  const { current, other } = await layout();
  const target = await resolveOpenTarget(path.join(other, "deep", "er", "far.md"), current);
  assert.deepEqual(target, {
    kind: "post",
    journal: other,
    current: false,
    path: "deep/er/far.md",
    file: path.join(other, "deep", "er", "far.md"),
  });
});

test("a file in no journal is offered for import into the open one", async () => {
  const { root, current } = await layout();
  assert.deepEqual(await resolveOpenTarget(path.join(root, "loose", "note.md"), current), {
    kind: "import",
    file: path.join(root, "loose", "note.md"),
  });
});

test("a .markdown file (the installers associate it too) is never a post: outside a journal it is offered for import, inside refused", async () => {
  const { root, current } = await layout();
  assert.equal((await resolveOpenTarget(path.join(root, "loose", "long.markdown"), current)).kind, "import");
  const inside = await resolveOpenTarget(path.join(current, "posts", "long.markdown"), current);
  assert.equal(inside.kind === "refused" && inside.reason, "markdown-extension");
});

test("a link from outside to a post of the journal opens the post; a link's own name does not make a post", async () => {
  const { root, current } = await layout();
  const link = path.join(root, "loose", "link.md");
  await symlink(path.join(current, "posts", "2024", "today.md"), link);
  const target = await resolveOpenTarget(link, current);
  assert.equal(target.kind, "post");
  assert.equal((target as { path: string }).path, "posts/2024/today.md");
});

test("refused, with the reason: not Markdown, missing, a folder, a file the journal keeps for itself", async () => {
  const { root, current } = await layout();
  const reason = async (p: string) => {
    const t = await resolveOpenTarget(p, current);
    return t.kind === "refused" ? t.reason : t.kind;
  };
  assert.equal(await reason(path.join(root, "loose", "note.txt")), "not-markdown");
  assert.equal(await reason(path.join(root, "loose", "nothing.md")), "missing");
  assert.equal(await reason(path.join(root, "loose", "folder.md")), "not-a-file");
  assert.equal(await reason(path.join(current, ".trash", "gone.md")), "not-a-post");
});
