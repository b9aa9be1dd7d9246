// The editor's extensions: a writing-first subset of CodeMirror's basic setup plus GFM Markdown.
import { EditorState, type Extension } from "@codemirror/state";
import {
  EditorView,
  drawSelection,
  dropCursor,
  highlightSpecialChars,
  keymap,
  placeholder,
  rectangularSelection,
  type ViewUpdate,
} from "@codemirror/view";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { search, searchKeymap } from "@codemirror/search";
import { markdown, markdownLanguage } from "@codemirror/lang-markdown";
import { languages } from "@codemirror/language-data";
import type { Lang } from "../../core/common/i18n/index.js";
import { codemirrorPhrases, tr } from "../i18n/index.js";
import { charCountField } from "./char-count.js";
import { codeBlocks } from "./code-blocks.js";
import { listIndent } from "./list-indent.js";
import { editorTheme } from "./theme.js";
import { markdownKeys } from "./keymap.js";
import { fenceClose } from "./fence-close.js";
import { tabFocus } from "./tab-focus.js";
import { hangIndent } from "./hang-indent.js";

/** What the editor tells its owner. Both are called on the typing path: keep them cheap. */
export interface EditorHooks {
  /** The document changed (by the user, or by us). */
  onDocChanged(update: ViewUpdate): void;
  /** An IME composition ended: work deferred while it ran may go now. */
  onCompositionEnd(): void;
  /** More extensions from the app (image paste and drop, ...), added to every post's state. */
  extra?: Extension;
}

/**
 * The extensions of every post's state. Markdown (GFM, fenced code highlighted by language) with
 * structural editing (keymap.ts: lists and code on Enter, Tab and Shift-Tab, formatting keys; Tab
 * elsewhere and Escape then Tab leave the editor), search and replace, wrapped lines, undo history.
 */
export function editorExtensions(lang: Lang, hooks: EditorHooks): Extension {
  return [
    highlightSpecialChars(),
    history(),
    drawSelection(),
    dropCursor(),
    rectangularSelection(),
    EditorState.allowMultipleSelections.of(true),
    markdown({ base: markdownLanguage, codeLanguages: languages, completeHTMLTags: false, addKeymap: false }),
    markdownKeys(),
    fenceClose,
    search({ top: true }),
    keymap.of([...searchKeymap, ...historyKeymap, ...defaultKeymap]),
    EditorView.lineWrapping,
    EditorState.phrases.of(codemirrorPhrases(lang)),
    EditorView.contentAttributes.of({ "aria-label": tr("editor.body"), "aria-multiline": "true" }),
    placeholder(tr("editor.bodyPlaceholder")),
    charCountField,
    codeBlocks,
    listIndent,
    hangIndent,
    tabFocus,
    editorTheme(),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) hooks.onDocChanged(update);
    }),
    EditorView.domEventHandlers({
      compositionend: () => {
        hooks.onCompositionEnd();
        return false;
      },
    }),
    hooks.extra ?? [],
  ];
}
