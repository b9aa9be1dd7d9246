// The preview's blocks in the DOM, kept in step with an incremental render: the pieces that are the same
// objects as last time keep their nodes (images do not reload, nothing is parsed or laid out again);
// only the changed run in the middle is parsed (one innerHTML for all of it) and put in place.
//
// The blocks sit in runs of about PREVIEW_RUN_PIECES pieces (<div class="tsuzuri-run">), and a run out
// of view is neither laid out nor painted (content-visibility: auto, preview.css). Runs, not blocks: the
// browser checks every such element against the viewport on every frame, and thousands of them made
// each keystroke in a long post cost a frame. A run starts only before a paragraph (no top margin), so
// the space between blocks is the same as without runs (margins do not collapse across a run's edge).
import type { RenderedBlock } from "../../core/common/markdown/incremental.js";
import { PREVIEW_RUN_CLASS, PREVIEW_RUN_PIECES } from "./constants.js";
import { resolveResourceUrls } from "./resolve-urls.js";

interface Shown {
  block: RenderedBlock;
  nodes: Element[];
}

interface Run {
  el: HTMLElement;
  /** How many pieces it holds. */
  count: number;
}

/** True when a run may start before this piece: its first element is a paragraph (no top margin). */
const mayStartRun = (block: RenderedBlock): boolean => block.html.startsWith("<p>") || block.html.startsWith("<p ");

/** The pieces shown in a preview's <main>, as last put there by `update`. */
export class BlockView {
  private shown: Shown[] = [];
  private runs: Run[] = [];
  private flat: Element[] | null = null;

  constructor(private readonly main: HTMLElement) {}

  /** The top-level elements of the post, in order (what blockLines numbers). */
  elements(): readonly Element[] {
    this.flat ??= this.shown.flatMap((s) => s.nodes);
    return this.flat;
  }

  /** Shows `blocks` (of one incremental render) in <main>; `fresh`: the nodes there are not ours (rebuild all). */
  update(blocks: readonly RenderedBlock[], folder: URL, assetBase: URL, fresh: boolean): void {
    if (fresh) {
      this.main.replaceChildren();
      this.shown = [];
      this.runs = [];
    }
    const old = this.shown;
    const min = Math.min(old.length, blocks.length);
    let head = 0;
    while (head < min && old[head]!.block === blocks[head]) head++;
    let tail = 0;
    while (tail < min - head && old[old.length - 1 - tail]!.block === blocks[blocks.length - 1 - tail]) tail++;
    if (head === old.length && head === blocks.length) return;
    this.flat = null;
    // The runs holding the changed pieces are made again; from a run whose first piece may start one.
    let first = this.runAt(Math.min(head, old.length - 1));
    let last = this.runAt(Math.max(Math.min(head, old.length - 1), old.length - tail - 1));
    let from = this.startOf(first);
    // The segment's first piece: the first new one when the run's first piece changed, else that piece.
    const opener = (): RenderedBlock | undefined => (head === from ? blocks[head] : old[from]!.block);
    for (let o = opener(); first > 0 && o && !mayStartRun(o); o = opener()) {
      first--;
      from = this.startOf(first);
    }
    if (first < 0) {
      first = 0;
      last = -1;
      from = 0;
    }
    const to = last < 0 ? 0 : this.startOf(last) + this.runs[last]!.count;
    const made = this.parse(blocks.slice(head, blocks.length - tail), folder, assetBase);
    const segment = [...old.slice(from, head), ...made, ...old.slice(old.length - tail, Math.max(to, old.length - tail))];
    const before = this.runs[last + 1]?.el ?? null;
    for (let r = first; r <= last; r++) this.runs[r]!.el.remove();
    const runs = this.group(segment);
    const insert = this.main.ownerDocument.createDocumentFragment();
    insert.append(...runs.map((r) => r.el));
    this.main.insertBefore(insert, before);
    this.runs.splice(first, last - first + 1, ...runs);
    this.shown = [...old.slice(0, from), ...segment, ...old.slice(Math.max(to, old.length - tail))];
  }

  /** The index of the run holding piece `index` (-1 when there are none). */
  private runAt(index: number): number {
    let start = 0;
    for (let r = 0; r < this.runs.length; r++) {
      start += this.runs[r]!.count;
      if (index < start) return r;
    }
    return this.runs.length - 1;
  }

  private startOf(run: number): number {
    let start = 0;
    for (let r = 0; r < run; r++) start += this.runs[r]!.count;
    return start;
  }

  /** `segment`'s pieces in new runs: a run closes once full, before a piece that may start one. */
  private group(segment: readonly Shown[]): Run[] {
    const doc = this.main.ownerDocument;
    const runs: Run[] = [];
    let run: Run | null = null;
    for (const s of segment) {
      if (!run || (run.count >= PREVIEW_RUN_PIECES && mayStartRun(s.block))) {
        run = { el: doc.createElement("div"), count: 0 };
        run.el.className = PREVIEW_RUN_CLASS;
        runs.push(run);
      }
      run.el.append(...s.nodes);
      run.count++;
    }
    return runs;
  }

  /** The blocks' nodes, parsed in one go and handed out by each block's count of top-level elements. */
  private parse(blocks: readonly RenderedBlock[], folder: URL, assetBase: URL): Shown[] {
    if (blocks.length === 0) return [];
    const doc = this.main.ownerDocument;
    const template = doc.createElement("template");
    template.innerHTML = blocks.map((b) => b.html).join(""); // inert: nothing loads until the nodes enter the preview
    resolveResourceUrls(template.content, folder, assetBase);
    const elements = [...template.content.children];
    let at = 0;
    return blocks.map((block) => {
      const nodes = elements.slice(at, at + block.lines.length);
      at += block.lines.length;
      return { block, nodes };
    });
  }
}
