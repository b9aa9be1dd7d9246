// The settings dialog through serve: the editor's font, size, line height and width, the preview's
// place, spellchecking, the autosave delay and the export defaults apply at once, and hold after the
// server restarts (they are in settings.json in the user-data folder).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import {
  holdsFor,
  imeType,
  startEnv,
  startNewPost,
  statusText,
  ui,
  waitFor,
  waitForStatus,
  waitForValue,
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

const dialog = () => env.page.getByRole("dialog", { name: "Settings" });

async function openSettings(): Promise<void> {
  await env.page.getByRole("button", { name: "Settings", exact: true }).click();
  await dialog().waitFor();
}

/** Fills a field of the dialog and leaves it (a change), then waits for the dialog to say it saved. */
async function setField(label: string, value: string): Promise<void> {
  const note = dialog().getByText(/^(Saved|The settings were not saved)/);
  await dialog().getByLabel(label, { exact: true }).fill(value);
  await dialog().getByLabel(label, { exact: true }).press("Tab");
  await note.waitFor();
}

/** What the editor looks like: font, size, line height, longest line; and whether it spellchecks. */
async function editorLook() {
  return ui(env.page).body.evaluate((content) => {
    const style = getComputedStyle(content);
    const scroller = getComputedStyle(content.closest(".cm-scroller") as Element);
    return {
      family: scroller.fontFamily.split(",")[0],
      size: style.fontSize,
      lineHeight: scroller.lineHeight,
      maxWidth: style.maxWidth,
      spellcheck: content.getAttribute("spellcheck"),
    };
  });
}

/** Where the preview is: right of the editor, below it, or not shown. */
async function previewPlace(): Promise<"right" | "below" | "none"> {
  const u = ui(env.page);
  if (!(await u.previewIframe.isVisible())) return "none";
  const [e, p] = [await env.page.getByRole("region", { name: "Editor", exact: true }).boundingBox(), await u.previewIframe.boundingBox()];
  if (!e || !p) return "none";
  return p.y >= e.y + e.height - 1 ? "below" : p.x >= e.x + e.width - 1 ? "right" : "none";
}

const CHANGED = { family: '"Hiragino Mincho ProN"', size: "20px", lineHeight: "40px", maxWidth: "600px", spellcheck: "true" };

test(
  "the editor's font (明朝), size, line height and width, the preview below and spellchecking apply at once, and hold after serve restarts",
  { timeout: 90_000 },
  async () => {
    const { page } = env;
    const u = ui(page);
    await startNewPost(page);
    await imeType(page, "設定のテスト");
    await u.body.click();
    await imeType(page, "吾輩は猫である。名前はまだ無い。");
    await waitForStatus(page, "Saved");
    const before = await editorLook();
    assert.notDeepEqual(before, CHANGED);
    assert.equal(await previewPlace(), "right");

    await openSettings();
    await dialog().getByLabel("Font", { exact: true }).selectOption({ label: "Mincho (serif)" });
    await setField("Font size (px)", "20");
    await setField("Line height", "2");
    await setField("Line width (characters, 0 = the whole pane)", "30");
    await dialog().getByLabel("Preview", { exact: true }).selectOption({ label: "Below the editor" });
    await dialog().getByLabel("Check spelling").check();
    await waitForValue(editorLook, CHANGED, { message: "the editor's look after the changes" });
    await waitForValue(previewPlace, "below", { message: "the preview's place" });

    // A size out of bounds is refused beside its field; nothing changes.
    await dialog().getByLabel("Font size (px)").fill("99");
    await dialog().getByLabel("Font size (px)").press("Tab");
    await dialog().getByText("Enter a number from 10 to 32.").waitFor();
    assert.equal(await dialog().getByLabel("Font size (px)").getAttribute("aria-invalid"), "true");
    assert.equal((await editorLook()).size, "20px");
    await setField("Font size (px)", "20");
    await page.keyboard.press("Escape");
    await dialog().waitFor({ state: "detached" });

    await env.restart();
    await waitForValue(editorLook, CHANGED, { message: "the editor's look after a restart" });
    await waitForValue(previewPlace, "below", { message: "the preview's place after a restart" });
    const stored = JSON.parse(await readFile(path.join(env.server.userDataDir, "settings.json"), "utf8"));
    assert.deepEqual(
      [stored.editorFont, stored.fontSize, stored.lineHeight, stored.lineWidth, stored.previewPosition, stored.spellcheck],
      ["serif", 20, 2, 30, "below", true],
    );
    await openSettings();
    assert.equal(await dialog().getByLabel("Font size (px)").inputValue(), "20");
    assert.equal(await dialog().getByLabel("Font", { exact: true }).inputValue(), "serif");
    await dialog().getByRole("button", { name: "Close" }).click();
  },
);

test(
  "a longer autosave delay holds the save back; the preview set off hides it and its layouts leave the palette",
  { timeout: 90_000 },
  async () => {
    const { page } = env;
    const u = ui(page);
    await openSettings();
    await setField("Autosave after a pause of (seconds)", "6");
    await page.keyboard.press("Escape");
    await u.body.click();
    await page.keyboard.press("Control+End");
    await imeType(page, "追記");
    // The default delay (0.8 s) would have saved well within this.
    await holdsFor(async () => (await statusText(page)) === "Unsaved changes", 2500, "the status “Unsaved changes”");
    await waitForStatus(page, "Saved", { timeout: 10_000 });

    await openSettings();
    await setField("Autosave after a pause of (seconds)", "0.8");
    await dialog().getByLabel("Preview", { exact: true }).selectOption({ label: "Off" });
    await waitForValue(previewPlace, "none", { message: "the preview after Off" });
    assert.equal(await u.split.isVisible(), false, "the layout buttons are hidden");
    await page.keyboard.press("Escape");
    await page.keyboard.press("Control+Shift+P");
    await page.getByRole("combobox", { name: "Command" }).waitFor();
    await page.keyboard.type("preview");
    const options = await page.getByRole("dialog", { name: "Command palette" }).getByRole("option").allTextContents();
    assert.ok(
      !options.some((o) => /Toggle Preview|Preview Only|Split View/.test(o)),
      `no layout with the preview is offered: ${JSON.stringify(options)}`,
    );
    await page.keyboard.press("Escape");
    await openSettings();
    await dialog().getByLabel("Preview", { exact: true }).selectOption({ label: "Right of the editor" });
    await waitForValue(previewPlace, "right", { message: "the preview back on the right" });
    await page.keyboard.press("Escape");
  },
);

test(
  "export defaults are kept, a bad address is refused with the reason, and the site export starts with the address",
  { timeout: 60_000 },
  async () => {
    const { page } = env;
    await openSettings();
    await setField("Site title", "綴りの日々");
    await setField("Address of the site (for the feed)", "ftp://example.com/");
    await dialog()
      .getByText(/The settings were not saved: .*http\(s\) address/)
      .waitFor();
    await setField("Address of the site (for the feed)", "https://example.com/blog/");
    await waitFor(() => dialog().getByText("Saved", { exact: true }).isVisible(), { message: "the address saved" });
    await page.keyboard.press("Escape");
    const stored = JSON.parse(await readFile(path.join(env.server.userDataDir, "settings.json"), "utf8"));
    assert.deepEqual([stored.exportDefaults.siteTitle, stored.exportDefaults.baseUrl], ["綴りの日々", "https://example.com/blog/"]);
    await page.keyboard.press("Control+Shift+P");
    await page.getByRole("combobox", { name: "Command" }).waitFor();
    await page.keyboard.type("export journal");
    await page.keyboard.press("Enter");
    const site = page.getByRole("dialog", { name: "Export journal as site" });
    assert.equal(await site.getByLabel("Address it will be published at (optional)").inputValue(), "https://example.com/blog/");
    await site.getByRole("button", { name: "Close" }).click();
  },
);
