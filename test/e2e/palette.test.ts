// The command palette (Ctrl+Shift+P) and the shortcut sheet (Ctrl+/, F1), through serve: every
// command by name with its key, run from the keyboard alone, even those whose keys the browser keeps.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { editorText, focusBodyEnd, imeType, startEnv, ui, waitFor, waitForStatus, waitForValue, type Env } from "./harness/index.js";

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

const palette = () => env.page.getByRole("dialog", { name: "Command palette" });
const optionNames = () => palette().getByRole("option").allTextContents();

/** Ctrl+Shift+P, pressed once: the palette opens with the focus in its field. */
async function openPalette(): Promise<void> {
  await env.page.keyboard.press("Control+Shift+P");
  const field = palette().getByRole("combobox", { name: "Command" });
  await field.waitFor();
  await waitFor(() => field.evaluate((el) => el === document.activeElement), { message: "the focus in the palette's field" });
}

/** Escape closes the palette; no wait beyond its leaving the accessibility tree (the next press comes at once). */
async function escapePalette(): Promise<void> {
  await env.page.keyboard.press("Escape");
  await palette().waitFor({ state: "detached" });
}

test(
  "Ctrl+Shift+P opens the palette listing the commands with their keys; typed letters filter it; Enter runs New post (the browser keeps Ctrl+N)",
  { timeout: 60_000 },
  async () => {
    const { page } = env;
    const u = ui(page);
    await u.posts.focus();
    await page.keyboard.press("Control+Shift+P");
    const field = palette().getByRole("combobox", { name: "Command" });
    await field.waitFor();
    assert.equal(await field.evaluate((el) => el === document.activeElement), true, "the field has the focus");
    const all = await optionNames();
    const expected: [string, string][] = [
      ["New Post", "Ctrl+N"],
      ["Go to Post…", "Ctrl+P"],
      ["Save Now", "Ctrl+S"],
      ["Toggle Preview", "Ctrl+\\"],
      ["Keyboard Shortcuts", "Ctrl+/F1"],
      ["Export Journal as Site…", ""],
      ["Trash…", ""],
      ["Focus mode", "F8"],
      ["Typewriter scrolling", "F9"],
    ];
    for (const [label, key] of expected) {
      assert.ok(all.includes(label + key), `"${label}" with "${key}" is listed: ${JSON.stringify(all)}`);
    }
    assert.ok(!all.some((o) => o.startsWith("Command Palette")), "the palette does not list itself");
    assert.equal(await palette().getByRole("listbox", { name: "Commands" }).count(), 1);

    const before = await u.posts.getByRole("listitem").count();
    await page.keyboard.type("new po");
    await waitForValue(async () => (await optionNames())[0], "New PostCtrl+N", { message: "the first option after typing “new po”" });
    await page.keyboard.press("Enter");
    await palette().waitFor({ state: "detached" });
    await waitFor(async () => (await u.posts.getByRole("listitem").count()) === before + 1, { message: "a new post in the list" });
    await waitFor(() => u.title.evaluate((el) => el === document.activeElement), { message: "the caret in the new post's Title" });
  },
);

test(
  "The palette matches letters spread through a label (tgprv → Toggle Preview), runs it, and Escape closes it with the focus back where it was",
  { timeout: 60_000 },
  async () => {
    const { page } = env;
    const u = ui(page);
    // The new post of the test above is open, the caret in its Title.
    await u.title.click();
    await imeType(page, "パレットの投稿");
    await u.body.click();
    await imeType(page, "本文。");
    await waitForStatus(page, "Saved");
    assert.equal(await u.previewIframe.isVisible(), true);
    await openPalette();
    await page.keyboard.type("tgprv");
    await waitForValue(async () => (await optionNames())[0], "Toggle PreviewCtrl+\\", { message: "the first option after typing “tgprv”" });
    await page.keyboard.type("zzz");
    await palette().getByText("No command is named like that.").waitFor();
    for (let i = 0; i < 3; i++) await page.keyboard.press("Backspace");
    await page.keyboard.press("Enter");
    await palette().waitFor({ state: "detached" });
    await waitFor(async () => !(await u.previewIframe.isVisible()), { message: "the preview hidden by Toggle Preview" });
    await waitFor(() => u.body.evaluate((el) => el.contains(document.activeElement)), { message: "the focus back in the Body" });

    await openPalette();
    await escapePalette();
    await waitFor(() => u.body.evaluate((el) => el.contains(document.activeElement)), {
      message: "the focus back in the Body after Escape",
    });
    await openPalette();
    await page.keyboard.type("toggle preview");
    await waitForValue(async () => (await optionNames())[0], "Toggle PreviewCtrl+\\", {
      message: "the first option after typing “toggle preview”",
    });
    await page.keyboard.press("Enter");
    await palette().waitFor({ state: "detached" });
    await waitFor(() => u.previewIframe.isVisible(), { message: "the preview back" });
  },
);

test(
  "Ctrl+/ in the editor and F1 open the shortcut sheet: the app's commands and the editor's keys; the text is not touched",
  { timeout: 60_000 },
  async () => {
    const { page } = env;
    const u = ui(page);
    await focusBodyEnd(page);
    const text = await editorText(page);
    await page.keyboard.press("Control+/");
    const sheet = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await sheet.waitFor();
    const rows = await sheet.getByRole("row").allTextContents();
    for (const row of [
      "New PostCtrl+N",
      "Command Palette…Ctrl+Shift+P",
      "Keyboard ShortcutsCtrl+/orF1",
      "Search JournalCtrl+Shift+For/",
      "BoldCtrl+B",
      "Heading level down (toward #)Ctrl+-".replace(" (toward #)", ""),
      "Leave the editorEsc Tab",
    ]) {
      assert.ok(rows.includes(row), `the sheet has the row “${row}”: ${JSON.stringify(rows)}`);
    }
    assert.deepEqual(await sheet.locator("caption").allTextContents(), ["Commands", "Editor"]);
    await page.keyboard.press("Escape");
    await sheet.waitFor({ state: "detached" });
    assert.equal(await editorText(page), text, "Ctrl+/ did not comment out the line");
    await waitFor(() => u.body.evaluate((el) => el.contains(document.activeElement)), { message: "the focus back in the Body" });
    await u.posts.focus();
    await page.keyboard.press("F1");
    await sheet.waitFor();
    await sheet.getByRole("button", { name: "Close" }).press("Enter");
    await sheet.waitFor({ state: "detached" });
  },
);

test("Focus mode and typewriter scrolling run from the palette, as their buttons and F8/F9 do", { timeout: 60_000 }, async () => {
  const { page } = env;
  const focusButton = page.getByRole("button", { name: "Focus mode", exact: true });
  const typewriter = page.getByRole("button", { name: "Typewriter scrolling", exact: true });
  await openPalette();
  await page.keyboard.type("focus mode");
  await waitForValue(async () => (await optionNames())[0], "Focus modeF8", { message: "the first option after typing “focus mode”" });
  await page.keyboard.press("Enter");
  await palette().waitFor({ state: "detached" });
  await waitFor(async () => (await focusButton.getAttribute("aria-pressed")) === "true", { message: "focus mode on from the palette" });
  const before = await typewriter.getAttribute("aria-pressed");
  await openPalette();
  await page.keyboard.type("typewriter");
  await waitForValue(async () => (await optionNames())[0], "Typewriter scrollingF9", {
    message: "the first option after typing “typewriter”",
  });
  await page.keyboard.press("Enter");
  await palette().waitFor({ state: "detached" });
  await waitFor(async () => (await typewriter.getAttribute("aria-pressed")) === String(before !== "true"), {
    message: "typewriter scrolling switched from the palette",
  });
  await page.keyboard.press("F8");
  await waitFor(async () => (await focusButton.getAttribute("aria-pressed")) === "false", { message: "F8 leaves focus mode" });
});

test(
  "Ctrl+Shift+P pressed once right after Escape closed the palette opens it again, also after Japanese typed through the IME in the Body and in the palette's field",
  { timeout: 60_000 },
  async () => {
    const { page } = env;
    const u = ui(page);
    await focusBodyEnd(page);
    const text = await editorText(page);
    for (let round = 0; round < 3; round++) {
      await imeType(page, "日本語");
      await openPalette();
      await escapePalette();
      await openPalette();
      await imeType(page, "ぷれびゅー");
      assert.equal(await palette().getByRole("combobox", { name: "Command" }).inputValue(), "ぷれびゅー");
      await escapePalette();
      await waitFor(() => u.body.evaluate((el) => el.contains(document.activeElement)), { message: "the focus back in the Body" });
      await openPalette();
      assert.equal(await palette().getByRole("combobox", { name: "Command" }).inputValue(), "", "a new palette, its field empty");
      await escapePalette();
    }
    await waitForValue(() => editorText(page), text + "日本語".repeat(3), { message: "the Body: what was typed, nothing else" });
  },
);
