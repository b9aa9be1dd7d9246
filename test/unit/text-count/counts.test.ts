// The counts a writer reads in the status bar, checked against examples counted by hand: characters
// as read (no Markdown, no URLs, no whitespace, a grapheme is one) and 400字詰め原稿用紙 lines with kinsoku.
import { test } from "node:test";
import assert from "node:assert/strict";
import { countText, paragraphLines, readableParagraphs } from "../../../core/common/text-count/index.js";

const chars = (markdown: string) => countText(markdown).chars;
const lines = (markdown: string) => countText(markdown).manuscriptLines;

test("Japanese and Latin text: every visible character once, whitespace never", () => {
  assert.equal(chars("今日は晴れ。散歩に出かけた。"), 14);
  assert.equal(chars("Hello, world!"), 12);
  assert.equal(chars("今日は　晴れ。\n\n  Tokyo  Tower  "), 16);
});

test("a character is what a reader sees as one: emoji sequences, flags, combining marks", () => {
  assert.equal(chars("家族👨‍👩‍👧と🇯🇵"), 5, "family emoji and a flag count one each");
  assert.equal(chars("cafe\u0301"), 4, "e + combining acute is one");
  assert.equal(chars("か\u3099き"), 2, "か + combining dakuten is one");
  assert.equal(chars("𠮷野家"), 3, "a kanji outside the BMP is one, not two");
});

test("Markdown syntax, link and image addresses and bare URLs are not counted", () => {
  const body = "## 旅の記録\n\n**京都**へ[行った](https://example.com/kyoto)。`git`も使う。\n\n![写真](photo.jpg)";
  // 旅の記録 (4) + 京都へ行った。(7) git (3) も使う。(4)
  assert.equal(chars(body), 18);
  assert.equal(chars("詳しくは https://example.com/a/b を見て。"), 8, "詳しくは (4) + を見て。(4)");
  assert.equal(chars("<https://example.com>だけ"), 2);
  assert.equal(chars("- [x] 済み\n- [ ] まだ\n\n> 引用"), 6, "task boxes, list and quote marks go");
  assert.equal(chars('<span class="x">赤</span>い'), 2, "raw HTML tags go, their text stays");
  assert.equal(chars("注[^1]。\n\n[^1]: 補足"), 4, "footnote marks go, the note is text");
  assert.equal(chars("\\*そのまま\\*"), 6, "escaped characters are text");
});

test("tables count their cells, code counts its text", () => {
  assert.equal(chars("| 項目 | 値 |\n|---|---|\n| CPU | 4 |"), 7);
  assert.equal(chars("```ts\nconst a = 1;\n```"), 9, "const a=1; without spaces");
});

test("a paragraph starts a new manuscript line; a line holds 20 squares", () => {
  assert.equal(lines("あいうえお\n\nかきくけこ"), 2);
  assert.equal(lines("あいうえお\nかきくけこ"), 1, "a line break in the source inside a paragraph is not a new line");
  assert.equal(lines("あいうえお  \nかきくけこ"), 2, "a hard break is");
  assert.equal(lines("あ".repeat(20)), 1);
  assert.equal(lines("あ".repeat(21)), 2);
  assert.equal(lines("# 題\n\n本文"), 2, "a heading is a line of its own");
});

test("kinsoku: 。、 and closing brackets never start a line, they hang on the full line", () => {
  // 春はあけぼの。(7) やうやう白くなりゆく山ぎは (13) = 20 squares, then 、 hangs.
  assert.equal(lines("春はあけぼの。やうやう白くなりゆく山ぎは、"), 1);
  // … 少しあかりて、(7) 紫だちたる雲の細くたなびきたる。(16): 23 more characters, 2 lines.
  assert.equal(lines("春はあけぼの。やうやう白くなりゆく山ぎは、少しあかりて、紫だちたる雲の細くたなびきたる。"), 3);
  assert.equal(lines("「" + "あ".repeat(19) + "」"), 1, "a closing bracket as the 21st character hangs");
  assert.equal(lines("あ".repeat(20) + "」。"), 1, "」。 both hang");
  assert.equal(lines("あ".repeat(20) + "」。な"), 2, "the next character starts the next line");
  assert.equal(lines("あ".repeat(20) + "「な」"), 2, "an opening bracket does start a line");
  assert.equal(paragraphLines([]), 0);
});

test("manuscript sheets: 20 lines each, a sheet begun counts", () => {
  assert.deepEqual(countText("あ".repeat(400)), { chars: 400, manuscriptLines: 20, manuscriptPages: 1 });
  assert.deepEqual(countText("あ".repeat(401)), { chars: 401, manuscriptLines: 21, manuscriptPages: 2 });
  assert.deepEqual(countText(Array(21).fill("短い。").join("\n\n")), { chars: 63, manuscriptLines: 21, manuscriptPages: 2 });
  assert.deepEqual(countText(""), { chars: 0, manuscriptLines: 0, manuscriptPages: 0 });
  assert.deepEqual(
    countText("![only an image](a.png)\n\n---"),
    { chars: 0, manuscriptLines: 0, manuscriptPages: 0 },
    "nothing to read takes no line",
  );
});

test("the paragraphs as read", () => {
  assert.deepEqual(readableParagraphs("# 題\n\n一行目  \n二行目\n\n| a | b |\n|--|--|\n| c | d |"), ["題", "一行目", "二行目", "ab", "cd"]);
});
