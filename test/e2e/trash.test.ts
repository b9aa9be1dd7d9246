// Deleting a post moves its file to the journal's .trash/ folder (never destroys it), after a confirm.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { access, readFile } from "node:fs/promises";
import { join } from "node:path";
import {
  imeType, listedTexts, markdownFiles, openPost, parsePostText, postFiles, readPostFile, startEnv, startNewPost, ui, waitFor, waitForListed,
  waitForStatus, type Env,
} from "./harness/index.js";

let env: Env;
const KEEP = "残す投稿";
const DROP = "消す投稿";
/** Journal-relative path of each post, by title. */
const paths = new Map<string, string>();

/** Writes a post in the app and returns its file (journal-relative). */
async function writePost(title: string, body: string): Promise<string> {
  const { page } = env;
  const u = ui(page);
  const existing = new Set(await postFiles(env.server.journalDir));
  await startNewPost(page);
  await imeType(page, title);
  await u.body.click();
  await imeType(page, body);
  await waitForStatus(page, "Saved");
  const added = (await postFiles(env.server.journalDir)).filter((p) => !existing.has(p));
  assert.equal(added.length, 1, `one new file for "${title}": ${JSON.stringify(added)}`);
  return added[0]!;
}

/** The in-page confirmation dialog. */
function confirmDialog(page: Env["page"]) {
  return page.getByRole("alertdialog").or(page.getByRole("dialog"));
}

const exists = (p: string) => access(p).then(() => true, () => false);

before(async () => {
  env = await startEnv();
  paths.set(KEEP, await writePost(KEEP, "この投稿は残す。"));
  paths.set(DROP, await writePost(DROP, "この投稿はゴミ箱へ。"));
  await waitForListed(env.page, KEEP);
  await waitForListed(env.page, DROP);
}, { timeout: 90_000 });

after(async () => {
  await env?.close();
}, { timeout: 30_000 });

test("Delete post asks first; Cancel keeps the post", { timeout: 30_000 }, async () => {
  const { page } = env;
  const u = ui(page);
  await openPost(page, DROP);
  await u.deletePost.click();
  const dialog = confirmDialog(page);
  await dialog.waitFor({ state: "visible" });
  assert.ok((await dialog.textContent())?.includes(DROP), "the dialog names the post");
  await dialog.getByRole("button", { name: "Cancel", exact: true }).click();
  await dialog.waitFor({ state: "hidden" });
  assert.ok(await exists(join(env.server.journalDir, paths.get(DROP)!)), "the file is still in posts/");
  await waitForListed(page, DROP, true, 1_000);
});

test("Delete post (confirmed) moves the file to .trash/ and removes it from the list", { timeout: 30_000 }, async () => {
  const { page } = env;
  const u = ui(page);
  const dir = env.server.journalDir;
  const original = join(dir, paths.get(DROP)!);
  const text = await readFile(original, "utf8");
  await openPost(page, DROP);
  await u.deletePost.click();
  const dialog = confirmDialog(page);
  await dialog.getByRole("button", { name: "Delete", exact: true }).click();

  await waitForListed(page, DROP, false);
  await waitFor(async () => !(await exists(original)), { message: "the file to leave posts/" });
  const trashed = await markdownFiles(join(dir, ".trash"));
  assert.equal(trashed.length, 1, `one file in .trash/: ${JSON.stringify(trashed)}`);
  const inTrash = await readPostFile(join(dir, ".trash", trashed[0]!));
  assert.equal(inTrash.data.title, DROP, "the trashed file is the deleted post");
  assert.equal(inTrash.body, parsePostText(text).body, "with its body intact");

  // The other post is untouched and still listed; nothing else went anywhere.
  assert.deepEqual(await postFiles(dir), [paths.get(KEEP)], "only the kept post is left in posts/");
  assert.ok((await listedTexts(page)).some((t) => t.includes(KEEP)), "the kept post is still listed");
  assert.equal((await readPostFile(join(dir, paths.get(KEEP)!))).data.title, KEEP);
});

test("words typed right after New post never land in the post that was open before", { timeout: 60_000 }, async () => {
  const { page } = env;
  const u = ui(page);
  const before = await writePost("前の投稿", "前の本文。");
  const text = await readFile(join(env.server.journalDir, before), "utf8");
  // A slow disk: the new post takes a moment to be made. Meanwhile the user already types a title.
  await page.route("**/api/createPost", async (route) => {
    await new Promise((r) => setTimeout(r, 600));
    await route.continue();
  });
  await u.newPost.click();
  await u.title.fill("新しい題");
  await page.unroute("**/api/createPost");
  await waitForStatus(page, "Saved");
  await waitForListed(page, "新しい題");
  assert.equal(await readFile(join(env.server.journalDir, before), "utf8"), text, "the earlier post's file is untouched");
  assert.equal(await u.title.inputValue(), "新しい題", "the new title went to the new post");
  assert.ok((await listedTexts(page)).some((t) => t.startsWith("前の投稿")), "the earlier post keeps its title in the list");
});

