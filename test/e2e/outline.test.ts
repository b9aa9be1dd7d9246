// The outline: the post's headings in order, a click jumps to the heading in the editor and the
// preview, the section holding the cursor is marked, sections fold in the editor, and the panel's
// shown/hidden choice survives a restart.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright";
import { editorText, openPost, postText, startEnv, ui, waitFor, waitForListed, writePosts, type Env } from "./harness/index.js";

let env: Env;
const TITLE = "旅の記録";
const para = (n: number) => Array.from({ length: n }, (_, i) => `${i + 1}行目。きょうは晴れていた。`).join("\n\n");
const BODY = `# 一日目\n\n${para(30)}\n\n## 京都の**寺**\n\n${para(30)}\n\n## [嵐山](https://example.com/arashiyama)\n\n${para(30)}\n\n# 二日目\n\n${para(30)}\n`;

before(
  async () => {
    env = await startEnv({ viewport: { width: 1400, height: 900 } });
    await writePosts(env.server.journalDir, {
      "posts/2024/2024-06-01-trip.md": postText({ title: TITLE, date: "2024-06-01T09:00:00+09:00" }, BODY),
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

const outline = (page: Page) => page.getByRole("navigation", { name: "Outline", exact: true });

/** The editor's cursor line (1-based) and whether that line is near the top of the editor. */
function cursor(page: Page) {
  return ui(page).body.evaluate((el) => {
    type View = {
      state: { doc: { lineAt(p: number): { number: number } }; selection: { main: { head: number } } };
      coordsAtPos(p: number): { top: number } | null;
      scrollDOM: HTMLElement;
    };
    const view = (el as unknown as { cmTile?: { root?: { view?: View } } }).cmTile?.root?.view;
    if (!view) throw new Error("no editor view");
    const head = view.state.selection.main.head;
    const top = view.coordsAtPos(head)?.top ?? -1;
    const box = view.scrollDOM.getBoundingClientRect();
    return { line: view.state.doc.lineAt(head).number, nearTop: top >= box.top && top < box.top + box.height / 3 };
  });
}

/** The top of the preview's heading with `text`, relative to the preview's viewport. */
function previewHeadingTop(page: Page, text: string) {
  return ui(page)
    .preview.locator("h1, h2")
    .filter({ hasText: text })
    .first()
    .evaluate((h) => h.getBoundingClientRect().top);
}

test("the outline lists the headings; a click jumps there in the editor and the preview", { timeout: 60_000 }, async () => {
  const { page } = env;
  await openPost(page, TITLE);
  const items = outline(page).getByRole("button");
  await waitFor(async () => (await items.count()) === 4, { message: "four headings in the outline" });
  assert.deepEqual(await items.allInnerTexts(), ["一日目", "京都の寺", "嵐山", "二日目"], "as read: no # marks, emphasis or link address");
  await items.filter({ hasText: "嵐山" }).click();
  const lines = BODY.split("\n");
  const target = lines.indexOf("## [嵐山](https://example.com/arashiyama)") + 1;
  await waitFor(async () => (await cursor(page)).line === target, { message: "the cursor on the 嵐山 heading" });
  assert.ok((await cursor(page)).nearTop, "the heading is at the top of the editor");
  await waitFor(async () => Math.abs(await previewHeadingTop(page, "嵐山")) < 40, { message: "the preview scrolled to 嵐山" });
  assert.equal(await items.filter({ hasText: "嵐山" }).getAttribute("aria-current"), "location", "the current section is marked");
  // Moving the cursor into the next section moves the mark.
  await items.filter({ hasText: "二日目" }).click();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await waitFor(async () => (await items.filter({ hasText: "二日目" }).getAttribute("aria-current")) === "location", {
    message: "二日目 marked",
  });
  assert.equal(await items.filter({ hasText: "嵐山" }).getAttribute("aria-current"), null);
});

test("a section folds in the editor and unfolds; the text is unchanged", { timeout: 60_000 }, async () => {
  const { page } = env;
  const u = ui(page);
  await outline(page).getByRole("button").filter({ hasText: "京都の寺" }).click();
  const before = await editorText(page);
  await page.keyboard.press("Control+Shift+BracketLeft");
  await waitFor(async () => (await page.locator(".cm-foldPlaceholder").count()) === 1, { message: "a fold placeholder" });
  const visibleLines = await u.body.locator(".cm-line").allInnerTexts();
  const at = visibleLines.findIndex((l) => l.includes("京都の"));
  const next = visibleLines.findIndex((l, i) => i > at && l.includes("嵐山"));
  assert.ok(
    at >= 0 && next > at && next - at <= 2,
    `the section's 30 paragraphs are folded away: ${JSON.stringify(visibleLines.slice(at, at + 4))}`,
  );
  assert.equal(await editorText(page), before, "folding changes nothing in the text");
  await page.keyboard.press("Control+Shift+BracketRight");
  await waitFor(async () => (await page.locator(".cm-foldPlaceholder").count()) === 0, { message: "unfolded" });
  const unfolded = await u.body.locator(".cm-line").allInnerTexts();
  assert.ok(unfolded[unfolded.findIndex((l) => l.includes("京都の")) + 2]?.startsWith("1行目"), "the section's text is back");
});

test("hiding the outline is remembered after a restart", { timeout: 60_000 }, async () => {
  const { page } = env;
  const toggle = page.getByRole("button", { name: "Outline", exact: true });
  assert.equal(await toggle.getAttribute("aria-expanded"), "true");
  await toggle.click();
  await waitFor(async () => !(await outline(page).isVisible()), { message: "the outline hidden" });
  assert.equal(await toggle.getAttribute("aria-expanded"), "false");
  await env.restart();
  await openPost(page, TITLE);
  assert.equal(await page.getByRole("button", { name: "Outline", exact: true }).getAttribute("aria-expanded"), "false");
  assert.equal(await outline(page).isVisible(), false);
  await page.getByRole("button", { name: "Outline", exact: true }).click();
  await waitFor(() => outline(page).isVisible(), { message: "shown again" });
});
