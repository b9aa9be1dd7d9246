// What Tab and Shift-Tab do in the Body: indent code, nest list items, and nothing else. Anywhere
// else the key is not taken, so focus moves on as in any form and no paragraph turns into code.
import type { EditorState, TransactionSpec } from "@codemirror/state";
import { indentCode } from "./code-indent.js";
import { indentListItems } from "./list-indentation.js";

/** Tab (`dedent` false) or Shift-Tab; null when the key should move focus instead. */
export function tabCommand(state: EditorState, dedent: boolean): TransactionSpec | null {
  return indentCode(state, dedent) ?? indentListItems(state, !dedent);
}
