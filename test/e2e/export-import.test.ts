// Export and import as a user meets them in the browser host (no native dialogs): "More actions" →
// "Export journal as site…" with the folder typed, the site on disk opened in Chromium; "Export post
// as HTML…" to one file; "Import…" of a Hatena Blog export: a dry run, the import, the report, the
// Japanese posts in the list and their nested lists in the preview; importing again skips them all.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { access, copyFile, readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { writePosts, listedTitles, openPost, removeDir, ROOT, startEnv, tempDir, ui, waitFor, type Env } from "./harness/index.js";

const POSTS: Record<string, string> = {
  "posts/2019/2019-07-20-munieru.md":
    "---\ntitle: 鮭のムニエル\ndate: 2019-07-20T19:10:00+09:00\ntags: [料理]\n---\n\nバターを入れるのが早すぎて焦げた。\n\n- 材料\n  - 鮭\n    - 塩\n",
  "posts/2020/2020-02-11-k8s.md":
    "---\ntitle: Kubernetes 勉強会メモ\ndate: 2020-02-11T13:00:00+09:00\ntags: [kubernetes]\n---\n\nスケジューラの話。[ムニエル](../2019/2019-07-20-munieru.md)\n",
};
const HATENA = join(ROOT, "test", "fixtures", "import", "hatena", "tsuzuri-test.hatenablog.com.export.txt");
const IMPORTED = ["Cloud Native Days Tokyo 2019に行ってきた(2日目)", "週末の作り置き：鶏むね肉のハーブ焼き"];

let env: Env;
let journal = "";
let outside = "";

before(
  async () => {
    journal = await tempDir("export-import");
    outside = await tempDir("export-import-out");
    await writePosts(journal, POSTS);
    env = await startEnv({ journalDir: journal });
  },
  { timeout: 60_000 },
);

after(
  async () => {
    await env?.close();
    await removeDir(journal);
    await removeDir(outside);
  },
  { timeout: 30_000 },
);

/** Opens "More actions" and picks `item`; returns the dialog that opens. */
async function fromMoreMenu(item: string) {
  const { page } = env;
  await page.getByRole("button", { name: "More actions", exact: true }).click();
  const menu = page.getByRole("menu", { name: "More actions" });
  await menu.waitFor();
  await menu.getByRole("menuitem", { name: item, exact: true }).click();
  const dialog = page.getByRole("dialog");
  await dialog.waitFor();
  return dialog;
}

test("Export journal as site: type the folder, run, the site opens from disk in Chromium", { timeout: 90_000 }, async () => {
  const { page, browser } = env;
  const dialog = await fromMoreMenu("Export journal as site…");
  const folder = dialog.getByRole("textbox", { name: "Folder path" });
  assert.ok(await folder.evaluate((el) => el === document.activeElement), "the focus moved into the dialog");
  const site = join(outside, "site");
  await folder.fill(site);
  await dialog.getByRole("button", { name: "Export", exact: true }).click();
  await dialog.getByText(`The site is in ${site}`).waitFor({ timeout: 60_000 });
  assert.match(await dialog.getByText(/files written/).innerText(), /2 posts · \d+ files written · 0 unchanged · 0 removed/);
  assert.ok(await dialog.getByRole("button", { name: "Copy path" }).isVisible(), "serve offers the path to copy");
  await access(join(site, "index.html"));
  const pages = (await readdir(site, { recursive: true })).filter((f) => String(f).endsWith(".html") && String(f) !== "index.html");
  assert.ok(pages.length >= 2, `post and tag pages: ${pages.join(", ")}`);

  // The site works from disk: the index lists the posts, a post page shows the nested list.
  const viewer = await browser.newPage();
  try {
    await viewer.goto(pathToFileURL(join(site, "index.html")).href);
    await viewer.getByRole("link", { name: "鮭のムニエル" }).first().click();
    await viewer.getByRole("heading", { name: "鮭のムニエル" }).waitFor();
    assert.equal(await viewer.locator("ul ul ul li").first().innerText(), "塩");
  } finally {
    await viewer.close();
  }

  // Escape closes it when idle; the focus returns to the "More actions" button.
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "detached" });
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("aria-label")), "More actions");

  // Again: nothing changed, nothing rewritten.
  const again = await fromMoreMenu("Export journal as site…");
  await again.getByRole("textbox", { name: "Folder path" }).fill(site);
  await again.getByRole("textbox", { name: "Folder path" }).press("Enter");
  await again.getByText(/0 files written/).waitFor({ timeout: 60_000 });
  await again.getByRole("button", { name: "Close" }).click();
});

test("Export post as HTML: the open post to one file; a folder that cannot be written says why", { timeout: 60_000 }, async () => {
  const { page } = env;
  await openPost(page, "Kubernetes 勉強会メモ");
  const dialog = await fromMoreMenu("Export post as HTML…");
  const field = dialog.getByRole("textbox", { name: "File path" });
  assert.equal(await field.inputValue(), "~/2020-02-11-k8s.html", "the post's own name is offered");
  const file = join(outside, "one", "k8s.html");
  await field.fill(file);
  await dialog.getByRole("button", { name: "Export", exact: true }).click();
  await dialog.getByText(`Exported to ${file}`).waitFor({ timeout: 30_000 });
  assert.match(await readFile(file, "utf8"), /スケジューラの話/);
  await dialog.getByRole("button", { name: "Close" }).click();
  await dialog.waitFor({ state: "detached" });

  // A file inside a regular file's "folder" cannot be written: the error is shown, the dialog stays.
  await writeFile(join(outside, "not-a-folder"), "x");
  const failing = await fromMoreMenu("Export post as HTML…");
  await failing.getByRole("textbox", { name: "File path" }).fill(join(outside, "not-a-folder", "post.html"));
  await failing.getByRole("button", { name: "Export", exact: true }).click();
  const alert = failing.getByRole("alert").filter({ hasText: "The post could not be exported" });
  await alert.waitFor({ timeout: 30_000 });
  await failing.getByRole("button", { name: "Close" }).click();
});

test(
  "Import a Hatena export: dry run, import with a report, the posts listed and readable; again, all skipped",
  { timeout: 120_000 },
  async () => {
    const { page } = env;
    const source = join(outside, "blog.export.txt");
    await copyFile(HATENA, source);
    const dialog = await fromMoreMenu("Import…");
    const field = dialog.getByRole("textbox", { name: "Folder or file path" });
    await field.fill(source);
    assert.equal(
      await dialog.getByRole("combobox", { name: "Time zone of its dates" }).inputValue(),
      "Asia/Tokyo",
      "the zone shows for an export file",
    );
    await dialog.getByRole("button", { name: "Preview (dry run)" }).click();
    await dialog.getByText("7 posts would be created · 0 would be skipped · 1 failed").waitFor({ timeout: 60_000 });
    const entries = dialog.getByRole("list", { name: "Entries" });
    assert.match(await entries.innerText(), /日付が壊れた記事[\s\S]*DATE/, "the failed entry says why");
    assert.equal(await ui(page).postItem(IMPORTED[1]!).count(), 0, "a dry run writes nothing");

    await dialog.getByRole("button", { name: "Import", exact: true }).click();
    await dialog.getByText("7 posts imported · 0 skipped as duplicates · 1 failed").waitFor({ timeout: 60_000 });
    for (const title of IMPORTED) await ui(page).postItem(title).waitFor({ timeout: 20_000 });
    await dialog.getByRole("button", { name: "Close" }).click();
    await dialog.waitFor({ state: "detached" });
    await waitFor(async () => (await listedTitles(page)).length === 9, { message: "the two posts and the seven imported listed" });

    await openPost(page, IMPORTED[0]!);
    const preview = ui(page).preview;
    await preview.locator("ul ul ul li").first().waitFor({ timeout: 20_000 });
    assert.match(await preview.locator("ul ul ul li").first().innerText(), /アンテナ/);

    const again = await fromMoreMenu("Import…");
    await again.getByRole("textbox", { name: "Folder or file path" }).fill(source);
    await again.getByRole("button", { name: "Import", exact: true }).click();
    await again.getByText("0 posts imported · 7 skipped as duplicates · 1 failed").waitFor({ timeout: 60_000 });
    await again.getByRole("button", { name: "Close" }).click();
    const files = (await readdir(join(journal, "posts"), { recursive: true })).filter((f) => String(f).endsWith(".md"));
    assert.equal(files.length, 9, `no duplicates on disk: ${files.join(", ")}`);
  },
);
