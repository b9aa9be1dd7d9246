// Line endings. Bodies travel as "\n" text; a file keeps the line ending it was written with.

/** The line ending of a file: the one that ends its first line, "\n" when it has none. */
export type Eol = "\n" | "\r\n";

/** The line ending of `text`, judged by its first line break. */
export function detectEol(text: string): Eol {
  const i = text.indexOf("\n");
  return i > 0 && text[i - 1] === "\r" ? "\r\n" : "\n";
}

/** `text` with every "\r\n" turned into "\n" (a lone "\r" is left alone). */
export function toLf(text: string): string {
  return text.includes("\r\n") ? text.replace(/\r\n/g, "\n") : text;
}

/** `text` (any mix of "\r\n" and "\n") written with line ending `eol`. */
export function withEol(text: string, eol: Eol): string {
  const lf = toLf(text);
  return eol === "\n" ? lf : lf.replace(/\n/g, "\r\n");
}
