// The counts in the status bar on fixed texts: characters as read (no Markdown, no link address, no
// spaces), 400字詰め原稿用紙 sheets and lines, the selection's count, and the count following typing.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright";
import {
  focusBodyEnd,
  imeType,
  openPage,
  openPost,
  postText,
  shownCharCount,
  startEnv,
  ui,
  waitFor,
  waitForApp,
  waitForListed,
  writePosts,
  type Env,
} from "./harness/index.js";

let env: Env;
const TITLE = "枕草子の冒頭";
// Hand-counted: 見出し 春 (1); 春はあけぼの。やうやう白くなりゆく山ぎは、(21: 20 squares, 、 hangs);
// 少しあかりて、紫だちたる雲の細くたなびきたる。(23: 2 lines); the link is 出典 (2), its address not
// counted; **夏**は夜。(4). 51 characters; lines: 1, then 3 (the two source lines are one paragraph
// of 44), 1, 1 = 6.
const BODY =
  "# 春\n\n春はあけぼの。やうやう**白く**なりゆく山ぎは、\n少しあかりて、紫だちたる雲の細くたなびきたる。\n\n[出典](https://example.com/makura)\n\n**夏**は夜。\n";
const LONG_TITLE = "長い下書き";

before(
  async () => {
    env = await startEnv();
    await writePosts(env.server.journalDir, {
      "posts/2024/2024-04-01-haru.md": postText({ title: TITLE, date: "2024-04-01T09:00:00+09:00" }, BODY),
      "posts/2024/2024-04-02-long.md": postText(
        { title: LONG_TITLE, date: "2024-04-02T09:00:00+09:00" },
        `${"あ".repeat(400)}\n\n${"い".repeat(21)}\n`,
      ),
    });
    await waitForListed(env.page, TITLE);
  },
  { timeout: 60_000 },
);

after(
  async () => {
    await env?.close();
  },
  { timeout: 30_000 },
);

const countsText = (page: Page) => page.locator(".status-bar .counts").innerText();

test("a fixed post shows its characters as read and its manuscript pages", { timeout: 60_000 }, async () => {
  const { page } = env;
  await openPost(page, TITLE);
  await waitFor(async () => (await shownCharCount(page)) === 51, { message: () => "51 characters as read" });
  await waitFor(async () => (await countsText(page)).includes("1 manuscript page (6 lines)"), { message: "1 manuscript page of 6 lines" });
  await openPost(page, LONG_TITLE);
  await waitFor(async () => (await shownCharCount(page)) === 421, { message: "421 characters in the long draft" });
  await waitFor(async () => (await countsText(page)).includes("2 manuscript pages (22 lines)"), { message: () => "2 sheets of 22 lines" });
});

test("selecting text shows the selection's count; typing Japanese updates the count", { timeout: 60_000 }, async () => {
  const { page } = env;
  const u = ui(page);
  await openPost(page, TITLE);
  await waitFor(async () => (await shownCharCount(page)) === 51, { message: "51 characters" });
  const selection = page.locator(".status-bar .selection-count");
  assert.equal(await selection.isVisible(), false, "no selection count without a selection");
  // Select the last line, "**夏**は夜。": 4 characters as read.
  await focusBodyEnd(page);
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("End");
  await page.keyboard.press("Shift+Home");
  await waitFor(async () => (await selection.isVisible()) && (await selection.innerText()) === "4 characters selected", {
    message: '"4 characters selected"',
  });
  await page.keyboard.press("End");
  await waitFor(async () => !(await selection.isVisible()), { message: "the selection count goes with the selection" });
  await focusBodyEnd(page);
  await imeType(page, "秋は夕暮れ。");
  await waitFor(async () => (await shownCharCount(page)) === 57, { message: "51 + 6 characters after typing 秋は夕暮れ。" });
  await u.body.press("Control+z");
});

test("the counts speak Japanese in the Japanese UI", { timeout: 60_000 }, async () => {
  const app = await openPage(env.browser, `${env.server.url}&lang=ja`);
  const { page } = app;
  try {
    await waitForApp(page, "新規投稿");
    await page
      .getByRole("list", { name: "投稿一覧", exact: true })
      .getByRole("listitem")
      .filter({ hasText: LONG_TITLE })
      .getByRole("button")
      .first()
      .click();
    await waitFor(async () => (await countsText(page)).includes("421文字"), { message: "421文字" });
    await waitFor(async () => (await countsText(page)).includes("原稿用紙 2枚（22行）"), { message: "原稿用紙 2枚（22行）" });
  } finally {
    await app.context.close();
  }
});
