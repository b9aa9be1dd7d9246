import assert from "node:assert/strict";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { DEFAULT_SETTINGS, SettingsStore } from "../../../core/node/store/index.js";
import { tempDir } from "./helpers.js";

/** The defaults of the writer's settings (font, line, preview, autosave, spellcheck, export). */
const WRITING = {
  editorFont: "system",
  fontSize: 16,
  lineWidth: 46,
  lineHeight: 1.85,
  previewPosition: "right",
  autosaveMs: 800,
  spellcheck: false,
  exportDefaults: { siteTitle: "", author: "", lang: "", baseUrl: "", ogImage: "" },
  postsPanel: "auto",
  outlinePanel: "auto",
  verticalPreview: false,
  typewriter: false,
  focusWidth: 40,
};

test("a first start has the defaults, and updates are kept across restarts", async () => {
  const dir = await tempDir();
  const file = path.join(dir, "nested/settings.json");
  const s1 = await SettingsStore.open(file);
  assert.deepEqual(s1.get(), {
    ...WRITING,
    theme: "system",
    lang: "system",
    layout: "split",
    sort: "newest",
    tagsPanel: "auto",
    lastPost: null,
    lastJournal: null,
  });
  const after = await s1.update({ theme: "dark", lastPost: "posts/2019/a.md" });
  assert.equal(after.theme, "dark");
  const s2 = await SettingsStore.open(file);
  assert.deepEqual(s2.get(), { ...DEFAULT_SETTINGS, theme: "dark", lastPost: "posts/2019/a.md" });
});

test("a corrupt settings file gives the defaults and is kept aside, not lost", async () => {
  const dir = await tempDir();
  const file = path.join(dir, "settings.json");
  const junk = '{"theme": "dark", oops';
  await writeFile(file, junk);
  const store = await SettingsStore.open(file);
  assert.deepEqual(store.get(), DEFAULT_SETTINGS);
  const kept = (await readdir(dir)).filter((n) => n.startsWith("settings.json.corrupt-"));
  assert.equal(kept.length, 1);
  assert.equal(await readFile(path.join(dir, kept[0] ?? ""), "utf8"), junk);
  assert.equal(store.recoveredTo, path.join(dir, kept[0] ?? ""));
  await store.update({ layout: "editor" });
  assert.equal((await SettingsStore.open(file)).get().layout, "editor");
});

test("invalid values are ignored and unknown keys (from a newer version) are kept", async () => {
  const dir = await tempDir();
  const file = path.join(dir, "settings.json");
  await writeFile(file, JSON.stringify({ theme: "purple", lang: "ja", future: { x: 1 } }));
  const store = await SettingsStore.open(file);
  assert.equal(store.get().theme, "system");
  assert.equal(store.get().lang, "ja");
  await store.update({ layout: "preview" });
  assert.deepEqual(JSON.parse(await readFile(file, "utf8")).future, { x: 1 });
});

test("a settings file from before the list order and tag sidebar were kept loads with their defaults", async () => {
  const dir = await tempDir();
  const file = path.join(dir, "settings.json");
  await writeFile(file, JSON.stringify({ theme: "dark", lang: "ja", layout: "editor", lastPost: "posts/a.md", lastJournal: "/j" }));
  const store = await SettingsStore.open(file);
  assert.deepEqual(store.get(), {
    ...WRITING,
    theme: "dark",
    lang: "ja",
    layout: "editor",
    sort: "newest",
    tagsPanel: "auto",
    lastPost: "posts/a.md",
    lastJournal: "/j",
  });
});

test("the list order and the tag sidebar's state are kept across restarts; unknown values are ignored", async () => {
  const dir = await tempDir();
  const file = path.join(dir, "settings.json");
  const store = await SettingsStore.open(file);
  await store.update({ sort: "title", tagsPanel: "hidden" });
  const again = await SettingsStore.open(file);
  assert.equal(again.get().sort, "title");
  assert.equal(again.get().tagsPanel, "hidden");
  await again.update({ sort: "random" as never, tagsPanel: "sometimes" as never });
  assert.equal((await SettingsStore.open(file)).get().sort, "title");
  assert.equal((await SettingsStore.open(file)).get().tagsPanel, "hidden");
  await writeFile(file, JSON.stringify({ sort: "shuffle", tagsPanel: 1 }));
  assert.deepEqual(await SettingsStore.open(file).then((s) => [s.get().sort, s.get().tagsPanel]), ["newest", "auto"]);
});
