// Files the journal cannot read (here: one past the 16 MB post limit) are left out of the list, and
// the app says which, instead of leaving them out silently (issue 15, item 7).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { listedTitles, postText, startEnv, tempDir, removeDir, writePosts, type Env } from "./harness/index.js";

let env: Env;
let journal: string;

before(
  async () => {
    journal = await tempDir("unreadable");
    await writePosts(journal, { "posts/ok.md": postText({ title: "読める投稿" }, "本文\n") });
    await writeFile(join(journal, "posts", "huge.md"), "---\ntitle: 大きすぎる\n---\n\n" + "あ".repeat(6_000_000));
    env = await startEnv({ journalDir: journal });
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

test("a post file too big to open is not listed, and a banner names it with the reason", { timeout: 30_000 }, async () => {
  const { page } = env;
  const banner = page.getByRole("alert").filter({ hasText: "could not be read" });
  await banner.waitFor();
  const text = (await banner.textContent()) ?? "";
  assert.match(text, /posts\/huge\.md/);
  assert.match(text, /16 MB|MB/);
  assert.deepEqual(await listedTitles(page), ["読める投稿"]);
  await banner.getByRole("button", { name: "Dismiss" }).click();
  await banner.waitFor({ state: "hidden" });
});
