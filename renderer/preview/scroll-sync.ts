// Scroll sync between editor and preview, both ways. The anchors are the rendered blocks: the i-th
// top-level element of the preview starts at source line blockLines[i]. Between two anchors the
// position is interpolated; the pane we move ourselves ignores its own scroll events for a moment,
// so the two never chase each other. Only blocks near the view are measured: a block in a run out of
// view (block-view.ts) is found through its run's position, since measuring the block itself would make
// the browser lay out the run.
import { PREVIEW_RUN_CLASS, SCROLL_SYNC_LOCK_MS } from "./constants.js";

/** What scroll sync needs of the editor. */
export interface SyncEditor {
  readonly scroller: HTMLElement;
  /** Scroll offset at which 0-based line `line` starts. */
  lineTop(line: number): number;
  /** The 0-based line at scroll offset `y`. */
  lineAt(y: number): number;
}

/** What scroll sync needs of the preview. */
export interface SyncPreview {
  readonly scroller: HTMLElement | null;
  /** The top-level blocks of the rendered post, in order. */
  blocks(): ArrayLike<Element> | null;
}

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

/** Largest i with a[i] <= x (by `key`), or -1. */
function floorIndex(n: number, key: (i: number) => number, x: number): number {
  let lo = 0;
  let hi = n - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(mid) <= x) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Keeps editor and preview scrolled to the same place. */
export class ScrollSync {
  private lockEditorUntil = 0;
  private lockPreviewUntil = 0;
  private frame = 0;
  /** The preview's scroll height when last synced: a scroll that changes it is the browser's, not the user's. */
  private previewHeight = -1;
  private driver: "editor" | "preview" = "editor";
  /** False while the preview is hidden (one pane only): nothing to sync. */
  enabled = true;

  constructor(
    private readonly editor: SyncEditor,
    private readonly preview: SyncPreview,
    private readonly lines: () => readonly number[],
  ) {
    editor.scroller.addEventListener("scroll", () => this.onScroll("editor"), { passive: true });
  }

  /** Listens to the preview document's scrolling (call once its document has loaded). */
  attachPreview(doc: Document): void {
    doc.addEventListener("scroll", () => this.onScroll("preview"), { passive: true });
  }

  /** Re-aligns after the preview changed (new render) or became visible, from the pane last scrolled. */
  realign(): void {
    this.schedule(this.driver);
  }

  private onScroll(pane: "editor" | "preview"): void {
    const now = performance.now();
    if (pane === "editor" ? now < this.lockEditorUntil : now < this.lockPreviewUntil) return;
    // Blocks of a long post laid out for the first time as they come into view take their real height,
    // and the browser scrolls to keep the content in place: follow the pane that was driving instead.
    const height = pane === "preview" ? (this.preview.scroller?.scrollHeight ?? -1) : -1;
    if (pane === "preview" && height !== this.previewHeight && this.previewHeight >= 0) {
      this.previewHeight = height;
      this.schedule(this.driver);
      return;
    }
    this.driver = pane;
    this.schedule(pane);
  }

  private schedule(from: "editor" | "preview"): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (!this.enabled) return;
      if (from === "editor") this.previewFromEditor();
      else this.editorFromPreview();
    });
  }

  private blockTops(): { n: number; top: (i: number) => number; at: (y: number) => number } | null {
    const blocks = this.preview.blocks();
    const scroller = this.preview.scroller;
    if (!blocks || !scroller) return null;
    const n = Math.min(blocks.length, this.lines().length);
    // The preview scrolls its whole document: block rects are relative to its viewport.
    const base = scroller.scrollTop;
    const top = (i: number) => blocks[i]!.getBoundingClientRect().top + base;
    const run = (i: number) => {
      const parent = blocks[i]!.parentElement;
      return parent?.classList.contains(PREVIEW_RUN_CLASS) ? parent : null;
    };
    // The last block starting at or above `y`: first the run there (by the runs' positions), then within it.
    const at = (y: number) => {
      const last = floorIndex(n, (i) => (run(i) ?? blocks[i]!).getBoundingClientRect().top + base, y);
      const r = last >= 0 ? run(last) : null;
      if (!r) return last;
      let first = last;
      while (first > 0 && run(first - 1) === r) first--;
      const inRun = floorIndex(last - first + 1, (k) => top(first + k), y);
      return inRun < 0 ? first - 1 : first + inRun;
    };
    return { n, top, at };
  }

  private previewFromEditor(): void {
    const scroller = this.preview.scroller;
    const tops = this.blockTops();
    if (!scroller || !tops) return;
    const ed = this.editor.scroller;
    const lines = this.lines();
    const y = ed.scrollTop;
    const edMax = ed.scrollHeight - ed.clientHeight;
    const pvMax = scroller.scrollHeight - scroller.clientHeight;
    let i = floorIndex(tops.n, (k) => lines[k] ?? 0, this.editor.lineAt(y));
    // Above the first line of block i (the editor's top padding): between the previous anchor and i.
    if (i >= 0 && y < this.editor.lineTop(lines[i] ?? 0)) i--;
    const yA = i < 0 ? 0 : this.editor.lineTop(lines[i] ?? 0);
    const yB = i + 1 < tops.n ? this.editor.lineTop(lines[i + 1] ?? 0) : edMax;
    const pA = i < 0 ? 0 : tops.top(i);
    const pB = i + 1 < tops.n ? tops.top(i + 1) : pvMax;
    const target = pA + clamp01((y - yA) / (yB - yA)) * (pB - pA);
    this.lockPreviewUntil = performance.now() + SCROLL_SYNC_LOCK_MS;
    scroller.scrollTop = Math.round(Math.min(target, pvMax));
    this.previewHeight = scroller.scrollHeight;
  }

  private editorFromPreview(): void {
    const scroller = this.preview.scroller;
    const tops = this.blockTops();
    if (!scroller || !tops) return;
    const ed = this.editor.scroller;
    const lines = this.lines();
    const p = scroller.scrollTop;
    const edMax = ed.scrollHeight - ed.clientHeight;
    const pvMax = scroller.scrollHeight - scroller.clientHeight;
    const i = tops.at(p);
    const pA = i < 0 ? 0 : tops.top(i);
    const pB = i + 1 < tops.n ? tops.top(i + 1) : pvMax;
    const yA = i < 0 ? 0 : this.editor.lineTop(lines[i] ?? 0);
    const yB = i + 1 < tops.n ? this.editor.lineTop(lines[i + 1] ?? 0) : edMax;
    const target = yA + clamp01((p - pA) / (pB - pA)) * (yB - yA);
    this.lockEditorUntil = performance.now() + SCROLL_SYNC_LOCK_MS;
    ed.scrollTop = Math.round(Math.min(target, edMax));
    this.previewHeight = scroller.scrollHeight;
  }
}
