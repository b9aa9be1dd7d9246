// Enter in lists: the next item with the right marker, an empty item moving out one level, and an
// empty top-level item ending the list with a clean blank line (no spaces, no loose list).
import { test } from "node:test";
import assert from "node:assert/strict";
import { markdownEnter, softEnter } from "../../../renderer/editor/enter.js";
import { repeat, run } from "./helpers.js";

const enter = (text: string) => run(markdownEnter, text);

test("Enter in a bullet item starts the next one; the text after the cursor moves with it", () => {
  assert.equal(enter("- りんご▮"), "- りんご\n- ▮");
  assert.equal(enter("* one▮"), "* one\n* ▮");
  assert.equal(enter("- 林檎と▮みかん"), "- 林檎と\n- ▮みかん");
  assert.equal(enter("- trailing   ▮"), "- trailing\n- ▮", "no trailing spaces are left");
  assert.equal(enter("- a▮\n- b"), "- a\n- ▮\n- b", "no blank line between items: the list stays tight");
});

test("Enter in a numbered item gives the next number and renumbers the items after it", () => {
  assert.equal(enter("1. one▮"), "1. one\n2. ▮");
  assert.equal(enter("1. one▮\n2. two\n3. three"), "1. one\n2. ▮\n3. two\n4. three");
  assert.equal(enter("3) c▮"), "3) c\n4) ▮");
  assert.equal(enter("1. one\n1. two▮"), "1. one\n1. two\n1. ▮", "a list numbered 1. throughout stays so");
  assert.equal(enter("9. nine▮\n10. ten"), "9. nine\n10. ▮\n11. ten");
});

test("Enter in a task item starts an unchecked task", () => {
  assert.equal(enter("- [x] 買い物▮"), "- [x] 買い物\n- [ ] ▮");
  assert.equal(enter("- [ ] todo▮"), "- [ ] todo\n- [ ] ▮");
  assert.equal(enter("1. [ ] first▮"), "1. [ ] first\n2. [ ] ▮");
});

test("Enter on an empty nested item moves it out one level, to its parent's list", () => {
  assert.equal(enter("- a\n  - b\n  - ▮"), "- a\n  - b\n- ▮");
  assert.equal(enter("1. a\n   1. b\n   2. ▮\n2. c"), "1. a\n   1. b\n2. ▮\n3. c");
  assert.equal(enter("1. a\n   - b\n   - ▮"), "1. a\n   - b\n2. ▮", "it takes the marker of the list it joins");
  assert.equal(enter("- a\n  - [ ] b\n  - [ ] ▮"), "- a\n  - [ ] b\n- [ ] ▮", "a task keeps its box");
});

test("Enter on an empty top-level item ends the list: a clean blank line, the cursor outside the list", () => {
  assert.equal(enter("- a\n- ▮"), "- a\n\n▮");
  assert.equal(enter("1. a\n2. ▮"), "1. a\n\n▮");
  assert.equal(enter("- [x] a\n- [ ] ▮"), "- [x] a\n\n▮");
  assert.equal(enter("- a\n- ▮\n\nNext"), "- a\n\n▮\n\nNext");
});

test("leaving a 4-level bullet list takes one Enter per level (4), never a line of spaces", () => {
  const list = "- 基調講演\n  - 楽天モバイル\n    - 仮想化基盤\n      - ネットワーク機能▮";
  assert.equal(repeat(markdownEnter, list, 1), `${list.replace("▮", "")}\n      - ▮`);
  assert.equal(repeat(markdownEnter, list, 2), `${list.replace("▮", "")}\n    - ▮`);
  assert.equal(repeat(markdownEnter, list, 3), `${list.replace("▮", "")}\n  - ▮`);
  assert.equal(repeat(markdownEnter, list, 4), `${list.replace("▮", "")}\n- ▮`);
  assert.equal(repeat(markdownEnter, list, 5), `${list.replace("▮", "")}\n\n▮`);
  assert.doesNotMatch(repeat(markdownEnter, list, 5), /^[ \t]+$/m, "no whitespace-only line");
});

test("leaving a 4-level numbered list renumbers each level it returns to", () => {
  const list = "1. a\n   1. b\n      1. c\n         1. d▮";
  assert.equal(repeat(markdownEnter, list, 1), "1. a\n   1. b\n      1. c\n         1. d\n         2. ▮");
  assert.equal(repeat(markdownEnter, list, 2), "1. a\n   1. b\n      1. c\n         1. d\n      2. ▮");
  assert.equal(repeat(markdownEnter, list, 3), "1. a\n   1. b\n      1. c\n         1. d\n   2. ▮");
  assert.equal(repeat(markdownEnter, list, 4), "1. a\n   1. b\n      1. c\n         1. d\n2. ▮");
  assert.equal(repeat(markdownEnter, list, 5), "1. a\n   1. b\n      1. c\n         1. d\n\n▮");
});

test("Enter twice after a list, then a table: the table starts after a blank line, outside the list", () => {
  assert.equal(repeat(markdownEnter, "- 項目▮", 2), "- 項目\n\n▮");
});

test("Enter in other text starts the new line at the block's margin", () => {
  assert.equal(enter("段落です。▮"), "段落です。\n▮");
  assert.equal(enter("- item\n  continued▮"), "- item\n  continued\n  ▮", "a list item's continuation keeps its indentation");
  assert.equal(enter("- a\n\n▮"), "- a\n\n\n▮", "after a list, no indentation");
  assert.equal(enter("   ▮"), "\n▮", "a line of spaces is emptied");
  assert.equal(enter("# 見出し▮"), "# 見出し\n▮");
  assert.equal(enter("text  ▮"), "text  \n▮", "two trailing spaces (a hard break) are kept in a paragraph");
});

test("Enter with a selection replaces it, then continues the list", () => {
  assert.equal(enter("- one ⟨two⟩"), "- one\n- ▮");
});

test("a line that only looks like a list item is not one: Enter continues nothing", () => {
  assert.equal(enter("2019. year▮"), "2019. year\n2020. ▮", "a paragraph starting with a number and a dot is an ordered item");
  assert.equal(enter("para\n- ▮"), "para\n- \n▮", "'- ' under a paragraph is a heading underline, not an item");
});

test("Shift-Enter goes on in the same item: a new line indented to the item's text, no marker", () => {
  assert.equal(run(softEnter, "- 一行目▮"), "- 一行目\n  ▮");
  assert.equal(run(softEnter, "10. ten▮"), "10. ten\n    ▮");
  assert.equal(run(softEnter, "段落▮"), "段落\n▮");
});

test("on a blockquote line Enter is left to lang-markdown's continuation", () => {
  assert.equal(enter("> quoted▮"), null);
});
