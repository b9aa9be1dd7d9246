// Print…: the open post's print view through serve (the export's page and print stylesheet), printed
// to PDF by Chromium (page.pdf()); the PDF's text is read back through its fonts' ToUnicode maps.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { openPost, postText, startEnv, waitFor, waitForListed, writePosts, type Env } from "./harness/index.js";
import { pdfText } from "./harness/pdf-text.js";

let env: Env;
const TITLE = "印刷のテスト";
const PARAS = Array.from(
  { length: 24 },
  (_, i) =>
    `第${i + 1}段落。吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。何でも薄暗いじめじめした所でニャーニャー泣いていた事だけは記憶している。`,
);
const CODE = Array.from({ length: 28 }, (_, i) => `line${String(i + 1).padStart(2, "0")} = ${i + 1}`);
const BODY = `# 吾輩は猫である\n\n${PARAS.slice(0, 14).join("\n\n")}\n\n\`\`\`\n${CODE.join("\n")}\n\`\`\`\n\n${PARAS.slice(14).join("\n\n")}\n`;

/** Opens the post, runs the palette's command found by `typed`, and waits for the print view it opens. */
async function printViewFrom(page: Env["page"], typed: string): Promise<Env["page"]> {
  await openPost(page, TITLE);
  await page.keyboard.press("Control+Shift+P");
  await page.getByRole("combobox", { name: "Command" }).waitFor();
  await page.keyboard.type(typed);
  const popupOpened = page.waitForEvent("popup");
  await page.keyboard.press("Enter");
  const view = await popupOpened;
  await waitFor(async () => ((await view.textContent("body").catch(() => "")) ?? "").includes("第24段落"), {
    message: "the post in the print view",
    timeout: 15_000,
  });
  return view;
}

before(
  async () => {
    env = await startEnv();
    await writePosts(env.server.journalDir, {
      "posts/2024/2024-05-01-print.md": postText({ title: TITLE, date: "2024-05-01T09:00:00+09:00" }, BODY),
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

test(
  "Print… (from the palette) opens the post's print view; its PDF holds the Japanese text on its pages, and the code block is not split",
  { timeout: 90_000 },
  async () => {
    const { page } = env;
    // The print dialog is the browser's, which a test cannot press: print() only notes it was asked for,
    // and page.pdf() prints the view instead.
    await page.context().addInitScript(() => {
      window.print = () => void ((window as unknown as { printAsked: number }).printAsked = 1);
    });
    const view = await printViewFrom(page, "print");
    assert.equal(await view.locator("h1").first().textContent(), TITLE);
    assert.equal(await view.locator("pre").count(), 1);
    await waitFor(() => view.evaluate(() => (window as unknown as { printAsked?: number }).printAsked === 1), {
      message: "the print dialog asked for",
    });

    const pdf = await view.pdf({ format: "A4" });
    assert.equal(pdf.subarray(0, 5).toString("latin1"), "%PDF-");
    // The CJK font's ToUnicode map names some shared glyphs by their Kangxi radical (生 as ⽣): NFKC reads them back.
    const { pages, text: raw } = pdfText(pdf);
    const text = raw.map((t) => t.normalize("NFKC"));
    assert.ok(pages >= 2, `the post fills more than one page (${pages})`);
    const all = text.join("");
    assert.ok(
      text[0]!.includes(TITLE) && text[0]!.includes("第1段落。吾輩は猫である。"),
      `the first page starts the post: ${text[0]!.slice(0, 200)}`,
    );
    for (const p of PARAS) assert.ok(all.includes(p), `the PDF's text has “${p.slice(0, 8)}…”`);
    const codePage = text.findIndex((t) => t.includes("line01"));
    assert.ok(codePage >= 0 && text[codePage]!.includes("line28"), `the code block is on one page (page ${codePage + 1})`);
    await view.close();
  },
);

test("Export Post as PDF… in serve (no host printer) says how, and opens the same print view", { timeout: 60_000 }, async () => {
  const { page } = env;
  const view = await printViewFrom(page, "Export Post as PDF");
  await page.getByRole("alert").filter({ hasText: "Export as PDF needs the desktop app" }).waitFor();
  await view.close();
});
