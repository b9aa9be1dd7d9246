// Issue 15 item 6: text nested deeper than the parser follows (markdown-it's maxNesting) is shown as text
// in the preview and export, never dropped, and so is everything after it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { renderMarkdown } from "../../../core/node/markdown/index.js";
import { parse } from "./inspect-html.js";

const text = (markdown: string): string => parse(renderMarkdown(markdown).html).textContent ?? "";
/** The Japanese words of a text, with any number after them (list markers and the like are not words). */
const words = (s: string): string[] => s.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+\d*/gu) ?? [];

/** Asserts every word of `markdown` is in its rendered text, in order. */
function assertNothingDropped(markdown: string, label: string): void {
  const shown = words(text(markdown));
  const written = words(markdown);
  assert.deepEqual(shown, written, `${label}: the rendered text has every word of the source, in order`);
}

const list = (depth: number, indent: number, marker: string) =>
  Array.from({ length: depth }, (_, i) => " ".repeat(indent * i) + `${marker} 項目${i}`).join("\n");

test("a bullet list nested 80 deep keeps its deepest items and the paragraph after it", () => {
  const body = `${list(80, 2, "-")}\n\n後ろの段落\n`;
  assertNothingDropped(body, "bullets");
  const doc = parse(renderMarkdown(body).html);
  assert.equal(doc.querySelector(":scope > p")?.textContent, "後ろの段落", "the paragraph after the list is its own paragraph");
  assert.ok(doc.querySelectorAll("ul").length >= 40, "the levels the parser follows are still lists");
});

test("an ordered list nested 70 deep, a quote nested 150 deep and quoted lists keep all their text", () => {
  assertNothingDropped(`${list(70, 3, "1.")}\n\n次の段落\n`, "ordered");
  assertNothingDropped(`${"> ".repeat(150)}深い引用\n\n引用の後\n`, "quote");
  assertNothingDropped(`${"> ".repeat(40)}${list(40, 2, "-")}\n\n最後\n`, "quoted list");
  assertNothingDropped(
    `- a\n${list(60, 2, "-").replace(/^/gm, "  ")}\n  - 戻った項目\n- 次の項目\n\n# 見出し\n\n終わり\n`,
    "back out of a deep list",
  );
});

test("deep text keeps its inline markup and the block lines still count every top-level block", () => {
  const body = `${list(60, 2, "-")} **太字** と \`コード\`\n\n段落\n\n# 見出し\n`;
  const out = renderMarkdown(body);
  assert.match(out.html, /<strong>太字<\/strong>/);
  assert.deepEqual(out.blockLines, [0, 61, 63]);
});
