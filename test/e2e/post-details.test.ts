// Post details from the keyboard: the date (its +09:00 kept on a machine in another zone), draft ⇄
// published and the file name, written into the front matter on disk with every other line kept; and
// New post pressed again and again leaves one file, not a trail of empty ones.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { access, readFile } from "node:fs/promises";
import { join } from "node:path";
import {
  listedTexts,
  markdownFiles,
  openPage,
  openPost,
  postFiles,
  removeDir,
  startEnv,
  tempDir,
  ui,
  waitFor,
  waitForApp,
  waitForListed,
  waitForStatus,
  waitForValue,
  writePosts,
  type Env,
} from "./harness/index.js";

const TITLE = "カンファレンス2日目のメモ";
const OLD = "posts/2019/2019-07-24-day-2.md";
const NEW = "posts/2019/2019-07-24-cndt-day-2.md";
const OTHER = "posts/2019/2019-07-20-munieru.md";
const HEAD = [
  "---",
  "# 手で書いたコメント",
  `title: ${TITLE}`,
  "layout: post",
  "date: 2019-07-24T21:30:00+09:00",
  "tags: [conference]",
  "draft: false",
  "slug: day-2",
  "---",
  "",
].join("\n");
const BODY = "セッションのメモ。\n";

let env: Env;
let journal = "";

const exists = (p: string) =>
  access(p).then(
    () => true,
    () => false,
  );
const onDisk = (rel: string) => readFile(join(journal, rel), "utf8");

/** The details row's controls. */
function details(page: Env["page"]) {
  return {
    toggle: page.getByRole("button", { name: "Post details", exact: true }),
    date: page.getByLabel("Date and time", { exact: true }),
    draft: page.getByRole("checkbox", { name: "Draft", exact: true }),
    slug: page.getByRole("textbox", { name: "File name", exact: true }),
    message: page.getByRole("group", { name: "Post details" }).getByRole("alert"),
  };
}

/** Presses Tab until `target` has the focus (at most 10 times), as a keyboard user moves on. */
async function tabTo(page: Env["page"], target: ReturnType<typeof details>["draft"], name: string): Promise<void> {
  for (let i = 0; i < 10; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  assert.fail(`Tab never reached ${name}`);
}

before(
  async () => {
    journal = await tempDir("post-details");
    await writePosts(journal, {
      [OLD]: HEAD + "\n" + BODY,
      [OTHER]: "---\ntitle: 鮭のムニエル\ndate: 2019-07-20T19:00:00+09:00\n---\n\nバターで焼いた。\n",
    });
    // The machine runs on UTC; the post was written in Japan.
    env = await startEnv({ journalDir: journal, timeZone: "UTC" });
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

test("date, draft and file name changed with the keyboard reach the front matter and the file name", { timeout: 60_000 }, async () => {
  const { page } = env;
  const d = details(page);
  await openPost(page, TITLE);
  assert.equal(await d.toggle.getAttribute("aria-expanded"), "false", "the details start folded");
  await d.toggle.focus();
  await page.keyboard.press("Enter");
  await d.date.waitFor({ state: "visible" });
  assert.equal(await d.date.inputValue(), "2019-07-24T21:30", "the post's own wall-clock time, not the machine's");
  assert.equal(await d.draft.isChecked(), false);
  assert.equal(await d.slug.inputValue(), "2019-07-24-day-2");

  // The date: into its first part (the month), right to the day, one up, Enter.
  await page.keyboard.press("Tab");
  await waitFor(() => d.date.evaluate((el) => el === document.activeElement), { message: "focus in the date field" });
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Enter");
  await waitFor(async () => (await onDisk(OLD)).includes("date: 2019-07-25T21:30:00+09:00"), {
    message: "the new date on disk, +09:00 kept",
  });
  await waitFor(async () => (await ui(page).postItem(TITLE).textContent())?.includes("Jul 25, 2019"), {
    message: "the list to show the new day",
  });

  // Draft: Tab on (through the date's remaining parts) to the box, Space.
  await tabTo(page, d.draft, "Draft");
  await page.keyboard.press("Space");
  await waitFor(async () => (await onDisk(OLD)).includes("draft: true"), { message: "draft: true on disk" });
  await waitFor(async () => (await ui(page).postItem(TITLE).textContent())?.includes("Draft"), {
    message: "the list to mark the post a draft",
  });

  // The file name: Tab to it, replace it, Enter.
  await tabTo(page, d.slug, "File name");
  await page.keyboard.press("Control+A");
  await page.keyboard.type("2019-07-24-cndt-day-2");
  await page.keyboard.press("Enter");
  await waitFor(async () => (await exists(join(journal, NEW))) && !(await exists(join(journal, OLD))), {
    message: `the file renamed to ${NEW}, the old name gone`,
  });
  assert.deepEqual(await postFiles(journal), [OTHER, NEW].sort(), "one file per post, nothing else");

  const text = await onDisk(NEW);
  const updated = /\nupdated: (\S+)\n/.exec(text)?.[1] ?? "missing";
  assert.match(updated, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/, "updated: is set, as a save sets it");
  const expected =
    HEAD.replace("date: 2019-07-24T21:30:00+09:00", "date: 2019-07-25T21:30:00+09:00")
      .replace("draft: false", "draft: true")
      .replace("slug: day-2", "slug: cndt-day-2")
      .replace("\n---\n", `\nupdated: ${updated}\n---\n`) +
    "\n" +
    BODY;
  assert.equal(text, expected, "every other line of the front matter (comment, unknown key, order) and the body are kept");
  await waitForStatus(page, "Saved");
  assert.equal(await ui(page).title.inputValue(), TITLE, "the post stays open");
  assert.equal(await ui(page).preview.locator("h1").first().textContent(), TITLE, "and in the preview");

  // Published again, from the same box.
  await d.draft.focus();
  await page.keyboard.press("Space");
  await waitFor(async () => (await onDisk(NEW)).includes("draft: false"), { message: "draft: false on disk" });
  await waitFor(async () => !(await ui(page).postItem(TITLE).textContent())?.includes("Draft"), { message: "the Draft mark to go" });

  // After a reload the post opens again, at its new path (one item in the list, not two).
  await page.reload();
  await waitForValue(() => ui(page).title.inputValue(), TITLE, { message: "the renamed post reopened" });
  assert.equal((await listedTexts(page)).filter((t) => t.includes(TITLE)).length, 1);
});

test("a file name that is taken or not allowed is refused with a message; nothing is renamed", { timeout: 30_000 }, async () => {
  const { page } = env;
  const d = details(page);
  await openPost(page, TITLE);
  if ((await d.toggle.getAttribute("aria-expanded")) !== "true") await d.toggle.click();
  const before = await onDisk(NEW);

  await d.slug.focus();
  await page.keyboard.press("Control+A");
  await page.keyboard.type("2019-07-20-munieru");
  await page.keyboard.press("Enter");
  await waitFor(async () => /already/.test((await d.message.textContent()) ?? ""), { message: "a message that the name is taken" });
  assert.ok((await d.message.textContent())?.includes("2019-07-20-munieru.md"), "it names the file");

  await page.keyboard.press("Control+A");
  await page.keyboard.type("a/b");
  await page.keyboard.press("Enter");
  await waitFor(async () => /cannot contain/.test((await d.message.textContent()) ?? ""), { message: "a message about the slash" });

  // Escape puts the name back.
  await page.keyboard.press("Escape");
  assert.equal(await d.slug.inputValue(), "2019-07-24-cndt-day-2");
  assert.equal(await onDisk(NEW), before, "the post's file is untouched");
  assert.deepEqual(await postFiles(journal), [OTHER, NEW].sort());
  assert.ok((await onDisk(OTHER)).includes("鮭のムニエル"), "the other post is untouched");
});

test("New post pressed three times leaves one file", { timeout: 60_000 }, async () => {
  const { page } = env;
  const u = ui(page);
  const before = await postFiles(journal);
  for (let i = 0; i < 3; i++) {
    await u.newPost.click();
    await waitFor(async () => (await u.title.evaluate((el) => el === document.activeElement)) && (await u.title.inputValue()) === "", {
      message: "a new empty post open",
    });
    await waitFor(async () => (await postFiles(journal)).length === before.length + 1, {
      message: () => `one new file after New post #${i + 1}`,
    });
  }
  const added = (await postFiles(journal)).filter((p) => !before.includes(p));
  assert.equal(added.length, 1, `one new file: ${JSON.stringify(added)}`);
  assert.equal((await listedTexts(page)).length, before.length + 1, "one new post in the list");
  assert.deepEqual(await markdownFiles(join(journal, ".trash")), [], "nothing went to the trash");
});

test("in Japanese the details and the Trash are labelled in Japanese, and work from the keyboard", { timeout: 60_000 }, async () => {
  const app = await openPage(env.browser, `${env.server.url}&lang=ja`);
  const { page } = app;
  try {
    await waitForApp(page, "新規投稿");
    await page
      .getByRole("list", { name: "投稿一覧", exact: true })
      .getByRole("listitem")
      .filter({ hasText: "鮭のムニエル" })
      .getByRole("button")
      .first()
      .click();
    await waitForValue(() => page.getByRole("textbox", { name: "タイトル", exact: true }).inputValue(), "鮭のムニエル", {
      message: "the post open",
    });
    const toggle = page.getByRole("button", { name: "投稿の詳細", exact: true });
    await toggle.focus();
    await page.keyboard.press("Enter");
    const group = page.getByRole("group", { name: "投稿の詳細" });
    assert.equal(await group.getByLabel("日時", { exact: true }).inputValue(), "2019-07-20T19:00");
    assert.equal(await group.getByRole("textbox", { name: "ファイル名", exact: true }).inputValue(), "2019-07-20-munieru");
    await group.getByRole("checkbox", { name: "下書き", exact: true }).focus();
    await page.keyboard.press("Space");
    await waitFor(async () => /\ndraft: true\n/.test(await onDisk(OTHER)), { message: "draft: true on disk" });
    await page.keyboard.press("Space");
    await waitFor(async () => /\ndraft: false\n/.test(await onDisk(OTHER)), { message: "draft: false on disk" });

    await page.getByRole("button", { name: "ゴミ箱", exact: true }).focus();
    await page.keyboard.press("Enter");
    const trash = page.getByRole("dialog", { name: "ゴミ箱", exact: true });
    await trash.getByText("ゴミ箱は空です。", { exact: false }).waitFor();
    assert.ok(await trash.getByRole("button", { name: "ゴミ箱を空にする", exact: true }).isDisabled(), "nothing to empty");
    await page.keyboard.press("Escape");
    await trash.waitFor({ state: "hidden" });
  } finally {
    await app.context.close();
  }
});

test("a New post left empty for another post is removed", { timeout: 30_000 }, async () => {
  const { page } = env;
  const u = ui(page);
  await u.newPost.click();
  // (The empty post the test above left is discarded first, so the new one may get its very name.)
  let made = "";
  await waitFor(
    async () => {
      const untitled = (await postFiles(journal)).filter((p) => /-untitled(-\d+)?\.md$/.test(p));
      made = untitled[0] ?? "";
      return untitled.length === 1;
    },
    { message: "one new post's file" },
  );
  await waitForValue(() => u.title.inputValue(), "", { message: "the new post open" });
  await openPost(page, "鮭のムニエル");
  await waitFor(async () => !(await exists(join(journal, made))), {
    message: `the empty post's file ${made} to be removed when another post is opened`,
  });
  await waitForListed(page, "Untitled", false);
});
