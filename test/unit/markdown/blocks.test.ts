// The preview and the counts cut a body into pieces again after each edit from the change only
// (core/common/markdown/blocks.ts: resplit). The pieces must be exactly those of cutting the whole body
// afresh, over many random edit sequences, and the pieces it says it kept must be the old ones.
import { test } from "node:test";
import assert from "node:assert/strict";
import { randomEdit, rng } from "./random-edits.js";
import { resplit, splitBlocks, type SplitBody } from "../../../core/common/markdown/blocks.js";

const SNIPPETS = [
  "a",
  "あ",
  "\n",
  "\n\n",
  "# 見出し\n",
  "```\n",
  "```ts\n",
  "~~~",
  "- ",
  "1. ",
  "  ",
  "    ",
  "> ",
  "\t",
  "\r\n",
  "---\n",
  "`",
];

const edit = (body: string, r: () => number): string => randomEdit(body, r, SNIPPETS);

const BASE =
  Array.from({ length: 40 }, (_, i) =>
    i % 7 === 0
      ? "```ts\nconst a = 1;\n\nconst b = 2;\n```"
      : i % 5 === 0
        ? `## 節 ${i}`
        : i % 3 === 0
          ? `- 項目\n\n  続き\n- 次`
          : `段落${i}の本文。\n二行目。`,
  ).join("\n\n") + "\n";

function assertSameAsFresh(split: SplitBody, previous: SplitBody | null, label: string): void {
  const fresh = resplit(null, split.src);
  assert.deepEqual(
    split.blocks.map((b) => [b.text, b.line]),
    fresh.blocks.map((b) => [b.text, b.line]),
    `${label}: pieces differ from a fresh cut`,
  );
  assert.deepEqual(split.offsets, fresh.offsets, `${label}: offsets`);
  assert.equal(split.blocks.map((b) => b.text).join(""), split.src, `${label}: the pieces join to the body`);
  if (!previous) return;
  for (let i = 0; i < split.head; i++) assert.equal(split.blocks[i], previous.blocks[i], `${label}: kept piece ${i} is the old object`);
  for (let k = 1; k <= split.tail; k++)
    assert.equal(split.blocks.at(-k)!.text, previous.blocks.at(-k)!.text, `${label}: kept last piece ${k} has the old text`);
}

test("cutting an edited body again from the change gives the pieces of cutting it afresh, over random edit sequences", () => {
  for (let seed = 1; seed <= 40; seed++) {
    const r = rng(seed);
    let body = seed % 2 ? BASE : BASE.replace(/\n/g, "\r\n");
    let split = resplit(null, body);
    for (let step = 0; step < 60; step++) {
      // Sometimes several edits at once (a paste, an undo of many keys).
      for (let n = r() < 0.2 ? 3 : 1; n > 0; n--) body = edit(body, r);
      const next = resplit(split, body);
      assertSameAsFresh(next, split, `seed ${seed}, step ${step}`);
      split = next;
    }
  }
});

test("typing in one paragraph of a long body scans again only around it: the pieces before and after are kept", () => {
  const body = Array.from({ length: 500 }, (_, i) => `段落${i}の本文。`).join("\n\n") + "\n";
  const before = resplit(null, body);
  const at = body.indexOf("段落250の") + 4;
  const after = resplit(before, body.slice(0, at) + "追記" + body.slice(at));
  assertSameAsFresh(after, before, "one edit");
  assert.ok(after.head >= 249, `kept ${after.head} pieces before the edit`);
  assert.ok(after.tail >= 249, `kept ${after.tail} pieces after the edit`);
  // A fence opened above makes every piece after it one piece: nothing after it is kept.
  const fenced = resplit(after, "```\n" + after.src);
  assertSameAsFresh(fenced, after, "fence opened");
  assert.equal(fenced.blocks.length, 1);
  assert.deepEqual(splitBlocks(body), [...before.blocks]);
});
