// Where an image being added will go follows the edits made while it is saved: typing before it moves
// it, typing after it does not, and a state without the insert (another post) has no such place.
import { test } from "node:test";
import assert from "node:assert/strict";
import { EditorState } from "@codemirror/state";
import { EditorView, type DecorationSet } from "@codemirror/view";
import { clearPending, markPending, pendingInserts, pendingPos } from "../../../renderer/images/pending.js";

test("the place of a pending image follows typing before it, not typing at or after it", () => {
  let state = EditorState.create({ doc: "今日の夕飯。\n味噌汁。", extensions: pendingInserts });
  state = state.update({ effects: markPending.of({ id: 1, pos: 6, label: "Adding an image…" }) }).state;
  state = state.update({ changes: { from: 0, insert: "【" } }).state;
  assert.equal(pendingPos(state, 1), 7, "moved by text typed before it");
  const placeholders = () =>
    state
      .facet(EditorView.decorations)
      .filter((d): d is DecorationSet => typeof d !== "function")
      .reduce((n, set) => n + set.size, 0);
  assert.equal(placeholders(), 1, "a placeholder shows where the image goes");
  assert.equal(state.doc.toString(), "【今日の夕飯。\n味噌汁。", "the placeholder is not text");
  state = state.update({ changes: { from: 7, insert: "焼き魚" } }).state;
  assert.equal(pendingPos(state, 1), 7, "text typed at the place goes after the image");
  state = state.update({ changes: { from: 0, to: 3 } }).state;
  assert.equal(pendingPos(state, 1), 4);
  state = state.update({ effects: clearPending.of(1) }).state;
  assert.equal(pendingPos(state, 1), null);
  assert.equal(placeholders(), 0, "the placeholder goes with the insert");
});

test("another post's state knows nothing of the insert", () => {
  const other = EditorState.create({ doc: "別の投稿", extensions: pendingInserts });
  assert.equal(pendingPos(other, 1), null);
  assert.equal(pendingPos(EditorState.create({ doc: "" }), 1), null, "a state without the field");
});
