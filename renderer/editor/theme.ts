// The editor's look. Every colour is a CSS variable of the app (styles/theme.css), so the editor
// follows the light/dark theme without being reconfigured: no transaction, no lost composition.
import { EditorView } from "@codemirror/view";
import { HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { tags } from "@lezer/highlight";
import type { Extension } from "@codemirror/state";

const base = EditorView.theme({
  "&": { height: "100%", color: "var(--text)", backgroundColor: "var(--editor-bg)", fontSize: "var(--editor-font-size)" },
  "&.cm-focused": { outline: "none" },
  ".cm-scroller": { fontFamily: "var(--font-text)", lineHeight: "var(--editor-line-height)", overflowX: "hidden" },
  ".cm-content": {
    maxWidth: "var(--measure)",
    margin: "0 auto",
    padding: "var(--editor-pad-top) var(--editor-pad-x) 40vh",
    caretColor: "var(--accent)",
  },
  ".cm-line": { padding: "0" },
  ".cm-cursor, .cm-dropCursor": { borderLeftColor: "var(--accent)", borderLeftWidth: "2px" },
  "&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection": {
    backgroundColor: "var(--selection) !important",
  },
  ".cm-placeholder": { color: "var(--placeholder)" },
  ".cm-searchMatch": { backgroundColor: "var(--search-match)", borderRadius: "2px" },
  ".cm-searchMatch.cm-searchMatch-selected": { backgroundColor: "var(--search-match-current)" },
  ".cm-selectionMatch": { backgroundColor: "var(--selection-match)" },
  ".cm-panels": { backgroundColor: "var(--panel-bg)", color: "var(--text)", fontFamily: "var(--font-ui)", fontSize: "13px" },
  ".cm-panels.cm-panels-top": { borderBottom: "1px solid var(--border)" },
  ".cm-panels.cm-panels-bottom": { borderTop: "1px solid var(--border)" },
  ".cm-panel.cm-search": { padding: "8px 40px 8px 12px", display: "flex", flexWrap: "wrap", alignItems: "center", gap: "6px" },
  ".cm-panel.cm-search br": { flexBasis: "100%", height: "0", content: "''" },
  ".cm-panel.cm-search label": { display: "inline-flex", alignItems: "center", gap: "4px", color: "var(--muted)", fontSize: "12.5px" },
  ".cm-panel.cm-search [name=close]": {
    position: "absolute",
    top: "6px",
    right: "8px",
    fontSize: "18px",
    color: "var(--muted)",
    background: "none",
    border: "none",
    cursor: "pointer",
    padding: "2px 6px",
    borderRadius: "6px",
  },
  ".cm-textfield": {
    font: "inherit",
    fontSize: "13px",
    color: "var(--text)",
    backgroundColor: "var(--input-bg)",
    border: "1px solid var(--border-strong)",
    borderRadius: "6px",
    padding: "4px 8px",
    margin: "0",
  },
  ".cm-textfield:focus": { outline: "2px solid var(--focus)", outlineOffset: "0", borderColor: "transparent" },
  ".cm-button": {
    font: "inherit",
    fontSize: "12.5px",
    color: "var(--text)",
    backgroundImage: "none",
    backgroundColor: "var(--button-bg)",
    border: "1px solid var(--border-strong)",
    borderRadius: "6px",
    padding: "3px 10px",
    margin: "0",
    cursor: "pointer",
  },
  ".cm-button:hover": { backgroundColor: "var(--button-hover)" },
  ".cm-button:focus-visible, .cm-panel.cm-search [name=close]:focus-visible": { outline: "2px solid var(--focus)", outlineOffset: "1px" },
  "input[type=checkbox]": { accentColor: "var(--accent)", margin: "0" },
  ".cm-tooltip": { backgroundColor: "var(--panel-bg)", color: "var(--text)", border: "1px solid var(--border)", borderRadius: "6px" },
  ".cm-specialChar": { color: "var(--danger)" },
  ".cm-line.cm-codeblock": {
    fontFamily: "var(--font-mono)",
    fontSize: "0.88em",
    lineHeight: "1.7",
    backgroundColor: "var(--code-bg)",
    padding: "0 12px",
  },
  // Two spaces a level read as a level (see list-indent.ts).
  ".cm-list-indent": { letterSpacing: "0.55em" },
  ".cm-tab-hint": {
    position: "absolute",
    right: "12px",
    bottom: "10px",
    zIndex: "5",
    pointerEvents: "none",
    fontFamily: "var(--font-ui)",
    fontSize: "12px",
    color: "var(--muted)",
    backgroundColor: "var(--panel-bg)",
    border: "1px solid var(--border)",
    borderRadius: "6px",
    padding: "3px 8px",
  },
  ".cm-tab-hint:empty": { display: "none" },
  ".cm-line.cm-codeblock-first": { borderTopLeftRadius: "6px", borderTopRightRadius: "6px", paddingTop: "4px" },
  ".cm-line.cm-codeblock-last": { borderBottomLeftRadius: "6px", borderBottomRightRadius: "6px", paddingBottom: "4px" },
});

/** Markdown source, calmly highlighted: structure visible, marks faint, nothing loud. */
const markdownHighlight = HighlightStyle.define([
  { tag: tags.heading1, fontSize: "1.5em", fontWeight: "700", lineHeight: "1.5" },
  { tag: tags.heading2, fontSize: "1.3em", fontWeight: "700" },
  { tag: tags.heading3, fontSize: "1.15em", fontWeight: "700" },
  { tag: [tags.heading4, tags.heading5, tags.heading6], fontWeight: "700" },
  { tag: tags.strong, fontWeight: "700" },
  { tag: tags.emphasis, fontStyle: "italic" },
  { tag: tags.strikethrough, textDecoration: "line-through", color: "var(--muted)" },
  { tag: tags.link, color: "var(--accent)" },
  { tag: tags.url, color: "var(--muted)", textDecoration: "underline", textDecorationColor: "var(--border-strong)" },
  { tag: [tags.processingInstruction, tags.contentSeparator], color: "var(--faint)" },
  { tag: tags.meta, color: "var(--faint)" },
  { tag: tags.quote, color: "var(--muted)" },
  { tag: tags.monospace, fontFamily: "var(--font-mono)", fontSize: "0.92em", color: "var(--code-text)" },
  { tag: [tags.keyword, tags.operatorKeyword, tags.modifier], color: "var(--syntax-keyword)" },
  { tag: [tags.string, tags.special(tags.string), tags.regexp], color: "var(--syntax-string)" },
  { tag: [tags.number, tags.bool, tags.null, tags.atom], color: "var(--syntax-number)" },
  { tag: [tags.comment, tags.lineComment, tags.blockComment], color: "var(--faint)", fontStyle: "italic" },
  { tag: [tags.function(tags.variableName), tags.function(tags.propertyName)], color: "var(--syntax-function)" },
  { tag: [tags.typeName, tags.className, tags.namespace], color: "var(--syntax-type)" },
  { tag: [tags.propertyName, tags.attributeName], color: "var(--syntax-property)" },
  { tag: [tags.tagName, tags.angleBracket], color: "var(--syntax-tag)" },
  { tag: tags.invalid, color: "var(--danger)" },
]);

/** The editor theme and highlighting, both driven by the app's CSS variables. */
export function editorTheme(): Extension {
  return [base, syntaxHighlighting(markdownHighlight)];
}
