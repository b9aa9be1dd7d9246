// The README's screenshots of the main window: a Japanese post (a four-level list, a table, code) in
// the split view, in English and in Japanese, light and dark. Each is checked first: the UI speaks
// the language asked for and shows the theme asked for, with the post in the editor and the preview.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { t as translate } from "../../core/common/i18n/index.js";
import { launchBrowser, openPage, removeDir, ROOT, startServe, tempDir, waitForApp, writePosts, type Served } from "./harness/index.js";
import type { Browser } from "playwright";

const TITLE = "Cloud Native Days 2日目のメモ";
const BODY = [
  "セッションのメモと簡単な感想をまとめた。",
  "",
  "## キーノート",
  "",
  "- 仮想化されたモバイルネットワーク",
  "  - OpenStack で構築",
  "    - 主な構成",
  "      - vRAN, EPC, IMS",
  "- 決済システムの内製化",
  "",
  "| 時間 | セッション |",
  "| --- | --- |",
  "| 10:00 | キーノート |",
  "| 13:00 | 内製化への旅 |",
  "",
  "```ts",
  'const note: string = "綴り";',
  "```",
  "",
].join("\n");

let browser: Browser;
let server: Served;
let journal: string;

before(
  async () => {
    journal = await tempDir("screenshots");
    await writePosts(journal, {
      "posts/2019/2019-07-24-cndt.md": `---\ntitle: ${TITLE}\ndate: 2019-07-24T21:30:00+09:00\ntags: [conference, kubernetes]\n---\n\n${BODY}`,
    });
    server = await startServe({ journalDir: journal });
    browser = await launchBrowser();
  },
  { timeout: 60_000 },
);

after(
  async () => {
    await browser?.close();
    await server?.stop().catch(() => server.kill());
    await removeDir(journal);
    await removeDir(server.userDataDir);
  },
  { timeout: 30_000 },
);

for (const lang of ["en", "ja"] as const) {
  for (const scheme of ["light", "dark"] as const) {
    test(`screenshot: ${lang}, ${scheme}`, { timeout: 60_000 }, async () => {
      const app = await openPage(browser, `${server.url}&lang=${lang}`, { colorScheme: scheme, locale: lang === "ja" ? "ja-JP" : "en-US" });
      try {
        const { page } = app;
        await waitForApp(page, translate(lang, "sidebar.newPost"));
        assert.equal(await page.locator("html").getAttribute("lang"), lang);
        assert.equal(await page.locator("html").getAttribute("data-theme"), scheme);
        // The only post opens by itself: in the editor and, rendered, in the preview.
        await page.locator(".cm-content").filter({ hasText: "キーノート" }).waitFor();
        await page
          .frameLocator(`iframe[title="${translate(lang, "preview.title")}"]`)
          .locator("table")
          .waitFor({ state: "visible" });
        await mkdir(join(ROOT, "docs"), { recursive: true });
        await page.screenshot({ path: join(ROOT, "docs", `screenshot-${lang}-${scheme}.png`) });
      } finally {
        await app.context.close();
      }
    });
  }
}
