// Editor states from text with the cursor marked, and the text back after a command, so each test
// reads as the Markdown before and after. `▮` is the cursor; `⟨`…`⟩` a selection (anchor … head).
import { EditorSelection, EditorState, type TransactionSpec } from "@codemirror/state";
import { ensureSyntaxTree } from "@codemirror/language";
import { markdown, markdownLanguage } from "@codemirror/lang-markdown";

/** The cursor mark. */
export const CURSOR = "▮";

/** A Markdown state (GFM, as in the app) holding `marked` with its cursor or selection, fully parsed. */
export function stateOf(marked: string): EditorState {
  let doc = marked;
  let anchor: number;
  let head: number;
  if (doc.includes("⟨")) {
    anchor = doc.indexOf("⟨");
    doc = doc.replace("⟨", "");
    head = doc.indexOf("⟩");
    doc = doc.replace("⟩", "");
  } else {
    anchor = head = Math.max(0, doc.indexOf(CURSOR));
    doc = doc.replace(CURSOR, "");
  }
  const state = EditorState.create({
    doc,
    selection: EditorSelection.single(anchor, head),
    extensions: markdown({ base: markdownLanguage, addKeymap: false }),
  });
  ensureSyntaxTree(state, state.doc.length, 5000);
  return state;
}

/** The text of `state` with its main selection marked as stateOf reads it. */
export function marked(state: EditorState): string {
  const { anchor, head } = state.selection.main;
  const doc = state.doc.toString();
  if (anchor === head) return doc.slice(0, head) + CURSOR + doc.slice(head);
  const [a, b] = [anchor, head].sort((x, y) => x - y) as [number, number];
  const open = anchor < head ? "⟨" : "⟩";
  const close = anchor < head ? "⟩" : "⟨";
  return doc.slice(0, a) + open + doc.slice(a, b) + close + doc.slice(b);
}

/** Runs `command` on `text`: the marked result, or null when the command did not apply. */
export function run(command: (state: EditorState) => TransactionSpec | null, text: string): string | null {
  const state = stateOf(text);
  const spec = command(state);
  return spec ? marked(state.update(spec).state) : null;
}

/** Runs `command` `times` times in a row (each on the state the last one left). */
export function repeat(command: (state: EditorState) => TransactionSpec | null, text: string, times: number): string {
  let state = stateOf(text);
  for (let i = 0; i < times; i++) {
    const spec = command(state);
    if (!spec) throw new Error(`the command did not apply on press ${i + 1}:\n${marked(state)}`);
    state = state.update(spec).state;
    ensureSyntaxTree(state, state.doc.length, 5000);
  }
  return marked(state);
}
