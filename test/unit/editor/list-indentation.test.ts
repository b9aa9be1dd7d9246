// Tab and Shift-Tab on list items: nesting under the previous item at its content column, with
// children, renumbering both lists, keeping task boxes; nothing harmful where nothing can move.
import { test } from "node:test";
import assert from "node:assert/strict";
import { tabCommand } from "../../../renderer/editor/tab.js";
import { repeat, run } from "./helpers.js";

const tab = (text: string) => run((s) => tabCommand(s, false), text);
const shiftTab = (text: string) => run((s) => tabCommand(s, true), text);

test("Tab nests a numbered item under the one before, at its content column, and renumbers both lists", () => {
  assert.equal(tab("1. one\n2. two▮\n3. three"), "1. one\n   1. two▮\n2. three");
  assert.equal(tab("1. one\n2. two\n3. ▮"), "1. one\n2. two\n   1. ▮");
  assert.equal(tab("1. 一\n2. 二\n3. 三▮"), "1. 一\n2. 二\n   1. 三▮");
});

test("Tab nests a bullet item two columns in, under the item before", () => {
  assert.equal(tab("- a\n- b▮"), "- a\n  - b▮");
  assert.equal(tab("- a\n  - b\n- c▮"), "- a\n  - b\n  - c▮", "it joins the sub-list already there");
  assert.equal(tab("- a\n    - b\n- c▮"), "- a\n    - b\n    - c▮", "at the indentation that sub-list uses");
  assert.equal(tab("1. a\n   - b\n2. c▮"), "1. a\n   - b\n   - c▮", "taking that sub-list's marker");
});

test("Tab moves the item's children with it", () => {
  assert.equal(tab("- a\n- b▮\n  - b1\n    - b2\n- c"), "- a\n  - b▮\n    - b1\n      - b2\n- c");
  assert.equal(tab("1. a\n2. b▮\n   1. b1\n3. c"), "1. a\n   1. b▮\n      1. b1\n2. c");
  assert.equal(
    tab("- a\n- b▮\n\n  more of b\n- c"),
    "- a\n  - b▮\n\n    more of b\n- c",
    "its continuation paragraphs too (the blank line stays empty)",
  );
});

test("Tab keeps task boxes", () => {
  assert.equal(tab("- [ ] 買い物\n- [x] 牛乳▮"), "- [ ] 買い物\n  - [x] 牛乳▮");
});

test("Tab on the first item of a list has nothing to nest under: the key is taken, nothing changes", () => {
  assert.equal(tab("- first▮\n- second"), "- first▮\n- second");
  assert.equal(tab("1. a\n   1. b▮"), "1. a\n   1. b▮");
});

test("Tab on a selection of items nests them all under the item before the first", () => {
  assert.equal(tab("1. a\n2. ⟨b\n3. c⟩\n4. d"), "1. a\n   1. ⟨b\n   2. c⟩\n2. d");
  assert.equal(tab("- a\n- ⟨b\n  - b1\n- c⟩"), "- a\n  - ⟨b\n    - b1\n  - c⟩");
});

test("building a 4-level list with Tab, then back with Shift-Tab", () => {
  assert.equal(
    repeat((s) => tabCommand(s, false), "- a\n- b\n- c\n- d▮", 1),
    "- a\n- b\n- c\n  - d▮",
  );
  const deep = "- a\n  - b\n    - c\n    - d▮";
  assert.equal(tab(deep), "- a\n  - b\n    - c\n      - d▮");
  assert.equal(
    repeat((s) => tabCommand(s, true), "- a\n  - b\n    - c\n      - d▮", 3),
    "- a\n  - b\n    - c\n- d▮",
  );
});

test("Shift-Tab un-nests an item to its parent's level: later siblings become its children, lists renumber", () => {
  assert.equal(shiftTab("1. a\n   1. b\n   2. c▮\n   3. d\n2. e"), "1. a\n   1. b\n2. c▮\n   1. d\n3. e");
  assert.equal(shiftTab("- a\n  - b▮\n    - b1"), "- a\n- b▮\n  - b1", "with its children");
  assert.equal(shiftTab("1. a\n   - b▮"), "1. a\n2. b▮", "taking the marker of the list it joins");
  assert.equal(shiftTab("- [ ] a\n  - [x] b▮"), "- [ ] a\n- [x] b▮");
});

test("Shift-Tab on a top-level item takes the key and changes nothing", () => {
  assert.equal(shiftTab("- a▮\n- b"), "- a▮\n- b");
});

test("a marker that grows (9. → 10.) moves its children along so they stay its children", () => {
  const items = Array.from({ length: 9 }, (_, i) => `${i + 1}. i${i + 1}`).join("\n");
  assert.equal(shiftTab(`${items}\n   1. ten▮\n      - child`), `${items}\n10. ten▮\n    - child`);
});

test("Tab in a paragraph, a heading or a blank line is not taken: focus moves on, the text is unchanged", () => {
  assert.equal(tab("段落の途中▮です。"), null);
  assert.equal(tab("# 見出し▮"), null);
  assert.equal(tab("- a\n\n▮"), null);
  assert.equal(shiftTab("段落▮"), null);
  assert.equal(tab("| a | b |▮\n| - | - |"), null);
});

test("a list inside a code block is code: Tab there indents the code, not the items", () => {
  assert.equal(tab("```md\n- a\n- b▮\n```"), "```md\n- a\n- b ▮\n```", "spaces up to the next stop (column 4)");
});
