// The preview's blocks in the DOM, kept in step with an incremental render: the pieces that are the same
// objects as last time keep their nodes (images do not reload, nothing is parsed or laid out again);
// only the changed run in the middle is parsed (one innerHTML for all of it) and put in place.
import type { RenderedBlock } from "../../core/common/markdown/incremental.js";
import { resolveResourceUrls } from "./resolve-urls.js";

interface Shown {
  block: RenderedBlock;
  nodes: Element[];
}

/** The pieces shown in a preview's <main>, as last put there by `update`. */
export class BlockView {
  private shown: Shown[] = [];

  constructor(private readonly main: HTMLElement) {}

  /** Shows `blocks` (of one incremental render) in <main>; `fresh`: the nodes there are not ours (rebuild all). */
  update(blocks: readonly RenderedBlock[], folder: URL, assetBase: URL, fresh: boolean): void {
    const old = fresh ? [] : this.shown;
    if (fresh) this.main.replaceChildren();
    const min = Math.min(old.length, blocks.length);
    let head = 0;
    while (head < min && old[head]!.block === blocks[head]) head++;
    let tail = 0;
    while (tail < min - head && old[old.length - 1 - tail]!.block === blocks[blocks.length - 1 - tail]) tail++;
    for (let i = head; i < old.length - tail; i++) for (const n of old[i]!.nodes) n.remove();
    const middle = blocks.slice(head, blocks.length - tail);
    const made = this.parse(middle, folder, assetBase);
    const before = tail ? (old[old.length - tail]!.nodes[0] ?? null) : null;
    const insert = this.main.ownerDocument.createDocumentFragment();
    for (const s of made) insert.append(...s.nodes);
    this.main.insertBefore(insert, before);
    this.shown = [...old.slice(0, head), ...made, ...old.slice(old.length - tail)];
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
