// Deleting a post moves its file to the journal's .trash/ folder (never destroys it), after a confirm.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { access, readFile } from "node:fs/promises";
import { join } from "node:path";
import {
  imeType,
  listedTexts,
  markdownFiles,
  openPost,
  parsePostText,
  postFiles,
  readPostFile,
  startEnv,
  startNewPost,
  ui,
  waitFor,
  waitForListed,
  waitForStatus,
  waitForValue,
  type Env,
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

const exists = (p: string) =>
  access(p).then(
    () => true,
    () => false,
  );

before(
  async () => {
    env = await startEnv();
    paths.set(KEEP, await writePost(KEEP, "この投稿は残す。"));
    paths.set(DROP, await writePost(DROP, "この投稿はゴミ箱へ。"));
    await waitForListed(env.page, KEEP);
    await waitForListed(env.page, DROP);
  },
  { timeout: 90_000 },
);

after(
  async () => {
    await env?.close();
  },
  { timeout: 30_000 },
);

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
  assert.ok(
    (await listedTexts(page)).some((t) => t.includes(KEEP)),
    "the kept post is still listed",
  );
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
  assert.ok(
    (await listedTexts(page)).some((t) => t.startsWith("前の投稿")),
    "the earlier post keeps its title in the list",
  );
});

/** Deletes the open post through Delete post and its confirmation. */
async function deleteOpenPost(page: Env["page"]): Promise<void> {
  await ui(page).deletePost.click();
  const dialog = page.getByRole("dialog", { name: "Delete this post?" });
  await dialog.getByRole("button", { name: "Delete", exact: true }).click();
  await dialog.waitFor({ state: "hidden" });
}

/** Opens the Trash from the sidebar's Trash button, with the keyboard. */
async function openTrash(page: Env["page"]) {
  await page.getByRole("navigation", { name: "Journal" }).getByRole("button", { name: "Trash", exact: true }).focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Trash", exact: true });
  await dialog.waitFor({ state: "visible" });
  return dialog;
}

test(
  "right after Delete post, Undo (Ctrl+Z outside a text field) puts the file back where it was and opens it",
  { timeout: 60_000 },
  async () => {
    const { page } = env;
    const u = ui(page);
    const title = "取り消す投稿";
    const rel = await writePost(title, "消してすぐ戻す。");
    const file = join(env.server.journalDir, rel);
    const text = await readFile(file, "utf8");
    await openPost(page, title);
    await deleteOpenPost(page);
    await waitForListed(page, title, false);
    await waitFor(async () => !(await exists(file)), { message: "the file to leave posts/" });

    const toast = page.getByRole("status").filter({ hasText: `Moved “${title}” to the trash` });
    await toast.waitFor({ state: "visible" });
    assert.ok(await toast.getByRole("button", { name: "Undo", exact: true }).isVisible(), "the toast has an Undo button");
    assert.ok(
      !(await page.evaluate(() => document.activeElement?.matches("input, textarea, [contenteditable=true]"))),
      "the focus is not in a text field",
    );
    await page.keyboard.press("Control+z");

    await waitFor(() => exists(file), { message: `${rel} back at its original path` });
    assert.equal(await readFile(file, "utf8"), text, "the same bytes as before the delete");
    await waitForValue(() => u.title.inputValue(), title, { message: "the post open again" });
    await waitForListed(page, title);
    await toast.waitFor({ state: "hidden" });
    const trashed = await markdownFiles(join(env.server.journalDir, ".trash"));
    assert.ok(
      !(await Promise.all(trashed.map((t) => readFile(join(env.server.journalDir, ".trash", t), "utf8")))).includes(text),
      "no copy left in the trash",
    );
  },
);

test("the Undo toast goes when another post is opened (the next action); the post stays in the trash", { timeout: 60_000 }, async () => {
  const { page } = env;
  const title = "開き直して消える通知";
  await writePost(title, "本文。");
  await openPost(page, title);
  await deleteOpenPost(page);
  const toast = page.getByRole("status").filter({ hasText: `Moved “${title}” to the trash` });
  await toast.waitFor({ state: "visible" });
  await openPost(page, KEEP);
  // Well before the toast's own 8 s.
  await toast.waitFor({ state: "hidden", timeout: 2_000 });
  await page.keyboard.press("Control+z");
  await waitForListed(page, title, false, 1_000);
  const titles = await Promise.all(
    (await markdownFiles(join(env.server.journalDir, ".trash"))).map(
      async (t) => (await readPostFile(join(env.server.journalDir, ".trash", t))).data.title,
    ),
  );
  assert.ok(titles.includes(title), "Ctrl+Z after the toast went does not restore it");
});

test("Trash lists deleted posts; Restore puts one back in the list and opens it", { timeout: 60_000 }, async () => {
  const { page } = env;
  const u = ui(page);
  const title = "ゴミ箱から戻す投稿";
  const rel = await writePost(title, "ゴミ箱から戻す本文。");
  await openPost(page, title);
  await deleteOpenPost(page);
  await waitForListed(page, title, false);

  const dialog = await openTrash(page);
  const entries = dialog.getByRole("list", { name: "Deleted posts" });
  const item = entries.getByRole("listitem").filter({ hasText: title });
  await item.waitFor();
  assert.ok((await item.textContent())?.includes(`From ${rel}`), "the entry says where the post was");
  assert.match((await item.textContent()) ?? "", /deleted \w{3} \d{1,2}, \d{4} \d\d:\d\d/, "and when it was deleted");
  await item.getByRole("button", { name: "Restore", exact: true }).focus();
  await page.keyboard.press("Enter");

  await dialog.waitFor({ state: "hidden" });
  await waitForListed(page, title);
  await waitForValue(() => u.title.inputValue(), title, { message: "the restored post open" });
  await waitFor(() => exists(join(env.server.journalDir, rel)), { message: `${rel} back in posts/` });
  assert.ok((await readPostFile(join(env.server.journalDir, rel))).body.includes("ゴミ箱から戻す本文。"));
  await waitFor(async () => (await u.preview.locator("body").textContent())?.includes("ゴミ箱から戻す本文。"), {
    message: "the preview to show it",
  });
});

test(
  "Trash: Delete forever (after a confirmation) removes the file from .trash/; Empty trash removes the rest",
  { timeout: 60_000 },
  async () => {
    const { page } = env;
    const dir = env.server.journalDir;
    const title = "完全に消す投稿";
    await writePost(title, "二度と戻らない。");
    await openPost(page, title);
    await deleteOpenPost(page);
    await waitForListed(page, title, false);
    const inTrash = async () =>
      await Promise.all(
        (await markdownFiles(join(dir, ".trash"))).map(async (t) => (await readPostFile(join(dir, ".trash", t))).data.title),
      );
    assert.ok((await inTrash()).includes(title), "the deleted post waits in .trash/");

    let dialog = await openTrash(page);
    const item = dialog.getByRole("listitem").filter({ hasText: title });
    // Cancel first: nothing goes.
    await item.getByRole("button", { name: "Delete forever", exact: true }).click();
    const ask = page.getByRole("dialog", { name: `Delete “${title}” forever?` });
    await ask.getByRole("button", { name: "Cancel", exact: true }).click();
    await ask.waitFor({ state: "hidden" });
    assert.ok((await inTrash()).includes(title), "Cancel keeps it");
    await item.getByRole("button", { name: "Delete forever", exact: true }).click();
    await ask.getByRole("button", { name: "Delete forever", exact: true }).click();
    await item.waitFor({ state: "detached" });
    assert.ok(!(await inTrash()).includes(title), "its file is gone from .trash/");
    const meta = JSON.parse(await readFile(join(dir, ".trash", ".meta.json"), "utf8")) as { entries: Record<string, { title: string }> };
    assert.ok(!Object.values(meta.entries).some((e) => e.title === title), "and so is its record");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });

    // Empty trash: everything in it goes, after a confirmation; then the dialog says the trash is empty.
    assert.ok((await inTrash()).length > 0, "older deleted posts are still in the trash");
    dialog = await openTrash(page);
    await dialog.getByRole("listitem").first().waitFor();
    await dialog.getByRole("button", { name: "Empty trash", exact: true }).click();
    await page.getByRole("dialog", { name: "Empty the trash?" }).getByRole("button", { name: "Empty trash", exact: true }).click();
    await dialog.getByText("The trash is empty.", { exact: false }).waitFor();
    assert.deepEqual(await markdownFiles(join(dir, ".trash")), [], "no post file left in .trash/");
    assert.ok(await dialog.getByRole("button", { name: "Empty trash", exact: true }).isDisabled());
    await dialog.getByRole("button", { name: "Close", exact: true }).click();
    assert.ok((await postFiles(dir)).length > 0, "the posts in posts/ are untouched");
  },
);
