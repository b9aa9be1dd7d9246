// The indentation of nested list items, widened. In a proportional font a space is narrow, so a list
// nested four deep (two spaces a level) reads as barely indented; widening just those spaces makes
// each level as plain in the source as it is in the preview. The text itself is unchanged.
import type { Range } from "@codemirror/state";
import { Decoration, ViewPlugin, type DecorationSet, type EditorView, type ViewUpdate } from "@codemirror/view";

const indent = Decoration.mark({ class: "cm-list-indent" });
/** Leading white space followed by a list marker (`-`, `*`, `+`, `1.`, `1)`) and a space. */
const LIST_ITEM = /^[ \t]+(?=(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$))/;

function decorate(view: EditorView): DecorationSet {
  const ranges: Range<Decoration>[] = [];
  const doc = view.state.doc;
  for (const { from, to } of view.visibleRanges) {
    for (let n = doc.lineAt(from).number, last = doc.lineAt(to).number; n <= last; n++) {
      const line = doc.line(n);
      const match = LIST_ITEM.exec(line.text);
      if (match) ranges.push(indent.range(line.from, line.from + match[0].length));
    }
  }
  return Decoration.set(ranges);
}

/** Mark decorations on the indentation of list items, over the visible part of the document only. */
export const listIndent = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = decorate(view);
    }
    update(update: ViewUpdate) {
      if (update.docChanged || update.viewportChanged) this.decorations = decorate(update.view);
    }
  },
  { decorations: (v) => v.decorations },
);
