// The preview renders a body again after each edit by re-rendering only the pieces that changed
// (core/common/markdown/incremental.ts). Its output must be exactly the full render's: the same HTML
// byte for byte and the same block lines, over the seed post, the corpora, and many random edits.
import { test } from "node:test";
import assert from "node:assert/strict";
import { randomEdit, rng } from "./random-edits.js";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createIncrementalRenderer } from "../../../core/common/markdown/incremental.js";
import { createNodeSanitizer, renderMarkdown } from "../../../core/node/markdown/index.js";
import { FAST_PATH_EDGES } from "./fast-path-corpus.js";
import { XSS_VECTORS } from "./xss-corpus.js";

const SEED = "/work/shared/seeds/000_4f22f7716abb12ce.txt";
const sanitize = createNodeSanitizer();

/** What a user types or deletes: text, block starts and the constructs that reach across blocks. */
const SNIPPETS = [
  "a",
  "あ",
  "\n",
  "\n\n",
  "# 見出し\n",
  "## 見出し\n\n",
  "```\n",
  "```ts\n",
  "~~~",
  "- ",
  "1. ",
  "  ",
  "    ",
  "> ",
  "|",
  "| a | b |\n|---|---|\n",
  "---\n",
  "[^1]",
  "\n[^1]: 脚注\n",
  "[x]",
  "\n[x]: https://example.com\n",
  "<div>\n",
  "<!--",
  "`",
  "**",
  "*",
  "\t",
  "\r\n",
  "見出し\n===\n",
];

const edit = (body: string, r: () => number): string => randomEdit(body, r, SNIPPETS);

/** Asserts that every version, rendered in turn by one incremental renderer, equals its full render. */
function assertSameAsFull(versions: string[], label: string): void {
  const render = createIncrementalRenderer(sanitize);
  versions.forEach((body, i) => {
    const full = renderMarkdown(body);
    const inc = render(body);
    if (inc.html !== full.html || JSON.stringify(inc.blockLines) !== JSON.stringify(full.blockLines)) {
      assert.fail(
        `${label}, version ${i} differs from the full render:\n${JSON.stringify(body.slice(0, 400))}\n` +
          `full  ${JSON.stringify(full.html.slice(0, 600))} ${JSON.stringify(full.blockLines)}\ninc   ${JSON.stringify(inc.html.slice(0, 600))} ${JSON.stringify(inc.blockLines)}`,
      );
    }
  });
}

function editsOf(body: string, count: number, seed: number): string[] {
  const r = rng(seed);
  const out = [body];
  for (let i = 0; i < count; i++) out.push(edit(out[out.length - 1]!, r));
  return out;
}

const SAMPLE = [
  "# 旅行記\n\n一日目。**東京**を出た。\n\n## 一日目\n\n- 朝\n  - 駅\n- 昼\n\n1. 一\n2. 二\n\n```ts\nconst a = 1;\n\nconst b = 2;\n```\n\n## 一日目\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n> 引用\n\n    indented\n\n    still code\nafter\n\n## 一日目-1\n\n---\n\n## 一日目\n\n最後。https://example.com/ も見た。\n",
].join("");

test("an edited post renders, piece by piece, exactly as the full render, over hundreds of random edits", () => {
  const bodies = [SAMPLE, ...(existsSync(SEED) ? [readFileSync(SEED, "utf8")] : [])];
  bodies.forEach((body, b) => {
    for (let seed = 1; seed <= 3; seed++) assertSameAsFull(editsOf(body, 30, seed * 31 + b), `body ${b}, seed ${seed}`);
  });
});

test("every CommonMark example, fast-path edge and XSS vector, and edits of them, render as the full render", () => {
  const require = createRequire(import.meta.url);
  const spec = require("commonmark-spec") as { tests: { markdown: string }[] };
  const bodies = [...spec.tests.map((t) => t.markdown.replace(/→/g, "\t")), ...FAST_PATH_EDGES, ...XSS_VECTORS.map((v) => v.markdown)];
  bodies.forEach((body, i) => assertSameAsFull(editsOf(body, 2, i + 1), `corpus body ${i}`));
  // All of them in one post, so pieces of one example sit next to pieces of another.
  assertSameAsFull(editsOf(bodies.join("\n\n"), 6, 7), "the whole corpus as one post");
});

test("typing in one paragraph of a long post re-renders that piece only; the others are reused as they were", () => {
  const body = Array.from({ length: 200 }, (_, i) => (i % 10 === 0 ? `## 節 ${i % 3}\n\n` : "") + `段落${i}の本文。`).join("\n\n") + "\n";
  const render = createIncrementalRenderer(sanitize);
  const before = render(body);
  const at = body.indexOf("段落100の本文") + "段落100の".length;
  const after = render(body.slice(0, at) + "追記" + body.slice(at));
  assert.ok(after.incremental, "the post was rendered in pieces");
  const changed = after.blocks.filter((b, i) => b !== before.blocks[i]);
  assert.equal(changed.length, 1, "one piece rendered again");
  assert.match(changed[0]!.html, /段落100の追記本文/);
  assert.equal(after.html, renderMarkdown(body.slice(0, at) + "追記" + body.slice(at)).html);
  // A heading whose id depends on an earlier one: renaming the earlier heading changes the later id.
  const renamed = render(body.replace("## 節 0", "## 節 9"));
  assert.equal(renamed.html, renderMarkdown(body.replace("## 節 0", "## 節 9")).html);
});

test("vertical text (縦書き) renders piece by piece as the full vertical render, and switching back renders horizontally", () => {
  const body = "# 第1章\n\n12月25日、A案とB案!?\n\n- 3つ目\n\n## 第1章\n\n終わり。\n";
  const render = createIncrementalRenderer(sanitize);
  assert.equal(render(body).html, renderMarkdown(body).html);
  assert.equal(render(body, { vertical: true }).html, renderMarkdown(body, { vertical: true }).html);
  assert.notEqual(renderMarkdown(body, { vertical: true }).html, renderMarkdown(body).html, "vertical text renders differently");
  assert.equal(render(body).html, renderMarkdown(body).html);
});

test("a render given little time shows the first pieces, and the next calls go on until it is the full render, edits between them included", () => {
  const body = Array.from({ length: 300 }, (_, i) => (i % 10 === 0 ? `## 節 ${i % 4}\n\n` : "") + `段落${i}の本文。`).join("\n\n") + "\n";
  const render = createIncrementalRenderer(sanitize);
  let budget = 0;
  const timeLeft = () => budget-- > 0;
  budget = 20;
  const first = render(body, {}, timeLeft);
  assert.equal(first.complete, false, "stopped early");
  assert.ok(first.blocks.length > 0 && first.blocks.length < 300, `${first.blocks.length} pieces at first`);
  assert.ok(renderMarkdown(body).html.startsWith(first.html), "the first pieces are the start of the full render");
  let current = body;
  let out = first;
  for (let round = 0; !out.complete; round++) {
    assert.ok(round < 100, "it finishes");
    if (round === 3) current = current.replace("段落1の本文", "## 節 0\n\n段落1の本文"); // an edit while it goes on
    budget = 20;
    out = render(current, {}, timeLeft);
  }
  const full = renderMarkdown(current);
  assert.equal(out.html, full.html);
  assert.deepEqual(out.blockLines, full.blockLines);
});

test("a post opened again after another renders from the pieces kept of it, exactly as the full render", () => {
  const a = Array.from({ length: 50 }, (_, i) => (i % 10 === 0 ? `## 節 ${i % 3}\n\n` : "") + `段落${i}の本文。`).join("\n\n") + "\n";
  const b = "# 別の投稿\n\n## 節 0\n\n短い。\n";
  const render = createIncrementalRenderer(sanitize);
  const first = render(a);
  assert.equal(render(b).html, renderMarkdown(b).html);
  const again = render(a);
  assert.equal(again.html, renderMarkdown(a).html);
  assert.deepEqual(again.blockLines, renderMarkdown(a).blockLines);
  assert.ok(
    again.blocks.every((block, i) => block === first.blocks[i]),
    "every piece is the one rendered the first time",
  );
});
