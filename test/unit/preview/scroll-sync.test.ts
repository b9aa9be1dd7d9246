// Scroll sync (renderer/preview/scroll-sync.ts) keeps the editor where the preview is scrolled to, and
// measures only blocks near the view: a block in a run out of view is found through its run, since
// measuring it would make the browser lay out that whole run (a long post took 300 ms a scroll).
import { test } from "node:test";
import assert from "node:assert/strict";
import { ScrollSync } from "../../../renderer/preview/scroll-sync.js";

const RUNS = 10;
const PER_RUN = 10;
const BLOCK = 100; // px tall
const LINE = 20; // px a source line in the editor; block i starts at line 2i

type Listener = () => void;

function scroller(height: number) {
  const listeners: Listener[] = [];
  return {
    scrollTop: 0,
    scrollHeight: height,
    clientHeight: 500,
    listeners,
    addEventListener: (_: string, l: Listener) => listeners.push(l),
  };
}

test("scrolling the preview puts the editor at the same place, measuring only the blocks of the run in view", async () => {
  const frames: (() => void)[] = [];
  (globalThis as { requestAnimationFrame?: unknown }).requestAnimationFrame = (f: () => void) => frames.push(f);
  (globalThis as { cancelAnimationFrame?: unknown }).cancelAnimationFrame = () => undefined;
  const preview = scroller(RUNS * PER_RUN * BLOCK);
  const measured = new Set<number>();
  const runs = Array.from({ length: RUNS }, (_, r) => ({
    classList: { contains: (c: string) => c === "tsuzuri-run" },
    getBoundingClientRect: () => ({ top: r * PER_RUN * BLOCK - preview.scrollTop }),
  }));
  const blocks = Array.from({ length: RUNS * PER_RUN }, (_, i) => ({
    parentElement: runs[Math.floor(i / PER_RUN)],
    getBoundingClientRect: () => {
      measured.add(i);
      return { top: i * BLOCK - preview.scrollTop };
    },
  }));
  const editor = scroller(RUNS * PER_RUN * 2 * LINE + 500);
  const sync = new ScrollSync(
    { scroller: editor as unknown as HTMLElement, lineTop: (line) => line * LINE, lineAt: (y) => Math.floor(y / LINE) },
    { scroller: preview as unknown as HTMLElement, blocks: () => blocks as unknown as Element[] },
    () => blocks.map((_, i) => 2 * i),
  );
  sync.attachPreview(preview as unknown as Document);
  preview.scrollTop = 50 * BLOCK + BLOCK / 2; // half-way through block 50
  preview.listeners.forEach((l) => l());
  frames.splice(0).forEach((f) => f());
  assert.equal(editor.scrollTop, 2 * 50 * LINE + LINE, "half-way between the lines of blocks 50 and 51");
  const far = [...measured].filter((i) => Math.abs(i - 50) > PER_RUN);
  assert.deepEqual(far, [], `blocks far from the view were measured: ${far.join(", ")}`);
  // The browser scrolls the preview because its content grew (runs laid out for the first time): that is
  // not the user scrolling it, and the editor stays where the user is.
  frames.length = 0;
  await new Promise((resolve) => setTimeout(resolve, 150)); // past the lock of our own scrolling
  editor.scrollTop = 3 * 2 * PER_RUN * LINE; // the user scrolls the editor to run 3
  editor.listeners.forEach((l) => l());
  frames.splice(0).forEach((f) => f());
  const shown = editor.scrollTop;
  await new Promise((resolve) => setTimeout(resolve, 150)); // past the lock of our own scrolling
  preview.scrollHeight += 800;
  preview.scrollTop += 800;
  preview.listeners.forEach((l) => l());
  frames.splice(0).forEach((f) => f());
  assert.equal(editor.scrollTop, shown, "the editor did not move");
});
