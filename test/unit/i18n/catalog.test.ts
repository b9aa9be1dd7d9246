// The message catalog: complete in both languages, placeholders filled, languages resolved.
import { test } from "node:test";
import assert from "node:assert/strict";
import { catalog, createTranslator, en, ja, LANGS, resolveLang, t, type MessageKey } from "../../../core/common/i18n/index.js";

const keys = Object.keys(en) as MessageKey[];
const placeholders = (m: unknown): string[] => [...JSON.stringify(m).matchAll(/\{(\w+)\}/g)].map((x) => x[1] ?? "").sort();

test("every key has a non-empty message in every language, and no language has extra keys", () => {
  for (const lang of LANGS) {
    assert.deepEqual(Object.keys(catalog[lang]).sort(), [...keys].sort(), `keys of ${lang}`);
    for (const key of keys) {
      const text = t(lang, key, { count: 2 });
      assert.ok(text.trim().length > 0, `${lang}:${key} is empty`);
    }
  }
});

test("a translation uses the same placeholders as the English message", () => {
  for (const key of keys) {
    assert.deepEqual([...new Set(placeholders(ja[key]))], [...new Set(placeholders(en[key]))], key);
  }
});

test("Japanese messages are actually Japanese where the English is prose", () => {
  for (const key of ["sidebar.newPost", "status.saved", "banner.conflict", "menu.file", "menu.quit"] as const) {
    assert.notEqual(t("ja", key), t("en", key), key);
  }
  assert.equal(t("ja", "menu.file"), "ファイル");
});

test("parameters are substituted, and numbers formatted for the language", () => {
  assert.equal(t("en", "status.chars", { count: 1234 }), "1,234 characters");
  assert.equal(t("ja", "status.chars", { count: 1234 }), "1,234文字");
  assert.equal(t("en", "status.chars", { count: 1 }), "1 character");
  assert.equal(t("en", "status.notSaved", { message: "disk full" }), "Not saved: disk full");
  assert.equal(t("ja", "dialog.delete.body", { title: "日記" }).includes("「日記」"), true);
});

test("a placeholder without a parameter is left visible rather than dropped", () => {
  assert.equal(t("en", "status.notSaved", {}), "Not saved: {message}");
});

test("a translator is bound to its language", () => {
  const tr = createTranslator("ja");
  assert.equal(tr.lang, "ja");
  assert.equal(tr("status.saved"), "保存済み");
  assert.equal(createTranslator("en")("status.saved"), "Saved");
});

test("the UI language comes from the setting, else the browser's preferences, else English", () => {
  assert.equal(resolveLang("ja", ["en-US"]), "ja");
  assert.equal(resolveLang("en", ["ja-JP"]), "en");
  assert.equal(resolveLang("system", ["fr-FR", "ja-JP", "en"]), "ja");
  assert.equal(resolveLang(null, ["en-GB"]), "en");
  assert.equal(resolveLang(undefined, ["de", "fr"]), "en");
  assert.equal(resolveLang("system", []), "en");
  assert.equal(resolveLang("JA_jp", []), "ja");
});
