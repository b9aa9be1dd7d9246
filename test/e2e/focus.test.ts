// The writer's desk at 800×600: the editor gets the width (the post list floats over it when shown,
// and goes away once a post is opened), focus mode shows only the text in a centred column and Esc
// leaves it, typewriter scrolling keeps the line being written in the middle.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright";
import {
  editorText,
  focusBodyEnd,
  imeType,
  postText,
  removeDir,
  startEnv,
  tempDir,
  ui,
  waitFor,
  waitForListed,
  waitForValue,
  writePosts,
  type Env,
} from "./harness/index.js";

let env: Env;
const TITLE = "集中して書く";
const OTHER = "別の投稿";

let journal = "";

before(
  async () => {
    journal = await tempDir("focus");
    await writePosts(journal, {
      "posts/2024/2024-07-01-focus.md": postText(
        { title: TITLE, date: "2024-07-01T09:00:00+09:00" },
        "# 書き出し\n\n今日は集中して書く。\n",
      ),
      "posts/2024/2024-07-02-other.md": postText({ title: OTHER, date: "2024-07-02T09:00:00+09:00" }, "別の本文。\n"),
    });
    // A narrow window starts with the post list (and its New post button) put away: wait for its toggle.
    env = await startEnv({ journalDir: journal, viewport: { width: 800, height: 600 }, readyName: "Post list" });
  },
  { timeout: 60_000 },
);

after(
  async () => {
    await env?.close();
    await removeDir(journal);
  },
  { timeout: 30_000 },
);

const box = async (page: Page, selector: string) =>
  (await page.locator(selector).first().boundingBox()) ?? { x: 0, y: 0, width: 0, height: 0 };

test("at 800×600 the editor has the width; the post list floats over it and goes once a post is opened", { timeout: 60_000 }, async () => {
  const { page } = env;
  const toggle = page.getByRole("button", { name: "Post list", exact: true });
  assert.equal(await toggle.getAttribute("aria-expanded"), "false", "a narrow window starts with the list put away");
  assert.equal(await ui(page).posts.isVisible(), false);
  const pane = await box(page, ".editor-pane");
  assert.ok(pane.width >= 350, `the editor pane is at least 350 px wide in split view (${pane.width})`);
  const main = await box(page, ".main");
  await toggle.click();
  await waitFor(() => ui(page).posts.isVisible(), { message: "the post list shown" });
  assert.deepEqual(await box(page, ".main"), main, "the list floats over the editor: the main area keeps its size");
  await waitForListed(page, TITLE);
  await ui(page).postItem(TITLE).getByRole("button").first().click();
  await waitFor(async () => !(await ui(page).posts.isVisible()), { message: "the list goes away once a post is opened" });
  // The list goes at the click; the post is shown once it has been read.
  await waitForValue(() => ui(page).title.inputValue(), TITLE, { message: "the clicked post's title" });
  await toggle.click();
  await waitFor(() => ui(page).posts.isVisible(), { message: "shown again" });
  await page.keyboard.press("Escape");
  await waitFor(async () => !(await ui(page).posts.isVisible()), { message: "Esc puts the floating list away" });
});

test("focus mode: only the text in a centred column; Esc leaves and everything is back", { timeout: 60_000 }, async () => {
  const { page } = env;
  const u = ui(page);
  const focus = page.getByRole("button", { name: "Focus mode", exact: true });
  const previewBefore = await u.previewIframe.isVisible();
  assert.ok(previewBefore, "split view shows the preview");
  await focus.click();
  assert.equal(await focus.getAttribute("aria-pressed"), "true");
  await waitFor(async () => !(await u.previewIframe.isVisible()), { message: "the preview steps aside" });
  assert.equal(await u.tagInput.isVisible(), false, "the tag row steps aside");
  assert.equal(await page.getByRole("navigation", { name: "Outline", exact: true }).isVisible(), false, "the outline steps aside");
  const pane = await box(page, ".editor-pane");
  const content = await box(page, ".cm-content");
  assert.ok(pane.width > 780, `the editor takes the window's width (${pane.width})`);
  const left = content.x - pane.x;
  const right = pane.x + pane.width - (content.x + content.width);
  assert.ok(Math.abs(left - right) < 24 && left > 40, `the column is centred (${left} | ${right})`);
  assert.equal(
    await u.body.evaluate((el) => el.ownerDocument.activeElement === el || el.contains(el.ownerDocument.activeElement)),
    true,
    "the caret is in the text",
  );
  await page.keyboard.press("Escape");
  await waitFor(async () => (await focus.getAttribute("aria-pressed")) === "false", { message: "Esc leaves focus mode" });
  await waitFor(() => u.previewIframe.isVisible(), { message: "the preview is back" });
  assert.equal(await u.tagInput.isVisible(), true);
  await page.keyboard.press("F8");
  await waitFor(async () => (await focus.getAttribute("aria-pressed")) === "true", { message: "F8 enters focus mode" });
  await page.keyboard.press("F8");
  await waitFor(async () => (await focus.getAttribute("aria-pressed")) === "false", { message: "F8 leaves" });
});

test("typewriter scrolling keeps the line being written in the middle, and is remembered", { timeout: 90_000 }, async () => {
  const { page } = env;
  const u = ui(page);
  await page.getByRole("button", { name: "Focus mode", exact: true }).click();
  const typewriter = page.getByRole("button", { name: "Typewriter scrolling", exact: true });
  await typewriter.click();
  assert.equal(await typewriter.getAttribute("aria-pressed"), "true");
  await focusBodyEnd(page);
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press("Enter");
    await imeType(page, `${i + 1}行目を書いている。`);
  }
  const caretY = async () =>
    u.body.evaluate((el) => {
      const sel = el.ownerDocument.getSelection();
      const rect = sel && sel.rangeCount ? sel.getRangeAt(0).getBoundingClientRect() : null;
      return rect ? rect.top : -1;
    });
  const pane = await box(page, ".editor-pane");
  let seen = "";
  await waitFor(
    async () => {
      const y = await caretY();
      const focused = await u.body.evaluate((el) => el.contains(el.ownerDocument.activeElement));
      seen = `caret at y=${y}, pane ${pane.y}+${pane.height}, editor focused: ${focused}, lines: ${(await editorText(page)).split("\n").length}`;
      return Math.abs(y - (pane.y + pane.height / 2)) < pane.height * 0.15;
    },
    { message: () => `the caret's line is in the middle of the editor (${seen})` },
  );
  await page.keyboard.press("Escape");
  await env.restart();
  await page.keyboard.press("F8");
  await waitFor(
    async () => (await page.getByRole("button", { name: "Typewriter scrolling", exact: true }).getAttribute("aria-pressed")) === "true",
    { message: "typewriter scrolling remembered" },
  );
});
