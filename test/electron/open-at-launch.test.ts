// Files to open given at launch, against the stand-in electron module: a post named on the command
// line decides where the window starts (its journal, that post), and a file macOS hands over in an
// open-file event before `ready` is not lost — it is handled once the window is there.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Settings } from "../../core/contract/index.js";
import { bootMain, until, type BootedMain } from "./boot-main.js";
import { state } from "./fake-electron.js";

let tmp: string;
let main: BootedMain;
let other: string;
let prevented = false;

before(async () => {
  tmp = await mkdtemp(join(tmpdir(), "tsuzuri-electron-launch-"));
  other = join(tmp, "other");
  await mkdir(join(other, ".tsuzuri"), { recursive: true });
  await mkdir(join(other, "posts"), { recursive: true });
  await writeFile(join(other, "posts", "second.md"), "# 二つ目\n");
  await writeFile(join(other, "posts", "wanted.md"), "# 開きたい投稿\n");
  await mkdir(join(tmp, "loose"), { recursive: true });
  await writeFile(join(tmp, "loose", "note.md"), "# メモ\n");
  let release = () => {};
  state().ready = new Promise<void>((resolve) => (release = resolve));
  main = await bootMain(
    ["--journal", join(tmp, "journal"), "--user-data", join(tmp, "user-data"), join(other, "posts", "wanted.md")],
    async () => {
      // Finder's double-click on a file arrives before the app is ready.
      state().app.emit("open-file", { preventDefault: () => (prevented = true) }, join(tmp, "loose", "note.md"));
      assert.equal(state().windows.length, 0, "not ready yet: no window");
      release();
    },
  );
});

after(async () => {
  // Quitting closes the journal (its watcher), so this test's process can end.
  state().app.quit();
  await until("the app to quit", () => (state().quit ? true : null));
  await main?.cleanUp();
  await rm(tmp, { recursive: true, force: true });
});

test("a post on the command line, in another journal than --journal, opens that journal and the window starts at it", async () => {
  const journal = await main.invoke("getJournal", {});
  assert.ok(journal.ok);
  assert.equal((journal.value as { dir: string }).dir, other);
  const settings = await main.invoke("getSettings", {});
  assert.ok(settings.ok);
  assert.equal((settings.value as Settings).lastPost, "posts/wanted.md", "the post the renderer opens at start");
});

test("an open-file event before ready is kept and handled once the window is there (here: the import offer)", async () => {
  assert.ok(prevented, "the event is taken");
  const ask = await until("the import question", () => state().dialogs.find((d) => d.kind === "message"));
  assert.match(String(ask.options.message), /“note\.md” is not in a Tsuzuri journal/);
  assert.match(String(ask.options.detail), /“other”/, "offered into the journal now open");
});
