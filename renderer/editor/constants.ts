// Tuning constants of the editor, in one place.

/** Columns one Tab indents code by, per fence language (the info string's first word, lower case). */
export const CODE_INDENT_BY_LANGUAGE: Readonly<Record<string, number | "tab">> = {
  python: 4,
  py: 4,
  rust: 4,
  rs: 4,
  java: 4,
  kotlin: 4,
  c: 4,
  cpp: 4,
  "c++": 4,
  cs: 4,
  csharp: 4,
  php: 4,
  swift: 4,
  go: "tab",
  golang: "tab",
  makefile: "tab",
  make: "tab",
};
/** Columns one Tab indents code by when the fence names no language we know. */
export const CODE_INDENT_DEFAULT = 2;
/** The "Esc, then Tab" hint stays this long after the last Tab the editor took. */
export const TAB_HINT_MS = 6000;
/** After Escape, Tab leaves the editor for this long (CodeMirror's own convention is 2 s). */
export const TAB_ESCAPE_MS = 2000;
