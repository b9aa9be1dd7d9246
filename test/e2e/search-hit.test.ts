// A post opened from a search opens where the search found it: the editor and the preview scroll to
// the first hit and mark every one; F3 and Enter on the same result go to the next, Shift+F3 back.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright";
import { postText, startEnv, ui, waitFor, waitForListed, writePosts, type Env } from "./harness/index.js";

let env: Env;
const TITLE = "料理の記録";
/** A long post: the word is found far below the first screen, twice, once in katakana. */
const filler = Array.from({ length: 120 }, (_, i) => `${i + 1}行目。きょうは雨だった。`).join("\n\n");
const BODY = `${filler}\n\n夕食は**鮭のムニエル**にした。\n\n${filler}\n\n翌日もむにえるを作った。\n`;

/** The editor's selection as text and its line, and whether that line is on screen. */
function editorSelection(page: Page) {
  return ui(page).body.evaluate((el) => {
    type View = {
      state: {
        doc: { lineAt(p: number): { number: number } };
        selection: { main: { from: number; to: number } };
        sliceDoc(a: number, b: number): string;
      };
      coordsAtPos(p: number): { top: number; bottom: number } | null;
      scrollDOM: HTMLElement;
    };
    const view = (el as unknown as { cmTile?: { root?: { view?: View } } }).cmTile?.root?.view;
    if (!view) throw new Error("no editor view");
    const { from, to } = view.state.selection.main;
    const box = view.scrollDOM.getBoundingClientRect();
    const at = view.coordsAtPos(from);
    return {
      text: view.state.sliceDoc(from, to),
      line: view.state.doc.lineAt(from).number,
      onScreen: !!at && at.top >= box.top && at.bottom <= box.bottom,
      marked: el.querySelectorAll(".cm-search-hit").length,
    };
  });
}

/** The preview's marked hits (CSS Custom Highlight API) and whether the current one is on screen. */
function previewHits(page: Page) {
  return page.evaluate(() => {
    const frame = document.querySelector<HTMLIFrameElement>('iframe[title="Preview"]');
    const win = frame?.contentWindow as (Window & { CSS: { highlights: Map<string, Set<Range>> } }) | null;
    const all = win?.CSS.highlights.get("tsuzuri-hit");
    const current = win?.CSS.highlights.get("tsuzuri-hit-current");
    const range = current ? [...current][0] : undefined;
    const rect = range?.getBoundingClientRect();
    return {
      count: all?.size ?? 0,
      text: range?.toString() ?? null,
      onScreen: !!rect && !!win && rect.top >= 0 && rect.bottom <= win.innerHeight,
    };
  });
}

before(
  async () => {
    env = await startEnv();
    await writePosts(env.server.journalDir, {
      "posts/2024/2024-03-01-munieru.md": postText({ title: TITLE, date: "2024-03-01T19:00:00+09:00" }, BODY),
      "posts/2024/2024-03-02-other.md": postText(
        { title: "別の日", date: "2024-03-02T19:00:00+09:00" },
        "ムニエルの話はしない。と書いた。\n",
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

test("opening a search result scrolls the editor and the preview to the first hit and marks it", { timeout: 60_000 }, async () => {
  const { page } = env;
  const u = ui(page);
  await u.search.fill("むにえる");
  await waitFor(async () => (await u.postItem(TITLE).locator("mark").count()) > 0, {
    message: "the post is found, its hit shown in the list",
  });
  await u.postItem(TITLE).getByRole("button").first().click();
  await waitFor(async () => (await editorSelection(page)).text === "ムニエル", { message: "the first hit is selected" });
  const first = await editorSelection(page);
  assert.ok(first.line > 200, `the first hit is far down (line ${first.line})`);
  assert.ok(first.onScreen, "the editor scrolled to the hit");
  assert.ok(first.marked >= 1, "the hit is marked in the editor");
  await waitFor(async () => (await previewHits(page)).count === 2, { message: "both hits marked in the preview" });
  const shown = await previewHits(page);
  assert.equal(shown.text, "ムニエル");
  assert.ok(shown.onScreen, "the preview scrolled to the hit");
});

test("F3 goes to the next hit, Shift+F3 back; Enter on the same result goes on too", { timeout: 60_000 }, async () => {
  const { page } = env;
  const u = ui(page);
  const first = await editorSelection(page);
  await page.keyboard.press("F3");
  await waitFor(async () => (await editorSelection(page)).text === "むにえる", { message: "F3 moves to the second hit" });
  const second = await editorSelection(page);
  assert.ok(second.line > first.line && second.onScreen, "the second hit is below and on screen");
  await waitFor(async () => (await previewHits(page)).text === "むにえる", { message: "the preview follows" });
  assert.ok((await previewHits(page)).onScreen, "the preview shows the second hit");
  await page.keyboard.press("Shift+F3");
  await waitFor(async () => (await editorSelection(page)).line === first.line, { message: "Shift+F3 moves back" });
  await u.postItem(TITLE).getByRole("button").first().focus();
  await page.keyboard.press("Enter");
  await waitFor(async () => (await editorSelection(page)).line === second.line, { message: "Enter on the open result moves on" });
});

test("a post opened without a search shows no hits", { timeout: 30_000 }, async () => {
  const { page } = env;
  const u = ui(page);
  await u.search.fill("");
  await waitFor(async () => (await u.posts.locator("mark").count()) === 0, { message: "the search is cleared" });
  await u.postItem("別の日").getByRole("button").first().click();
  await waitFor(async () => (await ui(page).title.inputValue()) === "別の日", { message: "the other post opens" });
  assert.equal((await editorSelection(page)).marked, 0);
  assert.equal((await previewHits(page)).count, 0);
});
