// Tags and search as a user meets them: tagging a post (Japanese through the IME, suggestions, the
// tag rules), filtering the list by two tags, renaming and deleting a tag from the sidebar (files on
// disk change), searching in Japanese and in full-width letters with the match highlighted, and the
// quick switcher — all from the keyboard or the mouse, by roles and labels.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { SEARCH_DEBOUNCE_MS } from "../../renderer/browse/constants.js";
import {
  writePosts,
  commitComposition,
  compose,
  focusBodyEnd,
  imeType,
  openPost,
  parsePostText,
  removeDir,
  startComposition,
  startEnv,
  tempDir,
  ui,
  waitFor,
  waitForApp,
  waitForStatus,
  waitForTitles,
  waitForValue,
  waitOnPurpose,
  listedTitles,
  type Env,
} from "./harness/index.js";

const POSTS: Record<string, string> = {
  "posts/2019/2019-07-20-munieru.md":
    "---\ntitle: 鮭のムニエル\ndate: 2019-07-20T19:10:00+09:00\ntags: [料理, 失敗]\n---\n\nバターを入れるのが早すぎて焦げた。次は弱火で。\n",
  "posts/2019/2019-08-02-nikujaga.md":
    "---\ntitle: 肉じゃが\ndate: 2019-08-02T19:00:00+09:00\ntags: [料理]\n---\n\n母のレシピ。じゃがいもは男爵。\n",
  "posts/2020/2020-02-11-k8s.md":
    "---\ntitle: Kubernetes 勉強会メモ\ndate: 2020-02-11T13:00:00+09:00\ntags: [kubernetes, 勉強会]\n---\n\n今日は k8s のスケジューラの話を聞いた。\n\n- Pod の配置\n  - affinity\n    - topology spread\n      - 4段目のメモ\n",
  "posts/2019/2019-07-24-cndt.md":
    "---\ntitle: カンファレンス2日目\ndate: 2019-07-24T21:30:00+09:00\ntags: [conference, kubernetes, 失敗]\n---\n\nEnvoy のセッションがとても良かった。道に迷って遅刻した。\n",
  "posts/2021/2021-01-01-nikki.md": "---\ntitle: 元日の日記\ndate: 2021-01-01T09:00:00+09:00\n---\n\n特になし。\n",
};
// A post written on today's month and day, three years ago, for "On this day".
const now = new Date();
const pad = (n: number) => String(n).padStart(2, "0");
const EARLIER = `${now.getFullYear() - 3}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
POSTS[`posts/${EARLIER.slice(0, 4)}/${EARLIER}-omoide.md`] =
  `---\ntitle: 三年前の今日\ndate: ${EARLIER}T12:00:00+09:00\ntags: [思い出]\n---\n\n懐かしい。\n`;
const ALL = ["三年前の今日", "元日の日記", "Kubernetes 勉強会メモ", "肉じゃが", "カンファレンス2日目", "鮭のムニエル"];

let env: Env;
let journal = "";

before(
  async () => {
    journal = await tempDir("tags");
    await writePosts(journal, POSTS);
    env = await startEnv({ journalDir: journal });
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

/** The front-matter tags of a post file on disk. */
async function diskTags(rel: string): Promise<unknown> {
  return parsePostText(await readFile(join(journal, rel), "utf8")).data.tags;
}

/** Clears the search box and every filter, and waits for every post to be listed. */
async function showAll(): Promise<void> {
  const u = ui(env.page);
  if (await u.clearFilter.isVisible()) await u.clearFilter.click();
  await waitForTitles(env.page, ALL);
}

test("tags are added with the IME: the Enter that confirms a conversion adds no tag, a plain Enter does", { timeout: 60_000 }, async () => {
  const { page } = env;
  const u = ui(page);
  await openPost(page, "元日の日記");
  await u.tagInput.click();
  await compose(page, { reading: "しょうがつ", text: "正月" }, "Enter");
  assert.equal(await u.tagInput.inputValue(), "正月", "the conversion is in the field");
  assert.equal(await u.tagChip("正月").count(), 0, "the IME's Enter added no tag");
  await page.keyboard.press("Enter");
  await u.tagChip("正月").waitFor();
  assert.equal(await u.tagInput.inputValue(), "", "the field is empty again");

  // A comma adds the tag typed before it; suggestions come from the journal (k8 → kubernetes).
  await imeType(page, "家族,");
  await u.tagChip("家族").waitFor();
  await page.keyboard.type("k8");
  const option = page.getByRole("option", { name: /kubernetes/ });
  await option.waitFor();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await u.tagChip("kubernetes").waitFor();

  // The rules: a refused tag says why, and is not added.
  await page.keyboard.type("dev//x");
  await page.keyboard.press("Enter");
  await waitFor(async () => /empty level/.test((await page.getByRole("alert").filter({ hasText: "nested tag" }).textContent()) ?? ""), {
    message: "the empty-level message",
  });
  assert.equal(await u.tagInput.getAttribute("aria-invalid"), "true");
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Backspace");
  // Backspace in the empty field removes the last tag.
  await page.keyboard.press("Backspace");
  await waitFor(async () => (await u.tagChip("kubernetes").count()) === 0, { message: "kubernetes to be removed" });
  await waitForStatus(page, "Saved");
  await waitFor(async () => JSON.stringify(await diskTags("posts/2021/2021-01-01-nikki.md")) === JSON.stringify(["正月", "家族"]), {
    message: "the file's tags to be [正月, 家族]",
  });
  // A chip's × (the chip is the button) removes its tag.
  await u.tagChip("家族").click();
  await waitForStatus(page, "Saved");
  await waitFor(async () => JSON.stringify(await diskTags("posts/2021/2021-01-01-nikki.md")) === JSON.stringify(["正月"]), {
    message: "家族 removed on disk",
  });
});

test("pressing two tags in the sidebar lists the posts with both; the filter shows and clears", { timeout: 60_000 }, async () => {
  const { page } = env;
  const u = ui(page);
  await showAll();
  await u.tagFilter("料理").click();
  await waitForTitles(page, ["肉じゃが", "鮭のムニエル"]);
  assert.equal(await u.tagFilter("料理").getAttribute("aria-pressed"), "true");
  await u.tagFilter("失敗").click();
  await waitForTitles(page, ["鮭のムニエル"]);
  await page.getByRole("button", { name: "Remove filter 料理", exact: true }).waitFor();
  // Taking one tag out widens the list again.
  await page.getByRole("button", { name: "Remove filter 料理", exact: true }).click();
  await waitForTitles(page, ["カンファレンス2日目", "鮭のムニエル"]);
  await u.clearFilter.click();
  await waitForTitles(page, ALL);
  assert.equal(await u.tagFilter("失敗").getAttribute("aria-pressed"), "false");
  // "Untagged" lists the posts without tags.
  await u.tagPane.getByRole("button", { name: "Untagged", exact: true }).click();
  await waitForTitles(page, []);
  await page.getByText("No posts match.").waitFor();
  await u.clearFilter.click();
  await waitForTitles(page, ALL);
});

test("renaming a tag from the sidebar shows the count first, then rewrites the files", { timeout: 60_000 }, async () => {
  const { page } = env;
  const u = ui(page);
  await showAll();
  await openPost(page, "鮭のムニエル");
  const before = await readFile(join(journal, "posts/2019/2019-07-20-munieru.md"), "utf8");
  await u.tagPane.getByRole("button", { name: "Actions for tag 失敗", exact: true }).click();
  await page.getByRole("menuitem", { name: "Rename tag…" }).click();
  const dialog = page.getByRole("dialog", { name: "Rename tag “失敗”" });
  const field = dialog.getByRole("textbox", { name: "New name" });
  await field.fill("");
  await field.focus();
  await imeType(page, "しくじり");
  await dialog.getByText("2 posts will change.").waitFor();
  await dialog.getByRole("button", { name: "Rename", exact: true }).click();
  await waitFor(async () => JSON.stringify(await diskTags("posts/2019/2019-07-20-munieru.md")) === JSON.stringify(["料理", "しくじり"]), {
    message: "the file to hold the new tag",
  });
  // The files are rewritten one after another: wait for the second too.
  await waitFor(
    async () =>
      JSON.stringify(await diskTags("posts/2019/2019-07-24-cndt.md")) === JSON.stringify(["conference", "kubernetes", "しくじり"]),
    { message: "the other file to hold the new tag" },
  );
  const after = await readFile(join(journal, "posts/2019/2019-07-20-munieru.md"), "utf8");
  assert.equal(after, before.replace("tags: [料理, 失敗]", "tags: [料理, しくじり]"), "only the tags value changed");
  await u.tagFilter("しくじり").waitFor();
  assert.equal(await u.tagFilter("失敗").count(), 0, "the old tag is gone from the sidebar");
  await u.tagChip("しくじり").waitFor();

  // Renaming onto an existing tag merges them.
  await u.tagPane.getByRole("button", { name: "Actions for tag しくじり", exact: true }).click();
  await page.getByRole("menuitem", { name: "Rename tag…" }).click();
  const merge = page.getByRole("dialog", { name: "Rename tag “しくじり”" });
  await merge.getByRole("textbox", { name: "New name" }).fill("料理");
  await merge.getByText(/“料理” already exists: the two tags become one\. 2 posts will change\./).waitFor();
  await merge.getByRole("button", { name: "Cancel" }).click();
  assert.deepEqual(await diskTags("posts/2019/2019-07-20-munieru.md"), ["料理", "しくじり"], "cancel changes nothing");
});

test("deleting a tag asks first, then removes it from every post", { timeout: 60_000 }, async () => {
  const { page } = env;
  const u = ui(page);
  await u.tagPane.getByRole("button", { name: "Actions for tag conference", exact: true }).click();
  await page.getByRole("menuitem", { name: "Delete tag…" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete tag “conference”?" });
  await dialog.getByText("The tag will be removed from 1 post.").waitFor();
  await dialog.getByRole("button", { name: "Delete tag" }).click();
  await waitFor(
    async () => JSON.stringify(await diskTags("posts/2019/2019-07-24-cndt.md")) === JSON.stringify(["kubernetes", "しくじり"]),
    { message: "conference removed on disk" },
  );
  await waitFor(async () => (await u.tagFilter("conference").count()) === 0, { message: "conference gone from the sidebar" });
});

test("search finds Japanese and full-width text, highlights it, and waits for the IME", { timeout: 60_000 }, async () => {
  const { page } = env;
  const u = ui(page);
  await showAll();
  await u.search.click();
  // While the conversion is open nothing is searched, however long it stays open.
  await startComposition(page, "むにえる");
  await waitOnPurpose(SEARCH_DEBOUNCE_MS * 4);
  assert.deepEqual([...(await listedTitles(page))].sort(), [...ALL].sort(), "no search during the composition");
  await commitComposition(page, "ムニエル", "Enter");
  await waitForTitles(page, ["鮭のムニエル"]);
  const mark = u.posts.locator("mark").first();
  assert.equal(await mark.textContent(), "ムニエル", "the match in the title is marked");

  // Full-width letters find half-width ones (ｋ８ｓ ≡ k8s); the snippet marks the match as written.
  await u.search.fill("ｋ８ｓ");
  await waitForTitles(page, ["Kubernetes 勉強会メモ"]);
  await waitForValue(async () => u.posts.locator(".post-snippet mark").allTextContents(), ["k8s"], { message: "the marked snippet" });
  // Hiragana finds katakana, and every word must occur.
  await u.search.fill("せっしょん 遅刻");
  await waitForTitles(page, ["カンファレンス2日目"]);
  await u.search.fill("tag:料理 じゃがいも");
  await waitForTitles(page, ["肉じゃが"]);
  // A malformed qualifier says what is wrong; Escape clears the search.
  await u.search.fill("before:yesterday");
  await page.getByRole("alert").filter({ hasText: "before:yesterday" }).waitFor();
  await u.search.press("Escape");
  await waitForTitles(page, ALL);
  assert.equal(await u.search.inputValue(), "");
  // The search box is one shortcut away.
  await ui(page).title.click();
  await page.keyboard.press("Control+Shift+F");
  assert.ok(await u.search.evaluate((el) => el === document.activeElement), "Ctrl+Shift+F focuses the search box");
});

test("the list is grouped by year and month with counts, sorts every way, and shows On this day", { timeout: 60_000 }, async () => {
  const { page } = env;
  const u = ui(page);
  await showAll();
  await waitForTitles(page, ALL, { ordered: true });
  const years = await u.posts.getByRole("heading", { level: 2 }).allTextContents();
  assert.deepEqual(years, [`${EARLIER.slice(0, 4)}1 post`, "20211 post", "20201 post", "20193 posts"], "a header per year, with its count");
  const july = u.posts.getByRole("heading", { level: 3, name: /^July/ });
  assert.equal(await july.textContent(), "July2 posts", "July 2019 has two posts");
  const sort = page.getByRole("combobox", { name: "Sort", exact: true });
  await sort.selectOption({ label: "Oldest first" });
  await waitForTitles(page, [...ALL].reverse(), { ordered: true });
  await sort.selectOption({ label: "Title" });
  await waitFor(async () => (await listedTitles(page))[0] === "Kubernetes 勉強会メモ", { message: "titles in order, Latin first" });
  assert.equal(await u.posts.getByRole("heading").count(), 0, "no date groups when sorted by title");
  await sort.selectOption({ label: "Newest first" });
  await page.getByRole("button", { name: "On this day", exact: true }).click();
  await waitForTitles(page, ["三年前の今日"]);
  await page.getByRole("button", { name: "Remove filter On this day", exact: true }).waitFor();
  await u.clearFilter.click();
  await waitForTitles(page, ALL, { ordered: true });
});

test("the quick switcher opens a post by a fuzzy title from the keyboard", { timeout: 60_000 }, async () => {
  const { page } = env;
  const u = ui(page);
  await openPost(page, "元日の日記");
  await u.body.click();
  await page.keyboard.press("Control+P");
  const dialog = page.getByRole("dialog", { name: "Go to post" });
  await dialog.waitFor();
  // Letters in order, not together: "kbnts" is in "Kubernetes".
  await page.keyboard.type("kbnts");
  await dialog.getByRole("option", { name: /Kubernetes 勉強会メモ/ }).waitFor();
  await page.keyboard.press("Enter");
  await waitForValue(() => u.title.inputValue(), "Kubernetes 勉強会メモ", { message: "the chosen post to open" });
  await dialog.waitFor({ state: "detached" });
  // Katakana typed as hiragana; Escape closes without opening anything.
  await page.keyboard.press("Control+P");
  await imeType(page, "むにえる");
  await page
    .getByRole("dialog", { name: "Go to post" })
    .getByRole("option", { name: /鮭のムニエル/ })
    .waitFor();
  await page.keyboard.press("Escape");
  await page.getByRole("dialog", { name: "Go to post" }).waitFor({ state: "detached" });
  assert.equal(await u.title.inputValue(), "Kubernetes 勉強会メモ");
});

test("the list's order and a hidden tag sidebar are remembered across a reload", { timeout: 60_000 }, async () => {
  const { page } = env;
  await showAll();
  const sort = page.getByRole("combobox", { name: "Sort", exact: true });
  const tagsToggle = page.getByRole("button", { name: "Tags", exact: true });
  const tagPane = page.getByRole("navigation", { name: "Tags", exact: true });
  await tagPane.waitFor({ state: "visible" });
  await sort.selectOption({ label: "Title" });
  await waitFor(async () => (await listedTitles(page))[0] === "Kubernetes 勉強会メモ", { message: "the list sorted by title" });
  const byTitle = await listedTitles(page);
  assert.notDeepEqual(byTitle, ALL, "by title differs from newest first");
  await tagsToggle.click();
  await tagPane.waitFor({ state: "hidden" });
  assert.equal(await tagsToggle.getAttribute("aria-expanded"), "false");

  await page.reload();
  await waitForApp(page);
  await waitForTitles(page, byTitle, { ordered: true });
  assert.equal(await sort.inputValue(), "title", "the Sort menu still says Title");
  assert.equal(await tagsToggle.getAttribute("aria-expanded"), "false", "the tag sidebar is still hidden");
  assert.equal(await tagPane.isVisible(), false);

  // Back as they were, and that is remembered too.
  await sort.selectOption({ label: "Newest first" });
  await waitForTitles(page, ALL, { ordered: true });
  await tagsToggle.click();
  await tagPane.waitFor({ state: "visible" });
  await page.reload();
  await waitForApp(page);
  await waitForTitles(page, ALL, { ordered: true });
  await tagPane.waitFor({ state: "visible" });
  assert.equal(await sort.inputValue(), "newest");
});

test("a word typed just before searching for it is found once the post is saved", { timeout: 60_000 }, async () => {
  const { page } = env;
  const u = ui(page);
  await showAll();
  await openPost(page, "元日の日記");
  await focusBodyEnd(page);
  await imeType(page, "初詣に行った。");
  // Search at once: the autosave has not run yet, so the host does not know the word when asked.
  await u.search.fill("初詣");
  await waitForStatus(page, "Saved");
  await waitForTitles(page, ["元日の日記"]);
  await u.search.press("Escape");
  await waitForTitles(page, ALL);
});
