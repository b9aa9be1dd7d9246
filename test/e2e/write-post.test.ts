// The daily path of a new user: write a post in Japanese with a nested list, a table and code,
// see it in the preview, find it saved on disk as Markdown, and find it again after a restart.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { countText } from "../../core/common/text-count/index.js";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import {
  ROOT,
  editorText,
  focusBodyEnd,
  imeType,
  listedTexts,
  openPost,
  postFiles,
  readPostFile,
  removeDir,
  shownCharCount,
  startEnv,
  statusText,
  tempDir,
  ui,
  waitFor,
  waitForListed,
  waitForStatus,
  waitForValue,
  type Env,
} from "./harness/index.js";

const TITLE = "カンファレンス2日目のメモ";
const PARAGRAPH = "昨日に続いてカンファレンスに参加した。セッションのメモを残しておく。";
const LIST = ["基調講演", "楽天モバイル", "仮想化基盤", "ネットワーク機能"];
const TABLE = [
  ["時間", "セッション"],
  ["10:00", "基調講演"],
  ["13:30", "決済システムの内製化"],
];
const CODE = ["const total: number = sum(1, 2);", "console.log(total);"];

let env: Env;
/** Temporary folder holding the journal, named "Tsuzuri" like the default one (it shows in the screenshot). */
let home = "";
/** The editor's text once the post was written (compared after the restart). */
let written = "";
/** The post's file, relative to the journal. */
let postPath = "";

before(
  async () => {
    home = await tempDir("write-post");
    // A blogger in Japan: dates in the files must carry +09:00, whatever this machine's zone is.
    env = await startEnv({ journalDir: join(home, "Tsuzuri"), timeZone: "Asia/Tokyo" });
  },
  { timeout: 60_000 },
);

after(
  async () => {
    await env?.close();
    if (home) await removeDir(home);
  },
  { timeout: 30_000 },
);

test("New post opens an empty post, ready to type its title", { timeout: 30_000 }, async () => {
  const { page } = env;
  const u = ui(page);
  await u.newPost.click();
  await waitFor(async () => (await listedTexts(page)).length === 1, { message: "the new post in the Posts list" });
  await waitFor(() => u.title.evaluate((el) => el === document.activeElement), { message: "focus in the Title" });
  assert.equal(await u.title.inputValue(), "", "the Title of a new post is empty (a placeholder may say Untitled)");
  assert.equal(await editorText(page), "", "the Body of a new post is empty");
});

test("a new user writes a post: title and body typed in Japanese, rendered in the preview", { timeout: 120_000 }, async () => {
  const { page } = env;
  const u = ui(page);
  // Typing replaces whatever the new post's Title shows (the test above checks that it is empty).
  await u.title.click();
  await page.keyboard.press("Control+A");
  await imeType(page, TITLE, {
    segments: [
      { reading: "かんふぁれんす", text: "カンファレンス" },
      { reading: "2", text: "2" },
      { reading: "にちめの", text: "日目の" },
      { reading: "めも", text: "メモ" },
    ],
  });
  assert.equal(await u.title.inputValue(), TITLE, "the Title field holds exactly what was composed");

  await focusBodyEnd(page);
  await imeType(page, PARAGRAPH, {
    segments: [
      { reading: "きのうに", text: "昨日に" },
      { reading: "つづいて", text: "続いて" },
      { reading: "かんふぁれんすに", text: "カンファレンスに" },
      { reading: "さんかした。", text: "参加した。" },
      { reading: "せっしょんの", text: "セッションの" },
      { reading: "めもを", text: "メモを" },
      { reading: "のこしておく。", text: "残しておく。" },
    ],
  });
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");

  // A GFM table, pipes and digits from the keyboard, words through the IME.
  for (const [i, row] of TABLE.entries()) {
    await imeType(page, `| ${row.join(" | ")} |`);
    await page.keyboard.press("Enter");
    if (i === 0) {
      await page.keyboard.type("| --- | --- |");
      await page.keyboard.press("Enter");
    }
  }
  await page.keyboard.press("Enter");

  // A fenced code block.
  await page.keyboard.type("```ts");
  for (const line of CODE) {
    await page.keyboard.press("Enter");
    await page.keyboard.type(line);
  }
  await page.keyboard.press("Enter");
  await page.keyboard.type("```");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");

  // A bullet list four levels deep: "- " typed once, then Enter continues the list and Tab indents.
  await page.keyboard.type("- ");
  for (const [i, item] of LIST.entries()) {
    if (i > 0) {
      await page.keyboard.press("Enter");
      await page.keyboard.press("Tab");
    }
    await imeType(page, item);
  }
  const lastKeystroke = Date.now();
  assert.notEqual(await statusText(page), "Saved", "right after typing, the status must not claim the post is saved");

  // The status reads "Saved" within ~3 s of the last keystroke, and then the file really holds it.
  await waitForStatus(page, "Saved", { timeout: 3_500 });
  const savedAfter = Date.now() - lastKeystroke;
  assert.ok(savedAfter <= 3_500, `saved ${savedAfter} ms after the last keystroke`);
  written = await editorText(page);
  assert.ok(written.endsWith(LIST[3]!), `the editor ends with the last list item: ${JSON.stringify(written.slice(-80))}`);

  // The preview: a 4-deep nested list, the table, highlighted code, the paragraph.
  const preview = u.preview;
  await waitFor(async () => (await preview.locator("ul ul ul ul li").first().textContent())?.includes(LIST[3]!), {
    message: "the preview to show the 4th-level item inside ul ul ul ul",
  });
  for (const [depth, item] of LIST.entries()) {
    const sel = `${"ul ".repeat(depth + 1)}li`;
    assert.ok(
      (await preview.locator(sel).allTextContents()).some((t) => t.includes(item)),
      `"${item}" at list depth ${depth + 1}`,
    );
  }
  assert.equal(await preview.locator("ul ul ul ul ul").count(), 0, "no fifth level");
  const cells = (await preview.locator("table th, table td").allTextContents()).map((c) => c.trim());
  assert.deepEqual(cells, TABLE.flat(), "the table's cells in order");
  const code = preview.locator("pre code");
  await waitFor(async () => (await code.locator("span[class*='hljs-']").count()) > 0, { message: "hljs spans in pre code" });
  assert.equal((await code.textContent())?.trimEnd(), CODE.join("\n"));
  assert.ok(
    (await preview.locator("p").allTextContents()).some((p) => p.includes(PARAGRAPH)),
    "the Japanese paragraph",
  );
});

test("the post is on disk as Markdown with front matter, counted, and listed by title", { timeout: 30_000 }, async () => {
  const { page, server } = env;
  const files = await postFiles(server.journalDir);
  assert.equal(files.length, 1, `exactly one post file under posts/: ${JSON.stringify(files)}`);
  postPath = files[0]!;
  const file = await readPostFile(join(server.journalDir, postPath));
  assert.equal(file.data.title, TITLE);
  assert.equal(typeof file.data.id, "string");
  assert.ok((file.data.id as string).length > 0, "an id");
  assert.match(String(file.data.date), /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?\+09:00$/, "a date with the writer's offset (+09:00)");
  const writtenAt = Date.parse(String(file.data.date));
  assert.ok(
    Math.abs(Date.now() - writtenAt) < 10 * 60_000,
    `the date is now, not another moment in another zone: ${String(file.data.date)}`,
  );

  assert.equal(file.body.replace(/\n+$/, ""), written.replace(/\n+$/, ""), "the body on disk is the editor's text");
  assert.ok(file.body.includes(PARAGRAPH));
  // The list lines, each level indented one step more (2–4 spaces or a tab per level).
  const items = LIST.map((item) => {
    const m = new RegExp(`^([ \\t]*)- ${item}$`, "m").exec(file.body);
    assert.ok(m, `a list line "- ${item}" in:\n${file.body}`);
    return m[1]!;
  });
  const step = items[1]!;
  assert.ok(["  ", "   ", "    ", "\t"].includes(step), `one indent step is 2–4 spaces or a tab, got ${JSON.stringify(step)}`);
  assert.deepEqual(items, ["", step, step.repeat(2), step.repeat(3)], "levels indented 0, 1, 2, 3 steps");
  assert.ok(
    file.body.includes("| 時間 | セッション |\n| --- | --- |\n| 10:00 | 基調講演 |\n| 13:30 | 決済システムの内製化 |"),
    "the table",
  );
  assert.ok(file.body.includes("```ts\n" + CODE.join("\n") + "\n```"), "the code fence");

  const count = await waitFor(() => shownCharCount(page), { message: 'a "N characters" count' });
  assert.equal(count, countText(written).chars, "the count is the body's characters as read (test/unit/text-count checks the rule)");
  assert.ok(count < [...written].length, "Markdown syntax and spaces are not counted");
  await waitForListed(page, TITLE);
});

test("after a restart on the same journal the post is back, and the screenshot is taken", { timeout: 90_000 }, async () => {
  const { page } = env;
  await env.restart();
  await waitForListed(page, TITLE);
  assert.equal((await listedTexts(page)).filter((t) => t.includes(TITLE)).length, 1, "listed once");
  await openPost(page, TITLE);
  await waitForValue(() => editorText(page), written, { message: "the body after the restart" });

  // docs/screenshot.png for the README: split view, light theme, the nested list and table in view.
  const u = ui(page);
  await u.split.click();
  await waitForValue(() => u.split.getAttribute("aria-pressed"), "true", { message: "Split view pressed" });
  await u.preview.locator("ul ul ul ul li").first().waitFor({ state: "visible" });
  await u.preview.locator("ul ul ul ul li").first().scrollIntoViewIfNeeded();
  await u.preview.locator("table").waitFor({ state: "visible" });
  await mkdir(join(ROOT, "docs"), { recursive: true });
  await page.screenshot({ path: join(ROOT, "docs", "screenshot.png") });
});

test("no uncaught errors in the page along the daily path", () => {
  assert.deepEqual(env.pageErrors, []);
});
