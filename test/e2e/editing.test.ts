// Structural Markdown editing, typed with the keyboard (Japanese through IME composition) as a
// blogger writes: code fences in three languages, nested bullet and numbered lists built and left
// with Enter / Tab / Shift-Tab, a table after a list, Tab never trapping the keyboard, and the
// formatting keys. Each test checks the Markdown on disk and the preview's DOM.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright";
import {
  editorText,
  focusBodyEnd,
  imeType,
  newPostWithTitle,
  postBodyTitled,
  startEnv,
  ui,
  waitFor,
  waitForStatus,
  type Env,
} from "./harness/index.js";

let env: Env;

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

/** Makes a new post titled `title` and puts the caret in its empty Body. */
async function freshPost(title: string): Promise<void> {
  await newPostWithTitle(env.page, title);
  assert.equal(await editorText(env.page), "", "a new post starts with an empty body");
}

/** The body of the post file titled `title`, once the status says Saved. */
async function savedBody(title: string): Promise<string> {
  await waitForStatus(env.page, "Saved");
  return postBodyTitled(env.server.journalDir, title);
}

/** Waits until the file on disk holds `expected` (the body, trailing newlines aside). */
async function waitForDisk(title: string, expected: string): Promise<void> {
  let last = "";
  await waitFor(async () => (last = await savedBody(title)) === expected, {
    message: () => `the file to hold:\n${expected}\n--- it holds:\n${last}`,
  });
}

/** Types each line (IME for Japanese), pressing `keys` before it; the line's keys come first. */
async function typeLines(page: Page, lines: (string | { keys: string[]; text?: string })[]): Promise<void> {
  for (const line of lines) {
    if (typeof line === "string") await imeType(page, line);
    else {
      for (const key of line.keys) await page.keyboard.press(key);
      if (line.text) await imeType(page, line.text);
    }
  }
}

const E = "Enter";

test(
  "Python, JavaScript and YAML fences typed line by line close where they should; the text after is a paragraph",
  { timeout: 120_000 },
  async () => {
    const { page } = env;
    const title = "コードのメモ";
    await freshPost(title);
    await typeLines(page, [
      "```python",
      { keys: [E], text: "def greet(name):" },
      { keys: [E, "Tab"], text: "if name:" },
      { keys: [E, "Tab"], text: "return name" },
      { keys: [E, "Shift+Tab"], text: 'return "誰か"' },
      { keys: [E], text: "```" },
      { keys: [E, E], text: "```js" },
      { keys: [E], text: "function add(a, b) {" },
      { keys: [E, "Tab"], text: "return a + b;" },
      { keys: [E, "Shift+Tab"], text: "}" },
      { keys: [E], text: "```" },
      { keys: [E, E], text: "```yaml" },
      { keys: [E], text: "server:" },
      { keys: [E, "Tab"], text: "ports:" },
      { keys: [E, "Tab"], text: "- 80" },
      { keys: [E], text: "- 443" },
      { keys: [E], text: "```" },
      { keys: [E, E], text: "後の段落です。" },
    ]);
    const python = 'def greet(name):\n    if name:\n        return name\n    return "誰か"';
    const js = "function add(a, b) {\n  return a + b;\n}";
    const yaml = "server:\n  ports:\n    - 80\n    - 443";
    const expected = `\`\`\`python\n${python}\n\`\`\`\n\n\`\`\`js\n${js}\n\`\`\`\n\n\`\`\`yaml\n${yaml}\n\`\`\`\n\n後の段落です。`;
    await waitForDisk(title, expected);

    const preview = ui(page).preview;
    for (const [lang, code] of [
      ["python", python],
      ["js", js],
      ["yaml", yaml],
    ] as const) {
      const block = preview.locator(`pre > code.language-${lang}`);
      await waitFor(async () => (await block.count()) === 1, { message: `one <pre><code class="language-${lang}"> in the preview` });
      assert.equal((await block.textContent())?.replace(/\n$/, ""), code, `the ${lang} code, indentation intact`);
    }
    assert.equal(await preview.locator("pre").count(), 3, "three code blocks, nothing else became code");
    assert.equal(
      (await preview.locator("body > p, main > p, p").last().textContent())?.trim(),
      "後の段落です。",
      "the paragraph after the code is a paragraph",
    );
  },
);

test(
  "a 4-level bullet list and a numbered list built with Enter/Tab/Shift-Tab and left with Enter; a table after them",
  { timeout: 120_000 },
  async () => {
    const { page } = env;
    const title = "リストのメモ";
    await freshPost(title);
    await typeLines(page, [
      "- 基調講演",
      { keys: [E, "Tab"], text: "楽天モバイル" },
      { keys: [E, "Tab"], text: "仮想化基盤" },
      { keys: [E, "Tab"], text: "ネットワーク機能" },
      // Four Enters on the empty item climb out level by level and end the list.
      { keys: [E, E, E, E, E], text: "1. 準備" },
      { keys: [E], text: "材料を切る" },
      { keys: [E, "Tab"], text: "玉ねぎ" },
      { keys: [E], text: "人参" },
      { keys: [E, "Shift+Tab"], text: "炒める" },
      // The Typora/Obsidian habit: Enter twice leaves the list; the table must not land inside it.
      { keys: [E, E], text: "| 材料 | 量 |" },
      { keys: [E], text: "| --- | --- |" },
      { keys: [E], text: "| 玉ねぎ | 1個 |" },
    ]);
    const expected = [
      "- 基調講演",
      "  - 楽天モバイル",
      "    - 仮想化基盤",
      "      - ネットワーク機能",
      "",
      "1. 準備",
      "2. 材料を切る",
      "   1. 玉ねぎ",
      "   2. 人参",
      "3. 炒める",
      "",
      "| 材料 | 量 |",
      "| --- | --- |",
      "| 玉ねぎ | 1個 |",
    ].join("\n");
    await waitForDisk(title, expected);
    assert.doesNotMatch(await editorText(page), /^[ \t]+$/m, "no line of spaces anywhere");

    const preview = ui(page).preview;
    const deepest = preview.locator("ul > li > ul > li > ul > li > ul > li");
    await waitFor(async () => (await deepest.count()) === 1, { message: "the 4th-level item inside ul ul ul ul" });
    assert.equal((await deepest.textContent())?.trim(), "ネットワーク機能");
    assert.equal(await preview.locator("li p").count(), 0, "tight lists: no item is wrapped in <p>");
    const top = preview.locator("ol").first();
    const items = (await top.locator(":scope > li").allTextContents()).map((t) => t.trim());
    assert.equal(items.length, 3, `three top-level numbered items: ${JSON.stringify(items)}`);
    assert.ok(items[0]!.startsWith("準備") && items[1]!.startsWith("材料を切る") && items[2]!.startsWith("炒める"), JSON.stringify(items));
    assert.deepEqual(
      (await top.locator(":scope > li > ol > li").allTextContents()).map((t) => t.trim()),
      ["玉ねぎ", "人参"],
      "the nested <ol> under 材料を切る",
    );
    assert.equal(await preview.locator("table").count(), 1, "one table");
    assert.equal(await preview.locator("li table").count(), 0, "the table is not inside a list item");
    assert.deepEqual(
      (await preview.locator("table th, table td").allTextContents()).map((t) => t.trim()),
      ["材料", "量", "玉ねぎ", "1個"],
    );
  },
);

test("wrapped lines of a list item hang under its text", { timeout: 60_000 }, async () => {
  const { page } = env;
  await freshPost("折り返しのテスト");
  const long = "とても長い項目の文章が続きます。".repeat(12);
  await typeLines(page, ["- a", { keys: [E, "Tab"], text: long }]);
  let m: Awaited<ReturnType<typeof wrapMetrics>> = null;
  await waitFor(
    async () => {
      m = await wrapMetrics(page, 2);
      return m !== null && Math.abs(m.wrappedLeft - m.textLeft) <= 2;
    },
    { message: () => `the wrapped line to start under the item's text: ${JSON.stringify(m)}` },
  );
});

/** For document line `n`: the left of its text's first character and of its second visual line. */
async function wrapMetrics(page: Page, n: number): Promise<{ textLeft: number; wrappedLeft: number } | null> {
  return ui(page).body.evaluate((el, lineNo) => {
    type View = {
      state: { doc: { line(n: number): { from: number; to: number; text: string } } };
      coordsAtPos(pos: number, side?: number): { left: number; top: number } | null;
    };
    const view = (el as unknown as { cmTile?: { root?: { view?: View } } }).cmTile?.root?.view;
    if (!view) return null;
    const line = view.state.doc.line(lineNo);
    const textStart = line.from + /^\s*[-*+]\s+/.exec(line.text)![0].length;
    const first = view.coordsAtPos(textStart, 1);
    if (!first) return null;
    for (let pos = textStart + 1; pos < line.to; pos++) {
      const c = view.coordsAtPos(pos, 1);
      if (c && c.top > first.top + 2) return { textLeft: first.left, wrappedLeft: c.left };
    }
    return null;
  }, n);
}

/** True when keyboard focus is inside the Body. */
const focusInBody = (page: Page) => ui(page).body.evaluate((el) => el.contains(document.activeElement));

test(
  "Tab in a paragraph moves focus on and changes nothing; in a list it nests, and Esc then Tab leaves the editor",
  { timeout: 60_000 },
  async () => {
    const { page } = env;
    const title = "タブで移動";
    await freshPost(title);
    await imeType(page, "ふつうの段落。");
    await waitForDisk(title, "ふつうの段落。");
    await page.keyboard.press("Tab");
    await waitFor(async () => !(await focusInBody(page)), { message: "Tab in a paragraph to move focus out of the Body" });
    assert.equal(await editorText(page), "ふつうの段落。", "the Tab inserted nothing");

    await focusBodyEnd(page);
    await typeLines(page, [
      { keys: [E, E], text: "- 一" },
      { keys: [E, "Tab"], text: "二" },
    ]);
    assert.equal(await editorText(page), "ふつうの段落。\n\n- 一\n  - 二", "Tab in a list item nests it");
    assert.ok(await focusInBody(page), "a Tab the editor took keeps focus in the Body");
    const hint = page.getByText("Esc, then Tab: leave the editor", { exact: true });
    await hint.waitFor({ state: "visible", timeout: 3_000 });
    assert.equal(await hint.getAttribute("aria-live"), "polite", "the hint is announced politely");

    await page.keyboard.press("Escape");
    await page.keyboard.press("Tab");
    await waitFor(async () => !(await focusInBody(page)), { message: "Esc then Tab to move focus out of the Body" });
    await waitForDisk(title, "ふつうの段落。\n\n- 一\n  - 二");
    assert.equal(await hint.count(), 0, "the hint is gone once the editor lost focus");
  },
);

test("the formatting keys add Markdown and take it away again", { timeout: 90_000 }, async () => {
  const { page } = env;
  const title = "書式のテスト";
  await freshPost(title);
  /** Selects the `n` characters before the cursor. */
  const selectBack = async (n: number) => {
    for (let i = 0; i < n; i++) await page.keyboard.press("Shift+ArrowLeft");
  };
  await imeType(page, "今日は晴れ");
  await selectBack(2);
  await page.keyboard.press("Control+b");
  assert.equal(await editorText(page), "今日は**晴れ**");
  await page.keyboard.press("Control+b");
  assert.equal(await editorText(page), "今日は晴れ", "Mod-b again removes the bold");
  await page.keyboard.press("Control+b");
  await page.keyboard.press("End");

  await typeLines(page, [{ keys: [E, E], text: "とても" }]);
  await selectBack(3);
  await page.keyboard.press("Control+i");
  await page.keyboard.press("End");
  await typeLines(page, [{ keys: [E, E], text: "npm test" }]);
  await selectBack(8);
  await page.keyboard.press("Control+e");
  await page.keyboard.press("End");
  await typeLines(page, [{ keys: [E, E], text: "公式サイト" }]);
  await selectBack(5);
  await page.keyboard.press("Control+k");
  await page.keyboard.type("https://example.com/");
  await page.keyboard.press("End");
  await typeLines(page, [{ keys: [E, E], text: "見出し" }]);
  for (let i = 0; i < 5; i++) await page.keyboard.press("Control+=");
  await page.keyboard.press("Control+-");
  await page.keyboard.press("Control+=");
  await typeLines(page, [{ keys: [E, E], text: "- 牛乳" }]);
  await page.keyboard.press("Control+Enter");
  await page.keyboard.press("Control+Enter");

  const expected = "今日は**晴れ**\n\n*とても*\n\n`npm test`\n\n[公式サイト](https://example.com/)\n\n## 見出し\n\n- [x] 牛乳";
  await waitForDisk(title, expected);

  const preview = ui(page).preview;
  await waitFor(async () => (await preview.locator("h2").count()) === 1, { message: "the heading in the preview" });
  assert.equal((await preview.locator("strong").textContent())?.trim(), "晴れ");
  assert.equal((await preview.locator("em").textContent())?.trim(), "とても");
  assert.equal((await preview.locator("p > code").textContent())?.trim(), "npm test");
  assert.equal(await preview.locator("a").getAttribute("href"), "https://example.com/");
  assert.equal((await preview.locator("a").textContent())?.trim(), "公式サイト");
  assert.equal((await preview.locator("h2").textContent())?.trim(), "見出し");
  assert.equal(await preview.locator("li input[type=checkbox]").isChecked(), true, "a checked task");
});

test("no uncaught errors in the page while editing", () => {
  assert.deepEqual(env.pageErrors, []);
});
