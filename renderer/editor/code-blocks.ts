// Fenced and indented code blocks in the source get a monospace font and a quiet background, so
// code reads as code even where the nested language does not mark it monospace.
import { syntaxTree } from "@codemirror/language";
import type { Range } from "@codemirror/state";
import { Decoration, ViewPlugin, type DecorationSet, type EditorView, type ViewUpdate } from "@codemirror/view";

const line = Decoration.line({ class: "cm-codeblock" });
const first = Decoration.line({ class: "cm-codeblock cm-codeblock-first" });
const last = Decoration.line({ class: "cm-codeblock cm-codeblock-last" });

function decorate(view: EditorView): DecorationSet {
  const ranges: Range<Decoration>[] = [];
  const doc = view.state.doc;
  for (const { from, to } of view.visibleRanges) {
    syntaxTree(view.state).iterate({
      from,
      to,
      enter(node) {
        if (node.name !== "FencedCode" && node.name !== "CodeBlock") return;
        const start = doc.lineAt(node.from).number;
        const end = doc.lineAt(node.to).number;
        for (let n = Math.max(start, doc.lineAt(from).number); n <= Math.min(end, doc.lineAt(to).number); n++) {
          const deco = n === start ? first : n === end ? last : line;
          ranges.push(deco.range(doc.line(n).from));
        }
        return false;
      },
    });
  }
  return Decoration.set(ranges, true);
}

/** Line decorations for code blocks, over the visible part of the document only. */
export const codeBlocks = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = decorate(view);
    }
    update(update: ViewUpdate) {
      if (update.docChanged || update.viewportChanged || syntaxTree(update.startState) !== syntaxTree(update.state)) {
        this.decorations = decorate(update.view);
      }
    }
  },
  { decorations: (v) => v.decorations },
);
