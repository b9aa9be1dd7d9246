// Composition is never broken: the keys that confirm a conversion belong to the IME, not to the
// editor, and autosave never cuts a composition in half.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { AUTOSAVE_DEBOUNCE_MS } from "../../renderer/session/index.js";
import {
  commitComposition,
  compose,
  editorText,
  focusBodyEnd,
  imeType,
  postFiles,
  readPostFile,
  recordKeydowns,
  startComposition,
  startEnv,
  startNewPost,
  ui,
  updateComposition,
  waitFor,
  waitForStatus,
  waitForValue,
  waitOnPurpose,
  type Env,
  type SeenKey,
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

/** Makes a new post with a title and puts the caret in its empty Body. */
async function freshPost(title: string): Promise<void> {
  const { page } = env;
  const u = ui(page);
  await startNewPost(page);
  await imeType(page, title);
  await waitForValue(() => u.title.inputValue(), title, { message: "the title" });
  await focusBodyEnd(page);
  assert.equal(await editorText(page), "", "a new post starts with an empty body");
}

/** Fails unless the page saw `key` as an IME key: keyCode 229 and isComposing (proves the harness). */
function assertImeKey(seen: SeenKey[], key: string): void {
  assert.ok(
    seen.some((k) => k.key === key && k.keyCode === 229 && k.isComposing),
    `the page should have seen ${key} as an IME key (keyCode 229, isComposing), saw ${JSON.stringify(seen)}`,
  );
}

/** The text of the post file whose front matter title is `title`. */
async function diskBody(title: string): Promise<string> {
  const dir = env.server.journalDir;
  for (const p of await postFiles(dir)) {
    const f = await readPostFile(join(dir, p));
    if (f.data.title === title) return f.body;
  }
  throw new Error(`no post file titled ${title}`);
}

test("the Enter that confirms a conversion inserts no newline in the Body, in a paragraph or a list", { timeout: 60_000 }, async () => {
  const { page } = env;
  await freshPost("変換のテスト");
  const keys = await recordKeydowns(page);

  await compose(page, { reading: "へんかん", text: "変換" }, "Enter");
  assertImeKey(await keys(), "Enter");
  await waitForValue(() => editorText(page), "変換", { message: "the body after confirming with Enter" });

  // Control: an Enter that is not composing does make a new line.
  await page.keyboard.press("Enter");
  await waitForValue(() => editorText(page), "変換\n", { message: "the body after a plain Enter" });

  // In a list item, the confirming Enter must not continue the list either.
  await page.keyboard.type("- ");
  await compose(page, { reading: "りんご", text: "林檎" }, "Enter");
  assertImeKey(await keys(), "Enter");
  await waitForValue(() => editorText(page), "変換\n- 林檎", { message: "the list item after confirming with Enter" });
  await waitForStatus(page, "Saved");
  assert.equal((await diskBody("変換のテスト")).replace(/\n+$/, ""), "変換\n- 林檎");
});

test("the Tab that confirms a conversion inserts no indent and keeps focus in the Body", { timeout: 60_000 }, async () => {
  const { page } = env;
  const u = ui(page);
  await freshPost("タブのテスト");
  const keys = await recordKeydowns(page);
  await page.keyboard.type("- ");
  await compose(page, { reading: "かき", text: "柿" }, "Tab");
  assertImeKey(await keys(), "Tab");
  await waitForValue(() => editorText(page), "- 柿", { message: "the list item after confirming with Tab" });
  assert.ok(await u.body.evaluate((el) => el.contains(document.activeElement)), "focus stays in the Body");

  // Control: after Enter, a plain Tab does indent the new item, so the IME Tab above was really ignored.
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await imeType(page, "梨");
  const text = await editorText(page);
  assert.match(text, /^- 柿\n[ \t]+- 梨$/, `a plain Tab indents: ${JSON.stringify(text)}`);
});

test("the Enter that confirms a conversion in the Title keeps focus in the Title", { timeout: 60_000 }, async (t) => {
  const { page } = env;
  const u = ui(page);
  await startNewPost(page);
  const keys = await recordKeydowns(page);
  await compose(page, { reading: "にっき", text: "日記" }, "Enter");
  assertImeKey(await keys(), "Enter");
  assert.equal(await u.title.inputValue(), "日記", "the title holds the committed text once");
  assert.ok(await u.title.evaluate((el) => el === document.activeElement), "focus is still in the Title after the IME Enter");
  await compose(page, { reading: "つづき", text: "続き" }, "Enter");
  assert.equal(await u.title.inputValue(), "日記続き", "typing goes on in the Title");

  // Control: a plain Enter in the Title moves on to the Body (if the app does that at all).
  await page.keyboard.press("Enter");
  const moved = await u.body.evaluate((el) => el.contains(document.activeElement));
  if (!moved)
    t.diagnostic("a plain Enter in the Title does not move focus to the Body, so this test only shows the IME Enter changes nothing");
  assert.equal(await u.title.inputValue(), "日記続き", "the Title is unchanged by Enter");
});

test("autosave while composing does not cut the composition", { timeout: 60_000 }, async () => {
  const { page } = env;
  const u = ui(page);
  const title = "自動保存のテスト";
  await freshPost(title);
  // An edit that makes autosave due, then a composition held open for longer than the autosave delay.
  await page.keyboard.type("memo: ");
  await startComposition(page, "じどうほぞん");
  const held = AUTOSAVE_DEBOUNCE_MS * 2 + 1_000;
  await waitOnPurpose(held);
  // The composition must still be open: the next update replaces the reading instead of adding to it.
  await updateComposition(page, "自動保存");
  await commitComposition(page, "自動保存", "Enter");
  await waitForValue(() => editorText(page), "memo: 自動保存", { message: `the body after a ${held} ms composition` });
  await waitForStatus(page, "Saved");
  await waitFor(async () => (await diskBody(title)).replace(/\n+$/, "") === "memo: 自動保存", {
    message: "the file to hold the committed text exactly once",
  });
  assert.equal(await u.title.inputValue(), title, "the title is untouched");
});

test("autosave while composing in the Title does not cut the composition", { timeout: 60_000 }, async () => {
  const { page } = env;
  const u = ui(page);
  await startNewPost(page);
  // Title typed so far is unsaved; the save (which may also rename the file) lands mid-composition.
  await imeType(page, "旅行");
  await startComposition(page, "にっき");
  await waitOnPurpose(AUTOSAVE_DEBOUNCE_MS * 2 + 1_000);
  await updateComposition(page, "日記");
  await commitComposition(page, "日記", "Enter");
  await waitForValue(() => u.title.inputValue(), "旅行日記", { message: "the Title after a long composition" });
  assert.ok(await u.title.evaluate((el) => el === document.activeElement), "focus is still in the Title");
  await waitForStatus(page, "Saved");
  await waitFor(async () => (await diskTitles()).includes("旅行日記"), { message: "the file's title to be 旅行日記" });
});

/** The front-matter titles of every post on disk. */
async function diskTitles(): Promise<unknown[]> {
  const dir = env.server.journalDir;
  return Promise.all((await postFiles(dir)).map(async (p) => (await readPostFile(join(dir, p))).data.title));
}
