// Where an image being added will go: a position in the post's own state that follows the edits made
// while the image is saved, so the link lands where it was pasted or dropped even if typing went on.
// It lives in the post's state: when another post is open by then, the position is not found.
import { StateEffect, StateField, type EditorState } from "@codemirror/state";

/** Marks position `pos` for the image insert `id`. */
export const markPending = StateEffect.define<{ id: number; pos: number }>({ map: (v, m) => ({ id: v.id, pos: m.mapPos(v.pos, -1) }) });
/** Forgets the insert `id`. */
export const clearPending = StateEffect.define<number>();

/** Image inserts under way: id → where the Markdown goes. */
export const pendingInserts = StateField.define<ReadonlyMap<number, number>>({
  create: () => new Map(),
  update(value, tr) {
    let next = value;
    if (tr.docChanged && value.size) next = new Map(Array.from(value, ([id, pos]) => [id, tr.changes.mapPos(pos, -1)]));
    for (const e of tr.effects) {
      if (e.is(markPending)) next = new Map(next).set(e.value.id, e.value.pos);
      else if (e.is(clearPending) && next.has(e.value)) {
        const copy = new Map(next);
        copy.delete(e.value);
        next = copy;
      }
    }
    return next;
  },
});

/** Where insert `id` goes in `state`, or null when this state has no such insert (another post). */
export function pendingPos(state: EditorState, id: number): number | null {
  return state.field(pendingInserts, false)?.get(id) ?? null;
}
