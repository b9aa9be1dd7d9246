// The counts in the status bar: characters as read, 400字詰め原稿用紙 sheets, and the selection's
// characters. Counting never runs on the typing path: it waits for a pause, counts only the pieces
// that changed (text-count/incremental.ts), and a long post's first count goes in idle slices of
// COUNT_SLICE_MS, so that opening it blocks nothing for long.
import type { Extension } from "@codemirror/state";
import { ViewPlugin, type EditorView, type ViewUpdate } from "@codemirror/view";
import { countText, createIncrementalCounter } from "../../core/common/text-count/index.js";
import { h } from "../dom/index.js";
import { tr } from "../i18n/index.js";
import { COUNT_DEBOUNCE_MS, COUNT_IDLE_TIMEOUT_MS, COUNT_MAX_DEBOUNCE_MS, COUNT_SLICE_MS, COUNT_SLOW_FACTOR } from "./constants.js";

/** The counts of the open post, kept up to date from its editor. */
export class CountsView {
  /** The group of counts, for the status bar. */
  readonly element: HTMLElement;
  /** The editor extension that reports changes (add it to every post's state). */
  readonly extension: Extension;
  private readonly chars = h("span", { class: "char-count" });
  private readonly pages = h("span", { class: "manuscript-count" });
  private readonly selection = h("span", { class: "selection-count", hidden: true });
  private timer: number | undefined;
  private idle = 0;
  private delay = COUNT_DEBOUNCE_MS;
  /** One for every post: pieces counted in a post stay known, so a post opened again is counted at once. */
  private readonly count = createIncrementalCounter();
  private view: EditorView | null = null;
  private docDirty = true;

  constructor() {
    this.element = h("span", { class: "counts", title: tr("counts.rule") }, this.selection, this.chars, this.pages);
    this.extension = ViewPlugin.define((view) => {
      this.attach(view);
      return { update: (u: ViewUpdate) => this.changed(u), destroy: () => this.detach(view) };
    });
  }

  private attach(view: EditorView): void {
    this.view = view;
    this.docDirty = true;
    this.schedule(0);
  }

  private detach(view: EditorView): void {
    if (this.view !== view) return;
    this.view = null;
    window.clearTimeout(this.timer);
    cancelIdleCallback(this.idle);
    this.timer = undefined;
  }

  private changed(u: ViewUpdate): void {
    if (u.docChanged) this.docDirty = true;
    if (u.docChanged || u.selectionSet) this.schedule(this.delay);
  }

  private schedule(ms: number): void {
    window.clearTimeout(this.timer);
    cancelIdleCallback(this.idle);
    this.timer = window.setTimeout(() => this.countNow(), ms);
  }

  private countNow(): void {
    this.timer = undefined;
    const view = this.view;
    if (!view) return;
    const started = performance.now();
    const state = view.state;
    if (this.docDirty) {
      const counts = this.count(state.doc.toString(), () => performance.now() - started < COUNT_SLICE_MS);
      if (!counts) {
        // Not done: the rest when the page is idle (what was counted is kept).
        this.idle = requestIdleCallback(() => this.countNow(), { timeout: COUNT_IDLE_TIMEOUT_MS });
        return;
      }
      this.docDirty = false;
      this.chars.textContent = tr("status.chars", { count: counts.chars });
      const pages = tr("counts.manuscript", { count: counts.manuscriptPages });
      this.pages.textContent = tr("counts.pagesAndLines", { pages, lines: tr("counts.lines", { count: counts.manuscriptLines }) });
    }
    const selected = state.selection.ranges.filter((r) => !r.empty).map((r) => state.sliceDoc(r.from, r.to));
    this.selection.hidden = selected.length === 0;
    if (selected.length) this.selection.textContent = tr("counts.selection", { count: countText(selected.join("\n\n")).chars });
    const took = performance.now() - started;
    this.delay = Math.min(COUNT_MAX_DEBOUNCE_MS, Math.max(COUNT_DEBOUNCE_MS, took * COUNT_SLOW_FACTOR));
  }
}
