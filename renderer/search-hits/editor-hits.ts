// Search hits in the editor: the places a journal search found, marked, the current one brighter,
// stepped through by the app (F3 / Shift-F3). Added to a post's state only when it is opened from a search
// (StateEffect.appendConfig), so the editor of an ordinary post carries none of it.
import { StateEffect, StateField, type EditorState, type Extension } from "@codemirror/state";
import { Decoration, EditorView, type DecorationSet } from "@codemirror/view";

interface Hits {
  ranges: DecorationSet;
  /** Index of the current hit. */
  current: number;
}

const setHits = StateEffect.define<{ ranges: readonly (readonly [number, number])[]; current: number }>();
const hit = Decoration.mark({ class: "cm-search-hit" });
const currentHit = Decoration.mark({ class: "cm-search-hit cm-search-hit-current", attributes: { "aria-current": "true" } });

function build(ranges: readonly (readonly [number, number])[], current: number): DecorationSet {
  return Decoration.set(
    ranges.filter(([a, b]) => b > a).map(([a, b], i) => (i === current ? currentHit : hit).range(a, b)),
    true,
  );
}

/** Ranges of the hits now (mapped through edits since). */
function rangesOf(set: DecorationSet): [number, number][] {
  const out: [number, number][] = [];
  for (const iter = set.iter(); iter.value; iter.next()) out.push([iter.from, iter.to]);
  return out;
}

const hitsField = StateField.define<Hits>({
  create: () => ({ ranges: Decoration.none, current: 0 }),
  update(value, tr) {
    for (const e of tr.effects) if (e.is(setHits)) return { ranges: build(e.value.ranges, e.value.current), current: e.value.current };
    return tr.docChanged ? { ...value, ranges: value.ranges.map(tr.changes) } : value;
  },
  provide: (f) => EditorView.decorations.from(f, (v) => v.ranges),
});

/** Selects hit `index` (wrapping around) and scrolls it to the middle of the editor. */
function go(view: EditorView, index: number): boolean {
  const ranges = rangesOf(view.state.field(hitsField).ranges);
  if (!ranges.length) return false;
  const i = ((index % ranges.length) + ranges.length) % ranges.length;
  const [from, to] = ranges[i]!;
  view.dispatch({
    effects: [setHits.of({ ranges, current: i }), EditorView.scrollIntoView(from, { y: "center" })],
    selection: { anchor: from, head: to },
  });
  return true;
}

const hitsExtension: Extension = [
  hitsField,
  EditorView.baseTheme({
    ".cm-search-hit": { backgroundColor: "var(--search-match, #fde68a)", borderRadius: "2px" },
    ".cm-search-hit-current": { backgroundColor: "var(--search-match-current, #f59e0b)", outline: "1px solid var(--accent, #b45309)" },
  }),
];

/** Marks `ranges` in the open post, selects the first and scrolls to it. False when there is none. */
export function showEditorHits(view: EditorView, ranges: readonly (readonly [number, number])[]): boolean {
  if (!view.state.field(hitsField, false)) view.dispatch({ effects: StateEffect.appendConfig.of(hitsExtension) });
  view.dispatch({ effects: setHits.of({ ranges, current: 0 }) });
  return go(view, 0);
}

/** Moves to the next (or, with -1, previous) hit. False when the open post shows no hits. */
export function stepEditorHit(view: EditorView, delta: 1 | -1): boolean {
  const hits = view.state.field(hitsField, false);
  return hits ? go(view, hits.current + delta) : false;
}

/** The current hit's range and how many there are, or null (for the preview and tests). */
export function currentEditorHit(state: EditorState): { from: number; to: number; index: number; count: number } | null {
  const hits = state.field(hitsField, false);
  if (!hits) return null;
  const ranges = rangesOf(hits.ranges);
  const r = ranges[hits.current];
  return r ? { from: r[0], to: r[1], index: hits.current, count: ranges.length } : null;
}
