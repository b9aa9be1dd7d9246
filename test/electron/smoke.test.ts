// The Electron app, driven through Playwright's _electron: start on a temp journal, make a post, see it
// saved to disk. Skipped (with the reason printed) where no Electron binary exists; the binary is
// looked up without require("electron"), which would try to download it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findElectronBinary } from "../../scripts/electron-binary.mjs";

const root = join(import.meta.dirname, "../..");
const binary = findElectronBinary(root);
const TITLE = "Electron smoke post 綴り";

if (!binary.path) console.log(`electron smoke test skipped: ${binary.reason}`);

/** Every .md file under `dir`, recursively. */
async function markdownFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith(".")) out.push(...(await markdownFiles(p)));
    else if (entry.isFile() && entry.name.endsWith(".md")) out.push(p);
  }
  return out;
}

async function waitFor<T>(what: string, probe: () => Promise<T | null>, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

test("Electron: a new post typed in the window is saved to the journal", { skip: binary.path ? false : binary.reason }, async () => {
  if (!existsSync(join(root, "dist", "electron", "main.js"))) {
    assert.equal(spawnSync(process.execPath, [join(root, "scripts", "build.mjs")], { cwd: root, stdio: "inherit" }).status, 0);
  }
  const { _electron } = await import("playwright");
  const tmp = await mkdtemp(join(tmpdir(), "tsuzuri-electron-"));
  const journal = join(tmp, "journal");
  const app = await _electron.launch({
    executablePath: binary.path!,
    args: [join(root, "dist", "electron", "main.js"), "--journal", journal, "--user-data", join(tmp, "user-data")],
    cwd: root,
  });
  try {
    const page = await app.firstWindow();
    await page.getByRole("button", { name: "New post" }).click();
    await page.getByRole("textbox", { name: "Title" }).fill(TITLE);
    const file = await waitFor("the post on disk", async () => {
      for (const f of await markdownFiles(journal).catch(() => [])) {
        if ((await readFile(f, "utf8")).includes(TITLE)) return f;
      }
      return null;
    });
    await page.getByRole("status").filter({ hasText: "Saved" }).waitFor();
    const text = await readFile(file, "utf8");
    assert.match(text, /^---\n[\s\S]*title: .*Electron smoke post 綴り[\s\S]*\n---\n/);
  } finally {
    await app.close();
    await rm(tmp, { recursive: true, force: true });
  }
});
