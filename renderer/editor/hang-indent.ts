// Wrapped lines of a list item hang under its text, not under its marker. Each item line gets a
// left padding as wide as its marker (and indentation and task box) and a negative text indent of
// the same width, so only the first visual line starts at the margin. Widths are measured in the
// editor's own font (the widened list indentation included) once per distinct marker prefix.
import { StateEffect, type Range } from "@codemirror/state";
import { syntaxTree } from "@codemirror/language";
import { Decoration, ViewPlugin, type DecorationSet, type EditorView, type ViewUpdate } from "@codemirror/view";
import { inVerbatim, parseItemLine } from "./list-structure.js";

/** Sent once new prefix widths are measured, so the lines are decorated again. */
const measured = StateEffect.define<null>();

class HangIndent {
  decorations: DecorationSet = Decoration.none;
  /** Measured width in pixels of each marker prefix (`  - [ ] `), in the current font. */
  private readonly widths = new Map<string, number>();
  private readonly styles = new Map<number, Decoration>();
  private font = "";

  constructor(view: EditorView) {
    this.refresh(view);
  }

  update(update: ViewUpdate): void {
    const font = `${update.view.defaultCharacterWidth}/${update.view.defaultLineHeight}`;
    if (font !== this.font) {
      this.font = font;
      this.widths.clear();
    }
    const again = update.transactions.some((tr) => tr.effects.some((e) => e.is(measured)));
    if (again || update.docChanged || update.viewportChanged || this.widths.size === 0) this.refresh(update.view);
  }

  private decoration(width: number): Decoration {
    let deco = this.styles.get(width);
    if (!deco) {
      deco = Decoration.line({ class: "cm-list-hang", attributes: { style: `padding-left: ${width}px; text-indent: -${width}px` } });
      this.styles.set(width, deco);
    }
    return deco;
  }

  private refresh(view: EditorView): void {
    const ranges: Range<Decoration>[] = [];
    const missing = new Map<string, number>();
    const doc = view.state.doc;
    const tree = syntaxTree(view.state);
    for (const { from, to } of view.visibleRanges) {
      for (let n = doc.lineAt(from).number, last = doc.lineAt(to).number; n <= last; n++) {
        const line = doc.line(n);
        const shape = parseItemLine(line.text);
        if (!shape || inVerbatim(tree, line.from + shape.indentText.length)) continue;
        const prefix = line.text.slice(0, shape.contentStart);
        const width = this.widths.get(prefix);
        if (width !== undefined) ranges.push(this.decoration(width).range(line.from));
        else if (!missing.has(prefix)) missing.set(prefix, line.from);
      }
    }
    this.decorations = Decoration.set(ranges);
    if (missing.size) this.measure(view, missing);
  }

  /** Measures the prefixes at the given line starts, then has the lines decorated again. */
  private measure(view: EditorView, missing: Map<string, number>): void {
    view.requestMeasure({
      read: (v) => {
        const found: [string, number][] = [];
        for (const [prefix, at] of missing) {
          const start = v.coordsAtPos(at, 1);
          const end = v.coordsAtPos(at + prefix.length, -1);
          if (start && end && end.top === start.top) found.push([prefix, Math.max(0, Math.round(end.left - start.left))]);
        }
        return found;
      },
      write: (found, v) => {
        if (!found.length) return;
        for (const [prefix, width] of found) this.widths.set(prefix, width);
        setTimeout(() => v.dom.isConnected && v.dispatch({ effects: measured.of(null) }), 0);
      },
    });
  }
}

/** Hanging indentation for the wrapped lines of list items, over the visible part of the document. */
export const hangIndent = ViewPlugin.fromClass(HangIndent, { decorations: (v) => v.decorations });
