// A post opened from a journal search shows where the search found it: the editor and the preview
// scroll to the first hit and mark every one; F3 (or Enter again on the same result) goes to the
// next, Shift-F3 back.
import { findTerms, queryTerms } from "../../core/common/search/index.js";
import { clearPreviewHits, currentEditorHit, showEditorHits, showPreviewHits, stepEditorHit } from "../search-hits/index.js";
import type { Session } from "./session.js";

/** The hits of the open post, if it was opened from a search. */
export class SearchReveal {
  private terms: string[] = [];
  private path: string | null = null;

  constructor(private readonly session: Session) {}

  private get active(): boolean {
    return this.path !== null && this.session.current?.path === this.path && this.terms.length > 0;
  }

  /** Opens `path` from the results of `query`, then shows its hits; on the open post, goes to the next hit. */
  async open(path: string, query: string): Promise<void> {
    const terms = queryTerms(query);
    if (this.active && this.session.current?.path === path && terms.join("\u0000") === this.terms.join("\u0000")) {
      this.step(1);
      return;
    }
    this.clear();
    await this.session.open(path);
    if (this.session.current?.path !== path || !terms.length) return;
    const { editor } = this.session.ctx;
    const ranges = findTerms(editor.text(), terms);
    this.terms = terms;
    this.path = path;
    if (!showEditorHits(editor.view, ranges)) return;
    this.showInPreview(true);
  }

  /** Next (1) or previous (-1) hit. False when the open post shows none. */
  step(delta: 1 | -1): boolean {
    if (!this.active) return false;
    if (!stepEditorHit(this.session.ctx.editor.view, delta)) return false;
    this.showInPreview(true);
    return true;
  }

  /** The preview rendered again: mark the hits again (its text nodes are new). */
  previewRendered(): void {
    if (this.active) this.showInPreview(false);
    else if (this.path !== null) this.clear();
  }

  /** Forgets the hits. */
  clear(): void {
    this.path = null;
    this.terms = [];
    const doc = this.session.ctx.preview.frame.document;
    if (doc) clearPreviewHits(doc);
  }

  private showInPreview(scroll: boolean): void {
    const main = this.session.ctx.preview.frame.main;
    const hit = currentEditorHit(this.session.ctx.editor.state);
    if (main && hit) showPreviewHits(main, this.terms, hit.index, scroll);
  }
}

/** F3 / Shift-F3 anywhere in the window step through the open post's hits (when it has some). */
export function installHitKeys(reveal: SearchReveal): void {
  window.addEventListener(
    "keydown",
    (e) => {
      if (e.key !== "F3" || e.ctrlKey || e.metaKey || e.altKey) return;
      if (reveal.step(e.shiftKey ? -1 : 1)) {
        e.preventDefault();
        e.stopPropagation();
      }
    },
    { capture: true },
  );
}
