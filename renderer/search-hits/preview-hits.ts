// Search hits in the preview: the same words marked with the CSS Custom Highlight API (no change to
// the preview's DOM, so rendering and scroll sync are untouched), the current one scrolled into view.
import { findTerms } from "../../core/common/search/index.js";

/** Highlight names, styled by styles/preview.css. */
const HIT = "tsuzuri-hit";
const CURRENT = "tsuzuri-hit-current";

interface HighlightRegistry {
  set(name: string, value: unknown): void;
  delete(name: string): void;
}

function registry(doc: Document): { highlights: HighlightRegistry; Highlight: new (...ranges: Range[]) => unknown } | null {
  const win = doc.defaultView as
    (Window & { CSS?: { highlights?: HighlightRegistry }; Highlight?: new (...ranges: Range[]) => unknown }) | null;
  const highlights = win?.CSS?.highlights;
  return highlights && win.Highlight ? { highlights, Highlight: win.Highlight } : null;
}

/** DOM ranges of `terms` in the text of `root`, in document order. */
export function termRanges(root: HTMLElement, terms: readonly string[]): Range[] {
  const doc = root.ownerDocument;
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = "";
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push(n as Text);
    starts.push(text.length);
    text += (n as Text).data;
  }
  const locate = (offset: number, end: boolean): [Text, number] => {
    let lo = 0;
    let hi = nodes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! < offset || (!end && starts[mid] === offset)) lo = mid;
      else hi = mid - 1;
    }
    return [nodes[lo]!, offset - starts[lo]!];
  };
  return findTerms(text, terms).map(([from, to]) => {
    const range = doc.createRange();
    const [a, ao] = locate(from, false);
    const [b, bo] = locate(to, true);
    range.setStart(a, ao);
    range.setEnd(b, bo);
    return range;
  });
}

/** Marks the hits of `terms` in the preview's `main`; the `current`-th (wrapping) is scrolled to. Returns how many. */
export function showPreviewHits(main: HTMLElement, terms: readonly string[], current: number, scroll: boolean): number {
  const reg = registry(main.ownerDocument);
  const ranges = termRanges(main, terms);
  if (!reg) return ranges.length;
  if (!ranges.length) {
    clearPreviewHits(main.ownerDocument);
    return 0;
  }
  const i = ((current % ranges.length) + ranges.length) % ranges.length;
  reg.highlights.set(HIT, new reg.Highlight(...ranges));
  reg.highlights.set(CURRENT, new reg.Highlight(ranges[i]!));
  if (scroll) {
    const el = ranges[i]!.startContainer.parentElement;
    el?.scrollIntoView({ block: "center" });
  }
  return ranges.length;
}

/** Removes the marks. */
export function clearPreviewHits(doc: Document): void {
  const reg = registry(doc);
  reg?.highlights.delete(HIT);
  reg?.highlights.delete(CURRENT);
}
