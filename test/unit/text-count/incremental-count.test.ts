// The status bar counts a long post again after each edit from the changed pieces only
// (core/common/text-count/incremental.ts). Once a count is done it must equal counting the whole body
// afresh, over random edit sequences, with counts cut short by the clock and edits between them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { randomEdit, rng } from "../markdown/random-edits.js";
import { countText, createIncrementalCounter } from "../../../core/common/text-count/index.js";

const SNIPPETS = [
  "あ",
  "a",
  "\n",
  "\n\n",
  "# 見出し\n",
  "```\n",
  "- ",
  "    ",
  "> ",
  "| a | b |\n|---|---|\n",
  "https://example.com ",
  "[^1]",
  "\n[^1]: 脚注\n",
  "\n[x]: https://example.com\n",
  "[x]",
  "<span>",
  "「」。",
  "👨‍👩‍👧",
  "  \n",
];

const edit = (body: string, r: () => number): string => randomEdit(body, r, SNIPPETS);

const BASE =
  Array.from({ length: 30 }, (_, i) =>
    i % 6 === 0
      ? "```ts\nconst a = 1;\n\nconst b = 2;\n```"
      : i % 5 === 0
        ? `## 節 ${i}`
        : i % 4 === 0
          ? "| 項目 | 値 |\n|---|---|\n| CPU | 4 |"
          : `今日は${i}日目。**京都**へ[行った](https://example.com/${i})。\n二行目の文章は少し長めに書いておくことにする。`,
  ).join("\n\n") + "\n";

test("counts taken again after random edits equal counting the whole body afresh", () => {
  for (let seed = 1; seed <= 12; seed++) {
    const r = rng(seed);
    const count = createIncrementalCounter();
    let body = BASE;
    for (let step = 0; step < 40; step++) {
      body = edit(body, r);
      assert.deepEqual(count(body), countText(body), `seed ${seed}, step ${step}: ${JSON.stringify(body.slice(0, 200))}`);
    }
  }
});

test("a count cut short by the clock goes on at the next call and ends equal to the whole count, edits between included", () => {
  const r = rng(99);
  const count = createIncrementalCounter();
  let body = BASE.repeat(4);
  let ticks = 0;
  const timeLeft = () => ticks-- > 0;
  let calls = 0;
  let out = null;
  for (let round = 0; round < 200 && out === null; round++) {
    if (round % 3 === 2) body = edit(body, r);
    ticks = 5;
    out = count(body, timeLeft);
    calls++;
  }
  assert.ok(calls > 3, `the count took ${calls} calls`);
  assert.deepEqual(out, countText(body));
});
