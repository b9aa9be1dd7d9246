// Layout buttons and their memory, the Japanese UI, list editing keys, and undo that belongs to a post.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { t as translate } from "../../core/common/i18n/index.js";
import {
  editorText,
  focusBodyEnd,
  imeType,
  openPage,
  openPost,
  removeDir,
  startEnv,
  startNewPost,
  startServe,
  ui,
  waitFor,
  waitForApp,
  waitForStatus,
  waitForValue,
  type Env,
} from "./harness/index.js";

let env: Env;
/** A Japanese UI string from the app's own catalog. */
const JA = (key: Parameters<typeof translate>[1]) => translate("ja", key);

before(
  async () => {
    env = await startEnv();
  },
  { timeout: 60_000 },
);

after(
  async () => {
    await env?.close();
  },
  { timeout: 30_000 },
);

/** Writes a post in the app and waits until it is saved. */
async function writePost(title: string, body: string): Promise<void> {
  const { page } = env;
  const u = ui(page);
  await startNewPost(page);
  await imeType(page, title);
  await u.body.click();
  await imeType(page, body);
  await waitForStatus(page, "Saved");
}

/** Which panes are visible, and which layout button is pressed. */
async function layoutState() {
  const u = ui(env.page);
  return {
    editor: await u.body.isVisible(),
    preview: await u.previewIframe.isVisible(),
    pressed: {
      editor: await u.editorOnly.getAttribute("aria-pressed"),
      split: await u.split.getAttribute("aria-pressed"),
      preview: await u.previewOnly.getAttribute("aria-pressed"),
    },
  };
}

const EDITOR_ONLY = { editor: true, preview: false, pressed: { editor: "true", split: "false", preview: "false" } };
const SPLIT = { editor: true, preview: true, pressed: { editor: "false", split: "true", preview: "false" } };
const PREVIEW_ONLY = { editor: false, preview: true, pressed: { editor: "false", split: "false", preview: "true" } };

test(
  "Editor only, Preview only and Split view show and hide the panes, and the choice survives a reload",
  { timeout: 60_000 },
  async () => {
    const { page } = env;
    const u = ui(page);
    await writePost("レイアウトのテスト", "本文です。");
    await u.split.click();
    await waitForValue(layoutState, SPLIT, { message: "the layout after Split view" });
    await u.editorOnly.click();
    await waitForValue(layoutState, EDITOR_ONLY, { message: "the layout after Editor only" });
    await u.previewOnly.click();
    await waitForValue(layoutState, PREVIEW_ONLY, { message: "the layout after Preview only" });
    await u.preview.getByText("本文です。").waitFor({ state: "visible" });

    await page.reload();
    await waitForApp(page);
    await waitForValue(layoutState, PREVIEW_ONLY, { message: "the layout after a reload" });
    await u.split.click();
    await waitForValue(layoutState, SPLIT, { message: "the layout after Split view again" });
    await page.reload();
    await waitForApp(page);
    await waitForValue(layoutState, SPLIT, { message: "the layout after a second reload" });
  },
);

test("serve --lang ja shows the Japanese UI", { timeout: 60_000 }, async () => {
  const server = await startServe({ lang: "ja" });
  const app = await openPage(env.browser, server.url, { locale: "en-US" });
  try {
    const { page } = app;
    await waitForApp(page, JA("sidebar.newPost"));
    assert.equal(await page.locator("html").getAttribute("lang"), "ja");
    await page.getByRole("button", { name: JA("sidebar.newPost"), exact: true }).click();
    await page.getByRole("textbox", { name: JA("editor.title"), exact: true }).waitFor({ state: "visible" });
    await page.getByRole("textbox", { name: JA("editor.body"), exact: true }).waitFor({ state: "visible" });
    await page.getByRole("button", { name: JA("layout.split"), exact: true }).waitFor({ state: "visible" });
    assert.equal(await page.getByRole("button", { name: "New post", exact: true }).count(), 0, "no English button name left");
  } finally {
    await app.context.close();
    await server.stop();
    await removeDir(server.journalDir);
    await removeDir(server.userDataDir);
  }
});

test("?lang=ja in the address switches the UI to Japanese too", { timeout: 30_000 }, async () => {
  const app = await openPage(env.browser, `${env.server.url}&lang=ja`);
  try {
    await waitForApp(app.page, JA("sidebar.newPost"));
    assert.equal(await app.page.locator("html").getAttribute("lang"), "ja");
  } finally {
    await app.context.close();
  }
});

test("choosing 日本語 in the Language menu switches the UI, and the choice is kept", { timeout: 60_000 }, async () => {
  // Its own server and user data: the setting must not leak into the other tests of this file.
  const server = await startServe();
  const app = await openPage(env.browser, server.url);
  try {
    const { page } = app;
    await waitForApp(page);
    await page.getByRole("combobox", { name: "Language" }).selectOption("ja");
    await waitForApp(page, JA("sidebar.newPost"));
    assert.equal(await page.locator("html").getAttribute("lang"), "ja");
    await page.reload();
    await waitForApp(page, JA("sidebar.newPost"));
    await page.getByRole("combobox", { name: JA("sidebar.language") }).selectOption("en");
    await waitForApp(page);
    assert.equal(await page.locator("html").getAttribute("lang"), "en");
  } finally {
    await app.context.close();
    await server.stop();
    await removeDir(server.journalDir);
    await removeDir(server.userDataDir);
  }
});

test("Enter continues a list, Tab indents an item and Shift-Tab outdents it", { timeout: 60_000 }, async () => {
  const { page } = env;
  const u = ui(page);
  await startNewPost(page);
  await imeType(page, "リストのテスト");
  await u.split.click(); // the preview is checked below, whatever layout an earlier test left
  await u.body.click();
  await page.keyboard.type("- ");
  await imeType(page, "一");
  await page.keyboard.press("Enter");
  await imeType(page, "二");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await imeType(page, "三");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Shift+Tab");
  await imeType(page, "四");
  const text = await editorText(page);
  assert.match(text, /^- 一\n- 二\n( {2,4}|\t)- 三\n- 四$/, `list lines: ${JSON.stringify(text)}`);
  // The nested item stands visibly further right in the editor (its indentation is widened), not by a
  // couple of narrow spaces.
  const markerX = (item: string) =>
    page.evaluate((label) => {
      const line = [...document.querySelectorAll(".cm-content .cm-line")].find((l) => l.textContent?.trim() === label);
      const walker = line ? document.createTreeWalker(line, NodeFilter.SHOW_TEXT) : null;
      for (let node = walker?.nextNode(); node; node = walker?.nextNode()) {
        const at = node.textContent?.indexOf("-") ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        return range.getBoundingClientRect().left;
      }
      return NaN;
    }, item);
  const shift = (await markerX("- 三")) - (await markerX("- 二"));
  assert.ok(shift >= 16, `the nested item's marker is ${shift}px further right`);
  // In the preview: four items, only 三 nested (so 四 went back to the top level).
  const preview = u.preview;
  await waitFor(
    async () => {
      const all = (await preview.locator("li").allTextContents()).length;
      const nested = (await preview.locator("ul ul li, ol ul li, ul ol li").allTextContents()).map((s) => s.trim());
      return all === 4 && nested.join("|") === "三";
    },
    { message: "four items in the preview with only 三 nested" },
  );
});

test("undo belongs to a post: Ctrl+Z in A after editing B undoes A's edit only", { timeout: 90_000 }, async () => {
  const { page } = env;
  const u = ui(page);
  await writePost("投稿A", "Aの本文");
  await writePost("投稿B", "Bの本文");

  await openPost(page, "投稿A");
  await focusBodyEnd(page);
  await page.keyboard.type(" editA");
  await waitForValue(() => editorText(page), "Aの本文 editA", { message: "A after the edit" });
  await waitForStatus(page, "Saved");

  await openPost(page, "投稿B");
  await focusBodyEnd(page);
  await page.keyboard.type(" editB");
  await waitForValue(() => editorText(page), "Bの本文 editB", { message: "B after the edit" });
  await waitForStatus(page, "Saved");

  await openPost(page, "投稿A");
  await waitForValue(() => editorText(page), "Aの本文 editA", { message: "A when back to it" });
  await u.body.click();
  await page.keyboard.press("Control+Z");
  await waitForValue(() => editorText(page), "Aの本文", { message: "A after one Ctrl+Z" });
  await waitForStatus(page, "Saved");

  await openPost(page, "投稿B");
  await waitForValue(() => editorText(page), "Bの本文 editB", { message: "B, untouched by the undo in A" });
});
