// Typewriter scrolling: the line being written stays in the middle of the editor, as on a typewriter
// the paper moves and the writer's eye does not.
import type { Extension } from "@codemirror/state";
import { EditorView, ViewPlugin, type ViewUpdate } from "@codemirror/view";

/** An editor extension that keeps the cursor's line centred while `active()` says so (read at each change). */
export function typewriterScrolling(active: () => boolean): Extension {
  return ViewPlugin.define((view) => ({
    update(u: ViewUpdate) {
      if (!active() || !(u.docChanged || u.selectionSet) || view.composing) return;
      const head = u.state.selection.main.head;
      // A view may not dispatch while it updates: centre right after.
      queueMicrotask(() => {
        if (view.state.selection.main.head === head) view.dispatch({ effects: EditorView.scrollIntoView(head, { y: "center" }) });
      });
    },
  }));
}

/** Centres the cursor's line of `view` now (when typewriter scrolling is turned on). */
export function centreCursor(view: EditorView): void {
  view.dispatch({ effects: EditorView.scrollIntoView(view.state.selection.main.head, { y: "center" }) });
}
