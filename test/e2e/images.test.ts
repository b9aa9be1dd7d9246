// Images in posts through `serve`: a PNG and a JPEG pasted into the Body (a real ClipboardEvent with
// File objects), one dropped at a place in the text (real DragEvents), Insert image… through the
// browser's file chooser. Each lands under assets/<post>/ with the same bytes, `![alt](link)` is in the
// file on disk at that place, and the preview shows the image loaded. A dropped .txt is refused with a
// message and changes nothing; a text paste stays a text paste. Import… with "Download the posts'
// images" fetches a Hatena export's images from a local server (127.0.0.1) into the journal.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFile, readdir, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { Page } from "playwright";
import {
  editorText,
  holdsFor,
  openPost,
  removeDir,
  startEnv,
  tempDir,
  ui,
  waitFor,
  waitForStatus,
  writePosts,
  type Env,
} from "./harness/index.js";

const POST = "posts/2026/2026-12-03-dinner.md";
const ASSETS = "assets/2026-12-03-dinner";
const LINK = `../../${ASSETS}`;
const TITLE = "夕飯の記録";
const FIRST_LINE = "今日の夕飯は焼き魚。";

let env: Env;
let journal = "";

/** A file to hand to the page: its name, type and bytes (base64). */
interface PageFile {
  name: string;
  type: string;
  base64: string;
}

/** Real images drawn by Chromium's canvas: `type` image/png or image/jpeg, `w`×`h` pixels. */
async function drawImage(page: Page, type: string, w: number, h: number, colour: string): Promise<string> {
  return page.evaluate(
    async ({ type, w, h, colour }) => {
      const canvas = document.createElement("canvas");
      canvas.width = w;
      canvas.height = h;
      const g = canvas.getContext("2d")!;
      g.fillStyle = colour;
      g.fillRect(0, 0, w, h);
      g.fillStyle = "#fff";
      g.fillRect(2, 2, w / 2, h / 2);
      const url = canvas.toDataURL(type, 0.9);
      return url.slice(url.indexOf(",") + 1);
    },
    { type, w, h, colour },
  );
}

/**
 * Dispatches `kind` on the editor's content with a DataTransfer holding `files` (and `text`):
 * "paste" as a ClipboardEvent; "drop" as dragenter, dragover and drop at the end of line `line` (1-based).
 */
async function transfer(
  page: Page,
  kind: "paste" | "drop",
  files: PageFile[],
  options: { text?: string; line?: number } = {},
): Promise<{ dragShown: boolean }> {
  return ui(page).body.evaluate(
    (content, { kind, files, text, line }) => {
      const dt = new DataTransfer();
      for (const f of files) {
        const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
        dt.items.add(new File([bytes], f.name, { type: f.type }));
      }
      if (text !== undefined) dt.setData("text/plain", text);
      if (kind === "paste") {
        content.dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
        return { dragShown: false };
      }
      const target = content.querySelectorAll(".cm-line")[(line ?? 1) - 1]!;
      const range = document.createRange();
      range.selectNodeContents(target);
      const rect = range.getBoundingClientRect();
      const at = { clientX: rect.right + 2, clientY: rect.top + rect.height / 2 };
      let dragShown = false;
      for (const type of ["dragenter", "dragover", "drop"]) {
        const allowed = !target.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true, ...at }));
        // While files are over it, the editor accepts the drop (default prevented) and is outlined.
        if (type === "dragover") dragShown = allowed && !!content.closest(".cm-editor")?.classList.contains("cm-image-drag");
      }
      return { dragShown };
    },
    { kind, files, text: options.text, line: options.line },
  );
}

const postOnDisk = () => readFile(join(journal, POST), "utf8");
const assetBytes = (name: string) => readFile(join(journal, ASSETS, name));

/** Waits until the file on disk contains `text`, and returns it. */
async function waitForDisk(text: string): Promise<string> {
  let last = "";
  await waitFor(async () => (last = await postOnDisk()).includes(text), {
    message: () => `the post on disk to contain ${JSON.stringify(text)}; it is:\n${last}`,
  });
  return last;
}

/** The preview's images whose src ends with `suffix`, once they have loaded: their natural widths. */
async function loadedPreviewImages(page: Page, suffix: string, count: number): Promise<number[]> {
  const frame = ui(page).preview;
  let widths: number[] = [];
  await waitFor(
    async () => {
      widths = await frame
        .locator("img")
        .evaluateAll(
          (imgs, suffix) =>
            (imgs as HTMLImageElement[]).filter((i) => decodeURI(i.src).endsWith(suffix) && i.complete).map((i) => i.naturalWidth),
          suffix,
        );
      return widths.length === count && widths.every((w) => w > 0);
    },
    { message: () => `${count} loaded image(s) ending in ${suffix} in the preview; widths ${JSON.stringify(widths)}` },
  );
  return widths;
}

before(
  async () => {
    journal = await tempDir("images");
    await writePosts(journal, {
      [POST]: `---\ntitle: ${TITLE}\ndate: 2026-12-03T19:30:00+09:00\n---\n\n${FIRST_LINE}\n\n味噌汁も作った。\n`,
    });
    env = await startEnv({ journalDir: journal });
    await openPost(env.page, TITLE);
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

test(
  "pasting a PNG and a JPEG puts both under assets/<post>/ and links them at the cursor, shown in the preview",
  { timeout: 60_000 },
  async () => {
    const { page } = env;
    const png = await drawImage(page, "image/png", 40, 30, "#2a7");
    const jpeg = await drawImage(page, "image/jpeg", 48, 32, "#c63");
    await ui(page).body.click();
    await page.keyboard.press("Control+End");
    await transfer(page, "paste", [
      { name: "焼き魚 定食.png", type: "image/png", base64: png },
      { name: "cake.jpg", type: "image/jpeg", base64: jpeg },
    ]);
    const lines = `![焼き魚 定食](${LINK}/焼き魚%20定食.png)\n![cake](${LINK}/cake.jpg)`;
    await waitFor(async () => (await editorText(page)).endsWith(`味噌汁も作った。\n${lines}`), {
      message: "the two image links at the cursor",
    });
    await waitForStatus(page, "Saved");
    assert.ok((await waitForDisk(lines)).endsWith(`味噌汁も作った。\n${lines}`), "the links are on disk where they were pasted");
    assert.deepEqual(await assetBytes("焼き魚 定食.png"), Buffer.from(png, "base64"), "the PNG's bytes");
    assert.deepEqual(await assetBytes("cake.jpg"), Buffer.from(jpeg, "base64"), "the JPEG's bytes");
    assert.deepEqual(await loadedPreviewImages(page, `/${ASSETS}/焼き魚 定食.png`, 1), [40]);
    assert.deepEqual(await loadedPreviewImages(page, `/${ASSETS}/cake.jpg`, 1), [48]);
    assert.ok(!(await postOnDisk()).includes("base64"), "no image bytes in the text");
  },
);

test("a pasted screenshot without a name gets a dated name and an empty alt; a text paste stays text", { timeout: 30_000 }, async () => {
  const { page } = env;
  const png = await drawImage(page, "image/png", 16, 16, "#36c");
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Enter");
  await transfer(page, "paste", [{ name: "image.png", type: "image/png", base64: png }]);
  const text = await waitFor(
    async () => /!\[\]\(\.\.\/\.\.\/assets\/2026-12-03-dinner\/image-\d{8}-\d{6}\.png\)$/.exec(await editorText(page))?.[0],
    { message: "a dated screenshot link" },
  );
  const name = text.slice(text.lastIndexOf("/") + 1, -1);
  assert.deepEqual(await assetBytes(name), Buffer.from(png, "base64"));
  // Text with a picture beside it (as word processors copy) is pasted as text; nothing is added.
  const before = (await readdir(join(journal, ASSETS))).length;
  await page.keyboard.press("Enter");
  await transfer(page, "paste", [{ name: "clip.png", type: "image/png", base64: png }], { text: "貼り付けた文章" });
  await waitFor(async () => (await editorText(page)).endsWith("\n貼り付けた文章"), { message: "the pasted text" });
  await waitForStatus(page, "Saved");
  assert.equal((await readdir(join(journal, ASSETS))).length, before, "no image was added for a text paste");
});

test("dropping an image puts its link where it was dropped", { timeout: 30_000 }, async () => {
  const { page } = env;
  const png = await drawImage(page, "image/png", 24, 20, "#963");
  const { dragShown } = await transfer(page, "drop", [{ name: "盛り付け.png", type: "image/png", base64: png }], { line: 1 });
  assert.ok(dragShown, "dragging files over the editor outlines it and allows the drop");
  assert.equal(await page.locator(".cm-editor.cm-image-drag").count(), 0, "the outline goes with the drop");
  const link = `![盛り付け](${LINK}/盛り付け.png)`;
  await waitFor(async () => (await editorText(page)).startsWith(`${FIRST_LINE}${link}\n`), {
    message: "the link at the end of the first line",
  });
  await waitForStatus(page, "Saved");
  await waitForDisk(`\n${FIRST_LINE}${link}\n`);
  assert.deepEqual(await assetBytes("盛り付け.png"), Buffer.from(png, "base64"));
  await loadedPreviewImages(page, `/${ASSETS}/盛り付け.png`, 1);
});

test("a dropped .txt is refused with a message and the post is unchanged; a dropped .md offers Import", { timeout: 30_000 }, async () => {
  const { page } = env;
  await waitForStatus(page, "Saved");
  const before = await postOnDisk();
  const shown = await editorText(page);
  await transfer(page, "drop", [{ name: "memo.txt", type: "text/plain", base64: Buffer.from("メモ").toString("base64") }], { line: 1 });
  const alert = page.getByRole("alert").filter({ hasText: "“memo.txt” is not an image" });
  await alert.waitFor();
  await holdsFor(async () => (await editorText(page)) === shown && (await postOnDisk()) === before, 800, "the post to stay as it was");
  await alert.getByRole("button", { name: "Dismiss" }).click();

  // An image dropped beside the editor (on the post list) is refused there: the app stays.
  const url = page.url();
  const refused = await ui(page).posts.evaluate((list) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], "x.png", { type: "image/png" }));
    return !list.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  assert.ok(refused, "the browser does not open the dropped file");
  assert.equal(page.url(), url);

  await transfer(page, "drop", [{ name: "other.md", type: "text/markdown", base64: Buffer.from("# x").toString("base64") }], { line: 1 });
  const offer = page.getByRole("alert").filter({ hasText: "“other.md” is a Markdown file" });
  await offer.getByRole("button", { name: "Import…" }).click();
  await page.getByRole("dialog").getByRole("textbox", { name: "Folder or file path" }).waitFor();
  await page.keyboard.press("Escape");
  assert.equal(await editorText(page), shown, "nothing was inserted");
});

test(
  "Insert image… (More actions) opens the browser's file chooser and links the chosen image at the cursor",
  { timeout: 30_000 },
  async () => {
    const { page } = env;
    const jpeg = await drawImage(page, "image/jpeg", 30, 20, "#484");
    await ui(page).body.click();
    await page.keyboard.press("Control+End");
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "More actions", exact: true }).click();
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("menu", { name: "More actions" }).getByRole("menuitem", { name: "Insert image…", exact: true }).click();
    await (await chooser).setFiles({ name: "デザート.jpeg", mimeType: "image/jpeg", buffer: Buffer.from(jpeg, "base64") });
    const link = `![デザート](${LINK}/デザート.jpeg)`;
    await waitFor(async () => (await editorText(page)).endsWith(`\n${link}`), { message: "the chosen image's link at the cursor" });
    await waitForStatus(page, "Saved");
    await waitForDisk(link);
    assert.deepEqual(await assetBytes("デザート.jpeg"), Buffer.from(jpeg, "base64"));
    await loadedPreviewImages(page, `/${ASSETS}/デザート.jpeg`, 1);

    // The keyboard reaches it too (Ctrl+Shift+I: the page's file input), and the same bytes chosen
    // again are not copied twice.
    await page.keyboard.press("Enter");
    await page.keyboard.press("Control+Shift+I");
    await page
      .getByLabel("Image to insert")
      .setInputFiles({ name: "デザート.jpeg", mimeType: "image/jpeg", buffer: Buffer.from(jpeg, "base64") });
    await waitFor(async () => (await editorText(page)).endsWith(`${link}\n${link}`), { message: "the second link" });
    assert.deepEqual(
      (await readdir(join(journal, ASSETS))).filter((n) => n.startsWith("デザート")),
      ["デザート.jpeg"],
    );
  },
);

test(
  "Import… with “Download the posts’ images” brings a Hatena entry's image into assets/ and the preview shows it",
  { timeout: 60_000 },
  async () => {
    const { page } = env;
    const png = Buffer.from(await drawImage(page, "image/png", 36, 24, "#a52"), "base64");
    const asked: string[] = [];
    const server = createServer((req, res) => {
      asked.push(req.url ?? "");
      if (req.url === "/fotolife/20261204.png") res.writeHead(200, { "Content-Type": "image/png" }).end(png);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const outside = await tempDir("images-import");
    try {
      const source = join(outside, "me.hatenablog.com.export.txt");
      await writeFile(
        source,
        `AUTHOR: me\nTITLE: 朝ごはん\nBASENAME: 2026/12/04/070000\nSTATUS: Publish\nCONVERT BREAKS: 0\nDATE: 12/04/2026 07:00:00\n-----\nBODY:\n` +
          `<p>卵焼き。</p><p><img src="${base}/fotolife/20261204.png" alt="卵焼きの写真"></p><p><img src="${base}/gone.png" alt="消えた"></p>\n-----\n--------\n`,
      );
      await page.getByRole("button", { name: "More actions", exact: true }).click();
      await page.getByRole("menu", { name: "More actions" }).getByRole("menuitem", { name: "Import…", exact: true }).click();
      const dialog = page.getByRole("dialog");
      await dialog.getByRole("textbox", { name: "Folder or file path" }).fill(source);
      await dialog.getByRole("checkbox", { name: "Download the posts’ images into the journal" }).check();
      await dialog.getByRole("button", { name: "Import", exact: true }).click();
      await dialog.getByText(/1 post imported/).waitFor({ timeout: 30_000 });
      assert.match(
        await dialog.innerText(),
        /gone\.png could not be downloaded \(the server answered 404\)/,
        "the failed image is reported",
      );
      await dialog.getByRole("button", { name: "Close" }).click();

      const posts = await readdir(join(journal, "posts/2026"));
      const file = posts.find((n) => n.includes("朝ごはん"))!;
      const stem = file.replace(/\.md$/, "");
      const text = await readFile(join(journal, "posts/2026", file), "utf8");
      assert.ok(text.includes(`![卵焼きの写真](../../assets/${stem}/20261204.png)`), text);
      assert.ok(text.includes(`![消えた](${base}/gone.png)`), "the 404 keeps its address");
      assert.deepEqual(await readFile(join(journal, "assets", stem, "20261204.png")), png);
      assert.deepEqual(asked.sort(), ["/fotolife/20261204.png", "/gone.png"]);
      await openPost(page, "朝ごはん");
      assert.deepEqual(await loadedPreviewImages(page, `/assets/${stem}/20261204.png`, 1), [36]);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await removeDir(outside);
    }
  },
);
