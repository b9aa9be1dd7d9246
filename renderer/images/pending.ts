// Where an image being added will go: a position in the post's own state that follows the edits made
// while the image is saved, so the link lands where it was pasted or dropped even if typing went on.
// A quiet "Adding images…" shows there meanwhile (a widget: it is not part of the text). It lives in
// the post's state: when another post is open by then, the position is not found.
import { StateEffect, StateField, type EditorState } from "@codemirror/state";
import { Decoration, EditorView, WidgetType, type DecorationSet } from "@codemirror/view";

/** An insert under way: where it goes, and what the placeholder says. */
interface Pending {
  pos: number;
  label: string;
}

/** Marks position `pos` for the image insert `id`, showing `label` there meanwhile. */
export const markPending = StateEffect.define<{ id: number } & Pending>({ map: (v, m) => ({ ...v, pos: m.mapPos(v.pos, -1) }) });
/** Forgets the insert `id`. */
export const clearPending = StateEffect.define<number>();

class PlaceholderWidget extends WidgetType {
  constructor(private readonly label: string) {
    super();
  }

  override eq(other: PlaceholderWidget): boolean {
    return other.label === this.label;
  }

  toDOM(): HTMLElement {
    const span = document.createElement("span");
    span.className = "cm-image-pending";
    span.setAttribute("aria-live", "polite");
    span.textContent = this.label;
    return span;
  }
}

/** Image inserts under way: id → where the Markdown goes. */
export const pendingInserts = StateField.define<ReadonlyMap<number, Pending>>({
  create: () => new Map(),
  update(value, tr) {
    let next = value;
    if (tr.docChanged && value.size) next = new Map(Array.from(value, ([id, p]) => [id, { ...p, pos: tr.changes.mapPos(p.pos, -1) }]));
    for (const e of tr.effects) {
      if (e.is(markPending)) next = new Map(next).set(e.value.id, { pos: e.value.pos, label: e.value.label });
      else if (e.is(clearPending) && next.has(e.value)) {
        const copy = new Map(next);
        copy.delete(e.value);
        next = copy;
      }
    }
    return next;
  },
  provide: (field) =>
    EditorView.decorations.compute([field], (state): DecorationSet => {
      const pending = [...state.field(field).values()].sort((a, b) => a.pos - b.pos);
      return Decoration.set(pending.map((p) => Decoration.widget({ widget: new PlaceholderWidget(p.label), side: -1 }).range(p.pos)));
    }),
});

/** Where insert `id` goes in `state`, or null when this state has no such insert (another post). */
export function pendingPos(state: EditorState, id: number): number | null {
  return state.field(pendingInserts, false)?.get(id)?.pos ?? null;
}
