import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { operations } from "../../../core/contract/schema.js";
import { SettingsStore } from "../../../core/node/store/index.js";
import { tempDir } from "./helpers.js";

test("the writer's settings (font, size, line, preview, autosave, spellcheck, export defaults) are kept across restarts", async () => {
  const file = path.join(await tempDir(), "settings.json");
  const store = await SettingsStore.open(file);
  const exportDefaults = { siteTitle: "綴りの日々", author: "山田", lang: "ja", baseUrl: "https://example.com/blog/", ogImage: "/og.png" };
  await store.update({
    editorFont: "serif",
    fontSize: 18,
    lineWidth: 40,
    lineHeight: 2,
    previewPosition: "below",
    autosaveMs: 3000,
    spellcheck: true,
    exportDefaults,
  });
  const again = (await SettingsStore.open(file)).get();
  assert.deepEqual(
    [
      again.editorFont,
      again.fontSize,
      again.lineWidth,
      again.lineHeight,
      again.previewPosition,
      again.autosaveMs,
      again.spellcheck,
      again.exportDefaults,
    ],
    ["serif", 18, 40, 2, "below", 3000, true, exportDefaults],
  );
});

test("out-of-range or wrong-typed writer's settings in the file fall back to the defaults, field by field", async () => {
  const file = path.join(await tempDir(), "settings.json");
  await writeFile(
    file,
    JSON.stringify({
      editorFont: "comic",
      fontSize: 400,
      lineWidth: -3,
      lineHeight: "2",
      autosaveMs: 10,
      spellcheck: "yes",
      exportDefaults: { author: "山田", lang: 5 },
    }),
  );
  const s = (await SettingsStore.open(file)).get();
  assert.deepEqual([s.editorFont, s.fontSize, s.lineWidth, s.lineHeight, s.autosaveMs, s.spellcheck], ["system", 16, 46, 1.85, 800, false]);
  assert.deepEqual(s.exportDefaults, { siteTitle: "", author: "山田", lang: "", baseUrl: "", ogImage: "" });
  assert.equal(JSON.parse(await readFile(file, "utf8")).fontSize, 400, "opening does not rewrite the file");
});

test("updateSettings refuses a font size, an export address or a language out of bounds, with a message", () => {
  const schema = operations.updateSettings.args;
  assert.equal(schema.safeParse({ fontSize: 16, previewPosition: "off" }).success, true);
  assert.equal(schema.safeParse({ fontSize: 4 }).success, false);
  assert.equal(schema.safeParse({ previewPosition: "left" }).success, false);
  const bad = schema.safeParse({ exportDefaults: { siteTitle: "", author: "", lang: "ja", baseUrl: "ftp://x", ogImage: "" } });
  assert.equal(bad.success, false);
  assert.match(JSON.stringify(bad.error?.issues), /http\(s\) address/);
  assert.equal(
    schema.safeParse({ exportDefaults: { siteTitle: "", author: "", lang: "日本語", baseUrl: "", ogImage: "" } }).success,
    false,
  );
});
