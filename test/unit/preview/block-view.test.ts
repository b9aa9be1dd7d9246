// The preview keeps a long post's blocks in runs (renderer/preview/block-view.ts), updating only the runs
// an edit touches. After any sequence of edits the preview must show exactly the rendered blocks in order,
// every run but the first must start with a paragraph (so the spacing is that of the export), unchanged
// blocks keep their nodes, and the element list scroll sync uses must be the blocks shown.
import { test } from "node:test";
import assert from "node:assert/strict";
import { JSDOM } from "jsdom";
import type { RenderedBlock } from "../../../core/common/markdown/incremental.js";
import { BlockView } from "../../../renderer/preview/block-view.js";
import { rng } from "../markdown/random-edits.js";

const { window } = new JSDOM("<!DOCTYPE html><main></main>");
const main = window.document.querySelector("main")!;
const base = new URL("http://127.0.0.1/assets/");
let made = 0;

/** A new rendered piece: a paragraph, a heading, a list or two paragraphs. */
function piece(r: () => number): RenderedBlock {
  const n = made++;
  const kind = Math.floor(r() * 4);
  if (kind === 0) return { html: `<h2 id="h${n}">見出し${n}</h2>`, lines: [0] };
  if (kind === 1) return { html: `<ul>\n<li>項目${n}</li>\n</ul>\n`, lines: [0] };
  if (kind === 2) return { html: `<p>段落${n}</p>\n<p>続き${n}</p>\n`, lines: [0, 2] };
  return { html: `<p data-line="0">段落${n}</p>\n`, lines: [0] };
}

function check(view: BlockView, blocks: readonly RenderedBlock[], label: string): void {
  const expected = new JSDOM(`<main>${blocks.map((b) => b.html).join("")}</main>`).window.document.querySelector("main")!;
  const runs = [...main.children];
  assert.ok(
    runs.every((run) => run.className === "tsuzuri-run"),
    `${label}: <main> holds runs only`,
  );
  const shown = runs.flatMap((run) => [...run.children]);
  assert.deepEqual(
    shown.map((e) => e.outerHTML),
    [...expected.children].map((e) => e.outerHTML),
    `${label}: the blocks shown`,
  );
  runs.slice(1).forEach((run, i) => assert.equal(run.firstElementChild?.tagName, "P", `${label}: run ${i + 1} starts with a paragraph`));
  assert.deepEqual([...view.elements()], shown, `${label}: elements() are the blocks shown`);
}

test("after random edits of a long post the preview shows exactly its blocks, in runs that start at paragraphs", () => {
  for (let seed = 1; seed <= 10; seed++) {
    const r = rng(seed);
    const view = new BlockView(main as unknown as HTMLElement);
    let blocks: RenderedBlock[] = Array.from({ length: Math.floor(r() * 200) }, () => piece(r));
    view.update(blocks, base, base, true);
    check(view, blocks, `seed ${seed}, first`);
    for (let step = 0; step < 40; step++) {
      const at = Math.floor(r() * (blocks.length + 1));
      const removed = r() < 0.5 ? Math.floor(r() * 4) : 0;
      const added = Array.from({ length: r() < 0.7 ? Math.floor(r() * 3) + (removed ? 0 : 1) : 0 }, () => piece(r));
      const before = view.elements();
      const next = [...blocks.slice(0, at), ...added, ...blocks.slice(at + removed)];
      // Sometimes a render that stopped early: only the first pieces, the rest comes next.
      view.update(r() < 0.1 ? next.slice(0, Math.floor(next.length / 2)) : next, base, base, false);
      view.update(next, base, base, false);
      check(view, next, `seed ${seed}, step ${step}`);
      if (at > 0 && before.length) assert.equal(view.elements()[0], before[0], `seed ${seed}, step ${step}: the first block kept its node`);
      blocks = next;
    }
  }
});
