// The journal folder is the user's: other programs (an editor, git, a sync client) change it while
// Tsuzuri is open. Their changes show up; they are never silently overwritten.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  editorText,
  focusBodyEnd,
  holdsFor,
  imeType,
  openPost,
  parsePostText,
  postFiles,
  postText,
  startEnv,
  startNewPost,
  statusText,
  ui,
  waitFor,
  waitForListed,
  waitForStatus,
  waitForValue,
  type Env,
} from "./harness/index.js";

/** How long an outside change may take to show (watcher + debounce on a busy 2-core box). */
const SHOWS_WITHIN = 8_000;

let env: Env;
const TITLE = "外部編集のテスト";
/** Path of the post made in the first test, relative to the journal. */
let path = "";

before(
  async () => {
    env = await startEnv();
    // The post the tests change from outside, written in the app.
    const { page } = env;
    const u = ui(page);
    await startNewPost(page);
    await imeType(page, TITLE);
    await u.body.click();
    await imeType(page, "最初の本文。");
    await waitForStatus(page, "Saved");
    const files = await postFiles(env.server.journalDir);
    assert.equal(files.length, 1, `one post file: ${JSON.stringify(files)}`);
    path = files[0]!;
  },
  { timeout: 90_000 },
);

after(
  async () => {
    await env?.close();
  },
  { timeout: 30_000 },
);

/** Rewrites the post's body on disk, keeping its front matter byte for byte. */
async function rewriteBody(body: string): Promise<string> {
  const file = join(env.server.journalDir, path);
  const raw = await readFile(file, "utf8");
  const { body: old } = parsePostText(raw);
  const text = raw.slice(0, raw.length - old.length) + body;
  await writeFile(file, text);
  return text;
}

test("an outside edit of the open post appears in the editor and the preview", { timeout: 60_000 }, async () => {
  const { page } = env;
  assert.equal(await editorText(page), "最初の本文。");
  await rewriteBody("外から書き換えた本文。\n\n- 項目\n");
  await waitForValue(async () => (await editorText(page)).trimEnd(), "外から書き換えた本文。\n\n- 項目", {
    timeout: SHOWS_WITHIN,
    message: "the editor to show the text written outside",
  });
  await waitFor(async () => (await ui(page).preview.locator("li").allTextContents()).includes("項目"), {
    timeout: SHOWS_WITHIN,
    message: "the preview to show the list written outside",
  });
  await waitForStatus(page, "Saved");
});

test("a post dropped into the journal folder appears in the list, and disappears when deleted", { timeout: 60_000 }, async () => {
  const { page } = env;
  const dir = join(env.server.journalDir, "posts", "2020");
  await mkdir(dir, { recursive: true });
  const dropped = join(dir, "2020-01-01-dropped.md");
  await writeFile(dropped, postText({ title: "外から来た投稿", date: "2020-01-01T09:00:00+09:00" }, "よそで書いた本文。\n"));
  await waitForListed(page, "外から来た投稿", true, SHOWS_WITHIN);
  await waitForListed(page, TITLE, true, 1_000);

  await rm(dropped);
  await waitForListed(page, "外から来た投稿", false, SHOWS_WITHIN);
  await waitForListed(page, TITLE, true, 1_000);
});

test(
  "with unsaved edits, an outside change raises a conflict, is not overwritten, and Keep mine writes mine",
  { timeout: 60_000 },
  async () => {
    const { page } = env;
    await openPost(page, TITLE);
    await focusBodyEnd(page);
    // Type, and change the file outside before the autosave delay has passed: the edit is unsaved.
    await page.keyboard.type(" mine");
    const theirs = await rewriteBody("よそでの変更。\n");
    const file = join(env.server.journalDir, path);

    const keepMine = page.getByRole("button", { name: "Keep mine", exact: true });
    const alert = page.getByRole("alert").filter({ has: keepMine });
    await alert.first().waitFor({ state: "visible", timeout: SHOWS_WITHIN });
    assert.notEqual(await statusText(page), "Saved", "the status does not claim the post is saved");

    // More typing must not force a save over their change either.
    await page.keyboard.type("!");
    await holdsFor(async () => (await readFile(file, "utf8")) === theirs, 2_500, "the outside text staying on disk");
    const mine = await editorText(page);
    assert.ok(mine.endsWith(" mine!"), `the editor keeps my text: ${JSON.stringify(mine)}`);

    await keepMine.click();
    await waitFor(async () => parsePostText(await readFile(file, "utf8")).body.trimEnd() === mine.trimEnd(), {
      message: "Keep mine to write the app's text to disk",
    });
    await waitForStatus(page, "Saved");
    assert.equal(await alert.count(), 0, "the conflict alert is gone");
    assert.equal(parsePostText(await readFile(file, "utf8")).data.title, TITLE, "the title survives");
    assert.equal((await postFiles(env.server.journalDir)).length, 1, "still one post file");
  },
);
