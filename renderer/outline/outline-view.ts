// The outline panel: the open post's headings as a list of buttons (a click jumps there in the
// editor and the preview), the section holding the cursor marked, and folding of sections in the
// editor (a fold gutter, and Ctrl/Cmd+Shift+[ and ] on the heading).
import type { Extension } from "@codemirror/state";
import { EditorSelection } from "@codemirror/state";
import { EditorView, ViewPlugin, keymap, type ViewUpdate } from "@codemirror/view";
import { foldGutter, foldKeymap } from "@codemirror/language";
import { h } from "../dom/index.js";
import { tr } from "../i18n/index.js";
import { OUTLINE_DEBOUNCE_MS } from "./constants.js";
import { collectHeadings, sectionAt, type Heading } from "./headings.js";

/** The outline of the open post, kept up to date from its editor. */
export class OutlineView {
  /** The panel (a navigation landmark). */
  readonly element: HTMLElement;
  /** The editor extension (add it to every post's state): follows edits and the cursor, folds sections. */
  readonly extension: Extension;
  /** Called after a jump with the heading's 0-based line (the app scrolls the preview there). */
  onJump: (line: number) => void = () => undefined;
  private readonly list = h("ol", { class: "outline-list" });
  private readonly empty = h("p", { class: "outline-empty" }, tr("outline.empty"));
  private headings: Heading[] = [];
  private current = -1;
  private view: EditorView | null = null;
  private timer: number | undefined;

  constructor() {
    this.element = h(
      "nav",
      { class: "outline-pane", id: "outline-pane", "aria-label": tr("outline.label") },
      h("h2", { class: "outline-title" }, tr("outline.label")),
      this.list,
      this.empty,
    );
    this.extension = [
      ViewPlugin.define((view) => {
        this.attach(view);
        return { update: (u: ViewUpdate) => this.changed(u), destroy: () => this.detach(view) };
      }),
      foldGutter({ openText: "▾", closedText: "▸" }),
      keymap.of(foldKeymap),
    ];
  }

  private attach(view: EditorView): void {
    this.view = view;
    // Not while the post opens: a long post's headings are collected a moment later.
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.collect(), 0);
  }

  private detach(view: EditorView): void {
    if (this.view !== view) return;
    this.view = null;
    window.clearTimeout(this.timer);
  }

  private changed(u: ViewUpdate): void {
    if (u.docChanged) {
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(() => this.collect(), OUTLINE_DEBOUNCE_MS);
    } else if (u.selectionSet) this.markCurrent();
  }

  private collect(): void {
    const view = this.view;
    if (!view) return;
    const { headings, complete } = collectHeadings(view.state);
    this.headings = headings;
    this.list.replaceChildren(
      ...headings.map((heading, i) =>
        h(
          "li",
          { class: `outline-item level-${heading.level}` },
          h(
            "button",
            { type: "button", class: "outline-link", title: heading.text, onclick: () => this.jump(i) },
            heading.text || tr("outline.untitled"),
          ),
        ),
      ),
    );
    this.empty.hidden = headings.length > 0;
    this.current = -2;
    this.markCurrent();
    if (!complete) this.timer = window.setTimeout(() => this.collect(), OUTLINE_DEBOUNCE_MS);
  }

  private markCurrent(): void {
    const view = this.view;
    if (!view) return;
    const index = sectionAt(this.headings, view.state.selection.main.head);
    if (index === this.current) return;
    this.current = index;
    Array.from(this.list.children).forEach((li, i) => {
      const button = li.firstElementChild;
      if (i === index) button?.setAttribute("aria-current", "location");
      else button?.removeAttribute("aria-current");
    });
  }

  /** Puts the cursor on heading `i`, at the top of the editor, and tells the app to show it in the preview. */
  private jump(i: number): void {
    const view = this.view;
    const heading = this.headings[i];
    if (!view || !heading || heading.from > view.state.doc.length) return;
    view.dispatch({
      selection: EditorSelection.cursor(heading.from),
      effects: EditorView.scrollIntoView(heading.from, { y: "start", yMargin: 8 }),
    });
    view.focus();
    this.onJump(heading.line);
  }
}
