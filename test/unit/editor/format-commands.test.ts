// Formatting commands: each adds its Markdown and takes it away again, with and without a
// selection, in Japanese text too.
import { test } from "node:test";
import assert from "node:assert/strict";
import { changeHeading, toggleInline, toggleLink, toggleTask } from "../../../renderer/editor/format-commands.js";
import { repeat, run } from "./helpers.js";

const bold = (t: string) => run((s) => toggleInline(s, "bold"), t);
const italic = (t: string) => run((s) => toggleInline(s, "italic"), t);
const code = (t: string) => run((s) => toggleInline(s, "code"), t);

test("bold wraps the selection and unwraps it when applied again", () => {
  assert.equal(bold("今日は⟨晴れ⟩でした"), "今日は**⟨晴れ⟩**でした");
  assert.equal(
    repeat((s) => toggleInline(s, "bold"), "今日は⟨晴れ⟩でした", 2),
    "今日は⟨晴れ⟩でした",
  );
  assert.equal(bold("**太▮字**"), "太▮字", "with the cursor inside bold text");
  assert.equal(bold("⟨**太字**⟩"), "⟨太字⟩", "with the marks selected too");
  assert.equal(bold("a ⟨word ⟩b"), "a **⟨word⟩** b", "spaces at the ends stay outside the marks");
});

test("bold without a selection puts the cursor between new marks; again, they go", () => {
  assert.equal(bold("text ▮"), "text **▮**");
  assert.equal(
    repeat((s) => toggleInline(s, "bold"), "text ▮", 2),
    "text ▮",
  );
});

test("italic and inline code toggle the same way, and italic leaves bold alone", () => {
  assert.equal(italic("⟨とても⟩"), "*⟨とても⟩*");
  assert.equal(italic("*とて▮も*"), "とて▮も");
  assert.equal(italic("**⟨bold⟩**"), "***⟨bold⟩***", "italic inside bold adds italic, it does not eat a bold mark");
  assert.equal(
    repeat((s) => toggleInline(s, "italic"), "**⟨bold⟩**", 2),
    "**⟨bold⟩**",
  );
  assert.equal(code("run ⟨npm test⟩"), "run `⟨npm test⟩`");
  assert.equal(code("run `npm ▮test`"), "run npm ▮test");
  assert.equal(code("▮"), "`▮`");
});

test("link: the selection becomes the text, the cursor lands in the address; again, the link goes", () => {
  assert.equal(run(toggleLink, "see ⟨公式サイト⟩ here"), "see [公式サイト](▮) here");
  assert.equal(run(toggleLink, "▮"), "[▮]()");
  assert.equal(run(toggleLink, "⟨https://example.com⟩"), "[▮](https://example.com)", "a selected address becomes the address");
  assert.equal(run(toggleLink, "see [公式▮サイト](https://example.com) here"), "see ⟨公式サイト⟩ here");
});

test("heading level up goes toward #, down goes back to a paragraph", () => {
  const up = (t: string) => run((s) => changeHeading(s, true), t);
  const down = (t: string) => run((s) => changeHeading(s, false), t);
  assert.equal(up("見出し▮"), "###### 見出し▮");
  assert.equal(up("## 見出し▮"), "# 見出し▮");
  assert.equal(up("# 見出し▮"), "# 見出し▮", "# is the top");
  assert.equal(down("# 見出し▮"), "## 見出し▮");
  assert.equal(down("###### 見出し▮"), "見出し▮");
  assert.equal(down("見出し▮"), "見出し▮", "a paragraph is the bottom");
  assert.equal(
    repeat((s) => changeHeading(s, true), "タイトル▮", 5),
    "## タイトル▮",
  );
  assert.equal(up("- item▮"), "- item▮", "list items are left alone");
  assert.equal(up("```\ncode▮\n```"), "```\ncode▮\n```", "code is left alone");
});

test("toggle task: a list item becomes a task, then its box is checked and unchecked", () => {
  assert.equal(run(toggleTask, "- 牛乳▮"), "- [ ] 牛乳▮");
  assert.equal(run(toggleTask, "- [ ] 牛乳▮"), "- [x] 牛乳▮");
  assert.equal(run(toggleTask, "- [x] 牛乳▮"), "- [ ] 牛乳▮");
  assert.equal(run(toggleTask, "- ▮"), "- [ ] ▮");
  assert.equal(run(toggleTask, "1. first▮"), "1. [ ] first▮");
  assert.equal(run(toggleTask, "買い物▮"), "- [ ] 買い物▮", "a line of text becomes a task item");
  assert.equal(run(toggleTask, "⟨- a\n- b⟩"), "⟨- [ ] a\n- [ ] b⟩");
});
