// Japanese typography in the preview and in exports: ruby typed in both notations (and kept literal
// with a backslash), and the 縦書き (vertical) view of the preview, remembered across a restart.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { imeType, newPostWithTitle, postText, removeDir, startEnv, tempDir, ui, waitFor, writePosts, type Env } from "./harness/index.js";
import { BIN } from "./harness/paths.js";

const run = promisify(execFile);
const STORY = "posts/2024/2024-05-01-story.md";
/** A post another program wrote: ruby in both notations, numbers for 縦中横. */
const STORY_BODY = "｜吾輩《わがはい》は{猫|ねこ}である。\\{名前|なまえ}はまだ無い。\n\n5月12日、2024年に書いた。\n";
let env: Env;
let out = "";

before(
  async () => {
    env = await startEnv();
    out = await tempDir("typography-out");
    await writePosts(env.server.journalDir, {
      [STORY]: postText({ title: "吾輩は猫である", date: "2024-05-01T09:00:00+09:00" }, STORY_BODY),
    });
  },
  { timeout: 60_000 },
);

after(
  async () => {
    await env?.close();
    await removeDir(out);
  },
  { timeout: 30_000 },
);

/** Exports the story with the CLI (extra options appended) and opens the file in Chromium. */
async function exportStory(...extra: string[]) {
  const file = join(out, `story${extra.join("")}.html`);
  await run(process.execPath, [BIN, "export", env.server.journalDir, "--post", STORY, "--out", file, "--force", ...extra]);
  const page = await env.context.newPage();
  await page.goto(pathToFileURL(file).href);
  return page;
}

/** Each <ruby> of the preview as "base(reading)…", and the text of the paragraph it is in. */
function previewRubies() {
  return ui(env.page)
    .preview.locator("main")
    .evaluate((main) =>
      Array.from(main.querySelectorAll("ruby"), (r) =>
        Array.from(r.childNodes)
          .filter((n) => n.nodeName !== "RP")
          .map((n) => (n.nodeName === "RT" ? `(${n.textContent})` : n.textContent))
          .join(""),
      ),
    );
}

test("ruby typed in both notations shows as <ruby> in the preview; a backslash keeps it literal", { timeout: 60_000 }, async () => {
  const { page } = env;
  await newPostWithTitle(page, "ルビの練習");
  await imeType(page, "｜漢字《かんじ》と東京《とうきょう》と");
  await page.keyboard.type("{");
  await imeType(page, "大阪");
  await page.keyboard.type("|");
  await imeType(page, "おお");
  await page.keyboard.type("|");
  await imeType(page, "さか");
  await page.keyboard.type("}");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await page.keyboard.type("\\");
  await imeType(page, "｜そのまま《よみ》");
  await waitFor(async () => (await previewRubies()).length === 3, { message: "three rubies in the preview" });
  assert.deepEqual(await previewRubies(), ["漢字(かんじ)", "東京(とうきょう)", "大(おお)阪(さか)"]);
  const literal = ui(page).preview.locator("main p").nth(1);
  assert.equal(await literal.textContent(), "｜そのまま《よみ》", "the escaped notation shows as typed, without the backslash");
  // The reading sits above the base: the <rt> box is higher on the page than the base text.
  const box = await ui(page).preview.locator("main ruby rt").first().boundingBox();
  const base = await ui(page).preview.locator("main ruby").first().boundingBox();
  assert.ok(box && base && box.y < base.y + base.height / 2, "the reading is drawn above its base");
});

test("an exported post shows the same ruby", { timeout: 60_000 }, async () => {
  const page = await exportStory();
  try {
    const rubies = await page
      .locator("ruby")
      .evaluateAll((all) => all.map((r) => `${r.firstChild?.textContent}(${r.querySelector("rt")?.textContent})`));
    assert.deepEqual(rubies, ["吾輩(わがはい)", "猫(ねこ)"]);
    assert.ok((await page.locator("main").innerText()).includes("{名前|なまえ}"), "the escaped notation is literal");
  } finally {
    await page.close();
  }
});

/** The preview's writing mode, its 縦中横 runs, and how far it is scrolled sideways. */
function previewVertical() {
  return ui(env.page)
    .preview.locator("html")
    .evaluate((html) => ({
      mode: getComputedStyle(html).writingMode,
      tcy: Array.from(html.querySelectorAll("main .tcy"), (s) => `${s.textContent}:${getComputedStyle(s).textCombineUpright}`),
      scrollLeft: (html.ownerDocument.scrollingElement as HTMLElement).scrollLeft,
      overflows: html.scrollWidth > html.clientWidth,
    }));
}

test(
  "縦書き: the preview turns vertical, short numbers upright, wheel scrolls leftwards; remembered after a restart",
  { timeout: 90_000 },
  async () => {
    const { page } = env;
    const u = ui(page);
    await u.postItem("吾輩は猫である").getByRole("button").first().click();
    await waitFor(async () => (await previewRubies()).length === 2, { message: "the story in the preview" });
    const toggle = page.getByRole("button", { name: "Vertical text (縦書き)", exact: true });
    assert.equal(await toggle.getAttribute("aria-pressed"), "false");
    assert.equal((await previewVertical()).mode, "horizontal-tb");
    await toggle.click();
    await waitFor(async () => (await previewVertical()).mode === "vertical-rl", { message: "the preview set vertically" });
    await waitFor(async () => (await previewVertical()).tcy.length > 0, { message: "縦中横 runs" });
    assert.deepEqual((await previewVertical()).tcy, ["5:all", "12:all"], "5 and 12 upright, 2024 stays sideways");
    assert.equal(await toggle.getAttribute("aria-pressed"), "true");
    assert.deepEqual(await previewRubies(), ["吾輩(わがはい)", "猫(ねこ)"], "ruby still there");

    // A long post overflows sideways; the wheel moves forward through it, to the left.
    await u.body.click();
    await page.keyboard.press("Control+End");
    await page.keyboard.press("Enter");
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press("Enter");
      await imeType(page, "吾輩はここで始めて人間というものを見た。");
    }
    await waitFor(async () => (await previewVertical()).overflows, { message: "the vertical preview overflows sideways" });
    const frame = await u.previewIframe.boundingBox();
    assert.ok(frame);
    await page.mouse.move(frame.x + frame.width / 2, frame.y + frame.height / 2);
    await page.mouse.wheel(0, 400);
    await waitFor(async () => (await previewVertical()).scrollLeft < 0, { message: "scrolled towards the left" });

    await env.restart();
    await u.postItem("吾輩は猫である").getByRole("button").first().click();
    await waitFor(async () => (await previewVertical()).mode === "vertical-rl", { message: "vertical again after the restart" });
    assert.equal(await page.getByRole("button", { name: "Vertical text (縦書き)", exact: true }).getAttribute("aria-pressed"), "true");
  },
);

test("export --vertical: the post page reads vertically from the right, short numbers upright", { timeout: 60_000 }, async () => {
  const page = await exportStory("--vertical");
  try {
    const shown = await page.evaluate(() => {
      const title = document.querySelector(".post-title")!.getBoundingClientRect();
      return {
        mode: getComputedStyle(document.documentElement).writingMode,
        tcy: Array.from(document.querySelectorAll(".tcy"), (s) => `${s.textContent}:${getComputedStyle(s).textCombineUpright}`),
        titleOnTheRight: title.left > innerWidth / 2,
        rubies: document.querySelectorAll("ruby rt").length,
      };
    });
    assert.deepEqual(shown, { mode: "vertical-rl", tcy: ["5:all", "12:all"], titleOnTheRight: true, rubies: 2 });
  } finally {
    await page.close();
  }
  const flat = await exportStory();
  try {
    assert.equal(
      await flat.evaluate(() => getComputedStyle(document.documentElement).writingMode),
      "horizontal-tb",
      "without --vertical the page stays horizontal",
    );
    assert.equal(await flat.locator(".tcy").count(), 0);
  } finally {
    await flat.close();
  }
});
