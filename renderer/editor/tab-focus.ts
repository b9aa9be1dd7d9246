// Keyboard users are never trapped in the Body. Tab there only nests list items and indents code;
// everywhere else it moves focus on as usual. Escape, then Tab leaves the editor from anywhere
// (CodeMirror's tab-focus convention, set here too so no other Escape binding can swallow it),
// and a quiet hint in the editor pane says so whenever the editor has just taken a Tab.
import { ViewPlugin, type EditorView, type ViewUpdate } from "@codemirror/view";
import { tr } from "../i18n/index.js";
import { TAB_ESCAPE_MS, TAB_HINT_MS } from "./constants.js";

/** The hint's element in the editor pane: announced politely, never focusable. */
class TabHint {
  readonly dom: HTMLElement;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(readonly view: EditorView) {
    this.dom = view.dom.ownerDocument.createElement("div");
    this.dom.className = "cm-tab-hint";
    this.dom.setAttribute("aria-live", "polite");
    view.dom.appendChild(this.dom);
  }

  /** Shows `text` for `ms` (or until the editor loses focus). */
  show(text: string, ms: number): void {
    this.dom.textContent = text;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.hide(), ms);
  }

  hide(): void {
    clearTimeout(this.timer);
    this.dom.textContent = "";
  }

  update(update: ViewUpdate): void {
    if (update.focusChanged && !update.view.hasFocus) this.hide();
  }

  destroy(): void {
    clearTimeout(this.timer);
    this.dom.remove();
  }
}

/** The hint, and Escape arming tab-focus mode. */
export const tabFocus = ViewPlugin.fromClass(TabHint, {
  eventObservers: {
    keydown(this: TabHint, event: KeyboardEvent, view: EditorView) {
      if (event.key !== "Escape" || event.isComposing || view.composing || event.ctrlKey || event.metaKey || event.altKey) return;
      view.setTabFocusMode(TAB_ESCAPE_MS);
      this.show(tr("editor.tabFocusHint"), TAB_ESCAPE_MS);
    },
  },
});

/** Tells the hint that the editor just took a Tab or Shift-Tab for itself. */
export function noteTabTaken(view: EditorView): void {
  view.plugin(tabFocus)?.show(tr("editor.tabHint"), TAB_HINT_MS);
}
