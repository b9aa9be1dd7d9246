// The number of characters (Unicode code points) in the document, kept up to date per transaction
// from the changed ranges only, so typing in a long post costs no more than typing in a short one.
import { StateField, type EditorState, type Text } from "@codemirror/state";

/** UTF-16 surrogate pairs in a string: each is one code point written as two units. */
function pairs(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) n++;
  }
  return n;
}

function pairsIn(doc: Text): number {
  let n = 0;
  for (const iter = doc.iter(); !iter.next().done;) n += pairs(iter.value);
  return n;
}

/** Surrogate pairs in the document; the code-point count is `doc.length` minus this. */
const surrogatePairs = StateField.define<number>({
  create: (state) => pairsIn(state.doc),
  update(value, tr) {
    if (!tr.docChanged) return value;
    tr.changes.iterChanges((fromA, toA, _fromB, _toB, inserted) => {
      if (toA > fromA) value -= pairs(tr.startState.sliceDoc(fromA, toA));
      if (inserted.length) value += pairsIn(inserted);
    });
    return value;
  },
});

/** The extension that keeps the count. */
export const charCountField = surrogatePairs;

/** Characters (code points, line breaks included) in the state's document. */
export function charCount(state: EditorState): number {
  const p = state.field(surrogatePairs, false);
  return state.doc.length - (p ?? pairsIn(state.doc));
}
