// What the HTML → Markdown conversion keeps, drops and recognises, named in one place.

/** Inline elements Markdown has no syntax for: kept as (sanitised) HTML. */
export const KEEP_INLINE: readonly string[] = [
  "SUP",
  "SUB",
  "KBD",
  "MARK",
  "RUBY",
  "U",
  "INS",
  "ABBR",
  "SMALL",
  "Q",
  "DFN",
  "VAR",
  "SAMP",
  "TIME",
  "BDI",
  "BDO",
];
/** Block elements Markdown has no syntax for: kept as (sanitised) HTML. */
export const KEEP_BLOCK: readonly string[] = ["DL", "DETAILS", "ASIDE"];
/** Elements dropped with their content: they never show text to a reader. */
export const REMOVE: readonly string[] = [
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "LINK",
  "META",
  "HEAD",
  "TITLE",
  "BUTTON",
  "SELECT",
  "OBJECT",
  "CANVAS",
  "SVG",
  "MATH",
];
/** Elements a table cell may not hold for the table to be a Markdown (pipe) table. */
export const TABLE_BLOCKERS: readonly string[] = ["TABLE", "UL", "OL", "PRE", "BLOCKQUOTE", "H1", "H2", "H3", "H4", "H5", "H6", "DL", "HR"];

/** Hatena keyword links (unwrapped to their text): by class, or by the keyword pages they point at. */
export const KEYWORD_CLASSES: readonly string[] = ["keyword", "okeyword"];
export const KEYWORD_HREF = /^https?:\/\/d\.hatena\.ne\.jp\/keyword\//;
/** Hatena's embed ("blog card") iframes: the embedded page is the `url` parameter. */
export const HATENA_EMBED_HOSTS: readonly string[] = ["hatenablog-parts.com", "blog.hatena.ne.jp"];
/** A Hatena "fotolife" image's alt text (`f:id:user:20190724213000p:plain`): not a description. */
export const FOTOLIFE_ALT = /^f:id:[^:]+:\w+(?::\w+)?$/;

/** The marker the HTML carries for MORE_MARKER (HTML comments do not survive the conversion). */
export const MORE_ELEMENT = "hr data-tsuzuri-more";
/** Hard line breaks are written as a backslash at the end of the line (trailing spaces get stripped by editors). */
export const HARD_BREAK = "\\";
