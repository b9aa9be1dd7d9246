// 縦中横 for vertical text: which runs stand upright (1–2 digit numbers, a lone Latin letter among
// Japanese, !? marks), which stay sideways (longer numbers, words), and that horizontal renders and code are untouched.
import { test } from "node:test";
import assert from "node:assert/strict";
import { renderMarkdown } from "../../../core/node/markdown/index.js";
import { parse } from "./inspect-html.js";

const upright = (markdown: string) =>
  Array.from(parse(renderMarkdown(markdown, { vertical: true }).html).querySelectorAll("span.tcy"), (s) => s.textContent);

test("one- and two-digit numbers stand upright; longer numbers stay sideways", () => {
  assert.deepEqual(upright("5月12日、2024年の第3章。"), ["5", "12", "3"]);
  assert.deepEqual(upright("100人と1000円"), []);
});

test("a lone Latin letter among Japanese is upright, Latin words and letters in Latin text are not", () => {
  assert.deepEqual(upright("A社のBさん"), ["A", "B"]);
  assert.deepEqual(upright("I have a pen. Tokyo"), []);
});

test("!? !! ?? ?! stand upright as one", () => {
  assert.deepEqual(upright("本当!?　すごい!!"), ["!?", "!!"]);
  assert.deepEqual(upright("えっ!!!"), [], "three marks are left alone");
});

test("code, link addresses and horizontal renders are untouched", () => {
  assert.deepEqual(upright("`12` と\n\n```\n12\n```"), []);
  const link = parse(renderMarkdown("[12](https://example.com/12)", { vertical: true }).html).querySelector("a");
  assert.equal(link?.getAttribute("href"), "https://example.com/12");
  assert.equal(link?.querySelector(".tcy")?.textContent, "12", "the link text is set upright");
  assert.equal(renderMarkdown("5月12日").html.includes("tcy"), false, "a horizontal render has no marks");
});
