// Settings that change how the editor looks and behaves, applied live: the font, its size, the
// line's width and height (CSS variables on the editor's pane, which the editor's theme reads), and
// spellchecking (an attribute of the editor's content, through CodeMirror's contentAttributes).
import { EditorView } from "@codemirror/view";
import type { Extension } from "@codemirror/state";
import type { Settings } from "../../core/contract/index.js";
import { FONT_STACKS } from "./constants.js";

/** The settings that change the editor's look. */
export type EditorLook = Pick<Settings, "editorFont" | "fontSize" | "lineWidth" | "lineHeight">;

/** Sets the editor's font, size, line width and height on `pane` (the element the editor sits in). */
export function applyEditorLook(pane: HTMLElement, look: EditorLook): void {
  const font = FONT_STACKS[look.editorFont];
  if (font) pane.style.setProperty("--font-text", font);
  else pane.style.removeProperty("--font-text");
  pane.style.setProperty("--editor-font-size", `${look.fontSize}px`);
  pane.style.setProperty("--editor-line-height", String(look.lineHeight));
  // In em of the editor's text: a line holds that many full-width characters.
  pane.style.setProperty("--measure", look.lineWidth > 0 ? `${look.lineWidth}em` : "none");
  pane.dataset.editorFont = look.editorFont;
}

/** An editor extension that turns the browser's spellchecker on while `enabled()` says so (read at each update). */
export function spellcheckAttribute(enabled: () => boolean): Extension {
  return EditorView.contentAttributes.of(() => ({ spellcheck: enabled() ? "true" : "false" }));
}
