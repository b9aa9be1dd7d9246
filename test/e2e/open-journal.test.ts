// "Open Journal…" through serve, where there is no folder dialog: from the command palette (and
// Ctrl+O), a path typed from the journal open now; what was typed in the old journal is saved first,
// a path that is not a folder is refused with the reason, and the new journal's posts are listed.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import {
  focusBodyEnd,
  imeType,
  listedTitles,
  postText,
  removeDir,
  startEnv,
  tempDir,
  ui,
  waitFor,
  waitForListed,
  waitForStatus,
  waitForValue,
  writePosts,
  type Env,
} from "./harness/index.js";

let env: Env;
let first = "";
let second = "";
const FIRST = "最初のジャーナルの投稿";
const SECOND = "二冊目の投稿";
const FIRST_FILE = "posts/2024/2024-05-01-first.md";

before(
  async () => {
    first = await tempDir("open-journal-a");
    second = await tempDir("open-journal-b");
    await writePosts(first, { [FIRST_FILE]: postText({ title: FIRST, date: "2024-05-01T09:00:00+09:00" }, "一冊目の本文。\n") });
    await writePosts(second, {
      "posts/2024/2024-06-01-second.md": postText({ title: SECOND, date: "2024-06-01T09:00:00+09:00" }, "二冊目の本文。\n"),
    });
    env = await startEnv({ journalDir: first });
  },
  { timeout: 60_000 },
);

after(
  async () => {
    await env?.close();
    await removeDir(first);
    await removeDir(second);
  },
  { timeout: 30_000 },
);

const dialog = () => env.page.getByRole("dialog", { name: "Open Journal" });
const folderField = () => dialog().getByRole("textbox", { name: "Journal folder" });

test(
  "the palette runs Open Journal…: a file is refused with the reason, a folder is opened, and the old post's edit was saved first",
  { timeout: 90_000 },
  async () => {
    const { page } = env;
    const u = ui(page);
    await waitForListed(page, FIRST);
    await focusBodyEnd(page);
    await imeType(page, "閉じる前の一文。");

    await page.keyboard.press("Control+Shift+P");
    const palette = page.getByRole("dialog", { name: "Command palette" });
    await palette.getByRole("combobox", { name: "Command" }).waitFor();
    await page.keyboard.type("open jour");
    await waitForValue(async () => (await palette.getByRole("option").allTextContents())[0], "Open Journal…Ctrl+O", {
      message: "the first option after typing “open jour”",
    });
    await page.keyboard.press("Enter");
    await folderField().waitFor();
    assert.equal(await folderField().inputValue(), first, "the field starts at the journal open now");
    assert.equal(await folderField().evaluate((el) => el === document.activeElement), true, "the caret is in the field");
    // The edit was saved before the dialog asked anything.
    assert.match(await readFile(join(first, FIRST_FILE), "utf8"), /閉じる前の一文。/);

    const notFolder = join(second, "posts/2024/2024-06-01-second.md");
    await folderField().fill(notFolder);
    await page.keyboard.press("Enter");
    const alert = dialog().getByRole("alert").filter({ hasText: "could not be opened" });
    await alert.waitFor();
    assert.equal(await dialog().isVisible(), true, "the dialog stays, to correct the path");
    assert.deepEqual(await listedTitles(page), [FIRST], "the journal open is still the first");

    await folderField().fill(second);
    await page.keyboard.press("Enter");
    await dialog().waitFor({ state: "detached" });
    await waitForValue(() => listedTitles(page), [SECOND], { message: "the second journal's posts listed" });
    await waitForValue(() => u.title.inputValue(), SECOND, { message: "its newest post shown" });
    assert.equal(await readFile(join(second, "posts/2024/2024-06-01-second.md"), "utf8").then((t) => t.includes("二冊目の本文。")), true);
  },
);

test(
  "Ctrl+O opens the same dialog (the page takes the key from the browser); Escape leaves the journal as it was",
  { timeout: 60_000 },
  async () => {
    const { page } = env;
    await ui(page).posts.focus();
    await page.keyboard.press("Control+O");
    await folderField().waitFor();
    assert.equal(await folderField().inputValue(), second);
    await page.keyboard.press("Escape");
    await dialog().waitFor({ state: "detached" });
    assert.deepEqual(await listedTitles(page), [SECOND]);
    // Typing still goes to the post, and saves into the journal open now.
    await focusBodyEnd(page);
    await imeType(page, "追記。");
    await waitForStatus(page, "Saved");
    await waitFor(async () => (await readFile(join(second, "posts/2024/2024-06-01-second.md"), "utf8")).includes("追記。"), {
      message: "the edit saved in the second journal",
    });
    assert.match(await readFile(join(first, FIRST_FILE), "utf8"), /閉じる前の一文。/);
  },
);
