// Export Post as PDF… in the real Electron app, through Playwright's _electron: the save dialog is
// answered from the main process, the palette runs the command, and the PDF on disk holds the post's
// Japanese text. Skipped (with the reason printed) where no Electron binary exists, like the smoke test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findElectronBinary } from "../../scripts/electron-binary.mjs";
import { pdfText } from "../e2e/harness/pdf-text.js";

const root = join(import.meta.dirname, "../..");
const binary = findElectronBinary(root);
const TITLE = "PDFの書き出し";
const BODY = "吾輩は猫である。名前はまだ無い。\n\nどこで生れたかとんと見当がつかぬ。\n";

if (!binary.path) console.log(`electron PDF export test skipped: ${binary.reason}`);

test(
  "Electron: Export Post as PDF… writes a PDF holding the post's Japanese text",
  { skip: binary.path ? false : binary.reason },
  async () => {
    if (!existsSync(join(root, "dist", "electron", "main.js"))) {
      assert.equal(spawnSync(process.execPath, [join(root, "scripts", "build.mjs")], { cwd: root, stdio: "inherit" }).status, 0);
    }
    const { _electron } = await import("playwright");
    const tmp = await mkdtemp(join(tmpdir(), "tsuzuri-electron-pdf-"));
    const journal = join(tmp, "journal");
    await mkdir(join(journal, "posts"), { recursive: true });
    await writeFile(join(journal, "posts", "neko.md"), `---\ntitle: ${TITLE}\ndate: 2024-05-01T09:00:00+09:00\n---\n\n${BODY}`);
    const file = join(tmp, "out", "neko.pdf");
    const app = await _electron.launch({
      executablePath: binary.path!,
      args: [join(root, "dist", "electron", "main.js"), "--journal", journal, "--user-data", join(tmp, "user-data")],
      cwd: root,
    });
    try {
      // The native save dialog cannot be pressed by a test: the main process answers it instead.
      await app.evaluate(({ dialog }, chosen) => {
        dialog.showSaveDialog = (async (...args: unknown[]) => {
          (globalThis as { suggested?: unknown }).suggested = (args.at(-1) as { defaultPath?: string }).defaultPath;
          return { canceled: false, filePath: chosen };
        }) as typeof dialog.showSaveDialog;
      }, file);
      const page = await app.firstWindow();
      await page.getByRole("textbox", { name: "Title" }).waitFor();
      await page.keyboard.press("Control+Shift+P");
      await page.getByRole("combobox", { name: "Command" }).waitFor();
      await page.keyboard.type("PDF");
      await page.keyboard.press("Enter");
      await page.getByText("Saved the PDF as").waitFor({ timeout: 30_000 });
      const suggested = await app.evaluate(() => (globalThis as { suggested?: string }).suggested);
      assert.match(String(suggested), /neko\.pdf$/, "the dialog suggests the post's file name with .pdf");
      const pdf = await readFile(file);
      assert.equal(pdf.subarray(0, 5).toString("latin1"), "%PDF-");
      const text = pdfText(pdf)
        .text.map((t) => t.normalize("NFKC"))
        .join("");
      assert.ok(text.includes(TITLE) && text.includes("吾輩は猫である。"), `the PDF's text: ${text.slice(0, 200)}`);
    } finally {
      await app.close();
      await rm(tmp, { recursive: true, force: true });
    }
  },
);
