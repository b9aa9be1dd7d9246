// A 10,000-post journal: the Posts list keeps only the rows near the viewport in the DOM, while End
// reaches the last post, which opens; a search and Esc bring the whole list back; each row says where
// it is among all of them (aria-posinset of aria-setsize). The list's first screen comes first and the
// rest a moment later; the post last open is open again after a restart even when it is the oldest.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { removeDir, startEnv, tempDir, ui, waitFor, waitForValue, type Env } from "./harness/index.js";

const POSTS = 10_000;
/** Rows the list may hold in the DOM at any time. */
const MAX_ITEMS = 200;
let env: Env;
let journal: string;

/** Post i is dated i hours after 2000-01-01 (so the oldest, shown last, is post 0). */
function dateOf(i: number): string {
  return new Date(Date.UTC(2000, 0, 1) + i * 3_600_000).toISOString().replace(".000Z", "Z");
}

before(async () => {
  journal = await tempDir("scale");
  await mkdir(join(journal, "posts"), { recursive: true });
  for (let i = 0; i < POSTS; i += 500) {
    await Promise.all(
      Array.from({ length: 500 }, (_, k) => i + k).map((n) =>
        writeFile(
          join(journal, "posts", `p${n}.md`),
          `---\ntitle: "日記 その${n}"\ndate: ${dateOf(n)}\n---\n\n今日は${n}番目の記録。${n % 97 === 0 ? "ムニエルを作った。" : ""}\n`,
        ),
      ),
    );
  }
  env = await startEnv({ journalDir: journal });
});

after(async () => {
  await env?.close();
  await removeDir(journal);
});

const items = () => ui(env.page).posts.getByRole("listitem");
async function assertFewItems(when: string): Promise<void> {
  const n = await items().count();
  assert.ok(n > 0 && n < MAX_ITEMS, `${when}: the list holds ${n} items in the DOM (want 1–${MAX_ITEMS - 1})`);
}

test("End reaches the last of 10,000 posts and opens it; search and Esc; never more than a window of items", async () => {
  const { page } = env;
  const u = ui(page);
  await u.postItem("日記 その9999").first().waitFor();
  await assertFewItems("at start");
  // The first screen comes first; the whole list follows a moment later.
  await waitFor(async () => (await items().first().getAttribute("aria-setsize")) === String(POSTS), { message: "the whole list" });

  await u.postItem("日記 その9999").getByRole("button").first().focus();
  await page.keyboard.press("End");
  const last = u.postItem("日記 その0");
  await waitFor(async () => (await last.count()) === 1, { message: "the last post rendered after End" });
  assert.equal(await last.getAttribute("aria-posinset"), String(POSTS));
  assert.equal(await page.evaluate(() => document.activeElement?.closest("li")?.getAttribute("aria-posinset")), String(POSTS));
  await assertFewItems("after End");
  await page.keyboard.press("Enter");
  await waitForValue(() => u.title.inputValue(), "日記 その0", { message: "the Title after opening the last post" });
  assert.equal(await last.getByRole("button").first().getAttribute("aria-current"), "true");
  await page.keyboard.press("ArrowUp");
  assert.equal(await page.evaluate(() => document.activeElement?.closest("li")?.getAttribute("aria-posinset")), String(POSTS - 1));

  await u.search.click();
  await u.search.fill("ムニエル");
  const found = Math.floor((POSTS - 1) / 97) + 1;
  await waitFor(async () => (await items().first().getAttribute("aria-setsize")) === String(found), { message: `${found} search results` });
  await waitFor(async () => (await u.posts.locator("mark").count()) > 0, { message: "highlighted snippets in the results" });
  await assertFewItems("search results");
  await page.keyboard.press("Escape");
  await waitFor(async () => (await items().first().getAttribute("aria-setsize")) === String(POSTS), {
    message: "the whole list after Esc",
  });
  await assertFewItems("after clearing the search");
  assert.deepEqual(env.pageErrors, []);
});

test("the post last open, far below the first screen (the oldest of 10,000), is open again after a restart, with the whole list", async () => {
  const { page } = env;
  const u = ui(page);
  await waitForValue(() => u.title.inputValue(), "日記 その0", { message: "the post left open by the test above" });
  await env.restart();
  await waitForValue(() => ui(env.page).title.inputValue(), "日記 その0", { message: "the Title after the restart" });
  await waitFor(async () => (await items().first().getAttribute("aria-setsize")) === String(POSTS), { message: "the whole list" });
  assert.equal(await ui(env.page).postItem("日記 その0").getByRole("button").first().getAttribute("aria-current"), "true");
  assert.deepEqual(env.pageErrors, []);
});
