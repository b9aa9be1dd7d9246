// The DOM side of the UI language: the current translator, CodeMirror phrases, date formats.
export { setLang, lang, tr } from "./current.js";
export { codemirrorPhrases } from "./phrases.js";
export { formatDate, isoDate } from "./format.js";
