// Splitting a post file into its front-matter block and its Markdown body.
import { detectEol, type Eol } from "./eol.js";

/** A post file cut in two, so that `head + (gap ? eol : "") + body` is the file again. */
export interface SplitFile {
  /** True when the file starts with a UTF-8 byte order mark (kept on save). */
  bom: boolean;
  /** The file's line ending (see detectEol). */
  eol: Eol;
  /** The opening fence line ("---" and its line break); "" without front matter. */
  open: string;
  /** The YAML between the fences, exactly as in the file; null when the file has no front matter. */
  yaml: string | null;
  /** The closing fence line ("---" or "...", and its line break if any); "" without front matter. */
  close: string;
  /** BOM, opening fence, YAML and closing fence line, exactly as in the file (just the BOM, or "", without front matter). */
  head: string;
  /** True when one blank line separates the closing fence from the body (it belongs to neither). */
  gap: boolean;
  /** Everything after the front matter (and the gap), exactly as in the file. */
  body: string;
}

const BOM = "\uFEFF";
const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gm;

/**
 * Splits `text` into front matter and body. Front matter is a first line `---` and a later line
 * `---` (or `...`); a file whose first fence is never closed has no front matter: it is all body.
 */
export function splitFrontMatter(text: string): SplitFile {
  const bom = text.startsWith(BOM);
  const rest = bom ? text.slice(1) : text;
  const eol = detectEol(rest);
  const open = OPEN.exec(rest);
  if (open) {
    CLOSE.lastIndex = open[0].length;
    const close = CLOSE.exec(rest);
    if (close) {
      const headEnd = close.index + close[0].length;
      const yaml = rest.slice(open[0].length, close.index);
      let body = rest.slice(headEnd);
      const gapMatch = /^\r?\n/.exec(body);
      const gap = gapMatch !== null && close[0].endsWith("\n");
      if (gap && gapMatch) body = body.slice(gapMatch[0].length);
      return { bom, eol, open: open[0], yaml, close: close[0], head: (bom ? BOM : "") + rest.slice(0, headEnd), gap, body };
    }
  }
  return { bom, eol, open: "", yaml: null, close: "", head: bom ? BOM : "", gap: false, body: rest };
}
