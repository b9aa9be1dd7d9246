import assert from "node:assert/strict";
import { test } from "node:test";
import {
  datePrefixOf,
  isNumberedVariant,
  numberedFileName,
  postFileName,
  titleSlug,
  utf8ByteLength,
} from "../../../core/common/post/index.js";

test("Japanese stays; spaces (also full-width) become single hyphens; lower case", () => {
  assert.equal(titleSlug("カンファレンス2日目のメモ"), "カンファレンス2日目のメモ");
  assert.equal(titleSlug("Conference  Day\u30002"), "conference-day-2");
});

test("characters Windows forbids and control characters never reach a file name", () => {
  const slug = titleSlug('a<b>c:d"e/f\\g|h?i*j\u0000k\u001fl\u007fm');
  assert.equal(slug, "a-b-c-d-e-f-g-h-i-j-k-l-m");
  assert.doesNotMatch(slug, /[<>:"/\\|?*\u0000-\u001f]/);
});

test("no leading or trailing dots, hyphens or spaces", () => {
  assert.equal(titleSlug("  ...hidden? "), "hidden");
  assert.equal(titleSlug("end. . ."), "end");
});

test("Windows reserved device names are avoided", () => {
  for (const name of ["CON", "prn", "Aux", "nul", "COM1", "lpt9", "con.txt"]) {
    const slug = titleSlug(name);
    assert.doesNotMatch(slug, /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i, name);
  }
  assert.equal(titleSlug("console"), "console");
});

test("long titles are cut by UTF-8 bytes, never inside a character", () => {
  const slug = titleSlug("あ".repeat(100), 100);
  assert.equal(slug, "あ".repeat(33));
  assert.ok(utf8ByteLength(slug) <= 100);
  const emoji = titleSlug("😀".repeat(30), 10);
  assert.equal(emoji, "😀😀");
  assert.ok(utf8ByteLength(titleSlug("a b ".repeat(100), 100)) <= 100);
  assert.doesNotMatch(titleSlug("abc ".repeat(40), 100), /-$/);
});

test("nothing usable → untitled", () => {
  for (const t of ["", "   ", "???", "...", "/\\"]) assert.equal(titleSlug(t), "untitled", JSON.stringify(t));
});

test("file names: YYYY-MM-DD-slug.md, numbered variants", () => {
  assert.equal(postFileName("2019-07-24", "カンファレンス 2日目"), "2019-07-24-カンファレンス-2日目.md");
  assert.equal(numberedFileName("2019-07-24-a.md", 1), "2019-07-24-a.md");
  assert.equal(numberedFileName("2019-07-24-a.md", 3), "2019-07-24-a-3.md");
  assert.equal(datePrefixOf("2019-07-24-a.md"), "2019-07-24");
  assert.equal(datePrefixOf("notes.md"), null);
  assert.ok(isNumberedVariant("2019-07-24-a-2.md", "2019-07-24-a.md"));
  assert.ok(isNumberedVariant("2019-07-24-a.md", "2019-07-24-a.md"));
  assert.ok(!isNumberedVariant("2019-07-24-a-b.md", "2019-07-24-a.md"));
});
