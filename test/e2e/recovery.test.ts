// Unsaved text survives a crash: while a post's save cannot go through (here: its file was deleted
// by another program), what is typed is kept under .tsuzuri/recovery/; after the app is killed, the
// next start offers it back. Nothing on disk is overwritten by the offer.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  editorText,
  focusBodyEnd,
  imeType,
  markdownFiles,
  openPost,
  parsePostText,
  postText,
  startEnv,
  startServe,
  ui,
  waitFor,
  waitForApp,
  waitForStatus,
  waitForValue,
  writePosts,
  type Env,
  type Served,
} from "./harness/index.js";

let env: Env;
const started: Served[] = [];

before(
  async () => {
    env = await startEnv();
  },
  { timeout: 60_000 },
);

after(
  async () => {
    for (const s of started) await s.stop().catch(() => s.kill());
    await env?.close();
  },
  { timeout: 30_000 },
);

const recoveryDir = () => join(env.server.journalDir, ".tsuzuri", "recovery");
const keptFiles = async () => (await readdir(recoveryDir()).catch(() => [] as string[])).filter((n) => n.endsWith(".json"));

/** Kills the server (a crash: nothing flushed) and opens the app again from a new one on the same journal and user data. */
async function crashAndRestart(): Promise<void> {
  env.server.kill();
  const next = await startServe({ journalDir: env.server.journalDir, userDataDir: env.server.userDataDir });
  started.push(next);
  await env.page.goto(next.url);
  await waitForApp(env.page);
}

test(
  "text typed into a post deleted outside the app is kept, and after a crash offered back as a new post",
  { timeout: 90_000 },
  async () => {
    const { page } = env;
    await writePosts(env.server.journalDir, { "posts/消える投稿.md": postText({ title: "消える投稿" }, "最初の一行。\n") });
    await openPost(page, "消える投稿");
    await rm(join(env.server.journalDir, "posts", "消える投稿.md"));
    await page.getByRole("alert").filter({ hasText: "deleted or moved outside" }).waitFor();

    await focusBodyEnd(page);
    await imeType(page, "消える前に書いた大事な文。");
    await waitFor(
      async () => {
        for (const name of await keptFiles())
          if ((await readFile(join(recoveryDir(), name), "utf8")).includes("消える前に書いた大事な文。")) return true;
        return false;
      },
      { message: "the typed text in a recovery file under .tsuzuri/recovery/" },
    );

    await crashAndRestart();
    const offer = page.getByRole("alert").filter({ hasText: "消える投稿" });
    await offer.waitFor();
    assert.match((await offer.textContent()) ?? "", /was not saved/);
    await offer.getByRole("button", { name: "Restore it" }).click();

    await waitForValue(() => ui(page).title.inputValue(), "消える投稿 (recovered)", { message: "the restored post opened" });
    assert.ok((await editorText(page)).includes("消える前に書いた大事な文。"), "the kept text is in the editor");
    await waitForStatus(page, "Saved");
    const files = await markdownFiles(env.server.journalDir);
    const restored = await Promise.all(files.map(async (f) => parsePostText(await readFile(join(env.server.journalDir, f), "utf8"))));
    const post = restored.find((p) => p.data.title === "消える投稿 (recovered)");
    assert.ok(post, `a new post file holds the text: ${JSON.stringify(restored.map((p) => p.data.title))}`);
    assert.ok(post.body.includes("消える前に書いた大事な文。"));
    await waitFor(async () => (await keptFiles()).length === 0, { message: "the recovery file dropped once restored" });
  },
);

/** Writes a recovery file as an earlier run would have left it. */
async function plantRecovery(path: string, baseHash: string, title: string, body: string): Promise<void> {
  await mkdir(recoveryDir(), { recursive: true });
  const name = createHash("sha256").update(path).digest("hex").slice(0, 32) + ".json";
  await writeFile(
    join(recoveryDir(), name),
    JSON.stringify({ version: 1, savedAt: new Date().toISOString(), path, baseHash, title, tags: [], body }),
  );
}

test(
  "kept text of a post unchanged since goes back into that post; Discard drops the offer and leaves the file as it is",
  { timeout: 90_000 },
  async () => {
    const { page } = env;
    const text = postText({ title: "そのままの投稿" }, "ディスク上の本文。\n");
    await writePosts(env.server.journalDir, {
      "posts/そのまま.md": text,
      "posts/捨てる.md": postText({ title: "捨てる投稿" }, "残る本文。\n"),
    });
    const hash = (s: string) => createHash("sha256").update(s).digest("hex");
    await plantRecovery("posts/そのまま.md", hash(text), "そのままの投稿", "ディスク上の本文。\n保存されなかった続き。\n");
    const other = await readFile(join(env.server.journalDir, "posts", "捨てる.md"), "utf8");
    await plantRecovery("posts/捨てる.md", hash(other), "捨てる投稿", "捨てられる下書き。\n");

    await crashAndRestart();
    const first = page.getByRole("alert").filter({ hasText: "そのままの投稿" });
    await first.getByRole("button", { name: "Restore it" }).click();
    await waitForValue(() => ui(page).title.inputValue(), "そのままの投稿", { message: "the post opened in place" });
    await waitFor(
      async () => (await readFile(join(env.server.journalDir, "posts", "そのまま.md"), "utf8")).includes("保存されなかった続き。"),
      { message: "the kept text saved into the same file" },
    );

    const second = page.getByRole("alert").filter({ hasText: "捨てる投稿" });
    await second.getByRole("button", { name: "Discard" }).click();
    await second.waitFor({ state: "hidden" });
    assert.equal(await readFile(join(env.server.journalDir, "posts", "捨てる.md"), "utf8"), other, "the file is untouched");
    await waitFor(async () => (await keptFiles()).length === 0, { message: "both recovery files gone" });
  },
);
