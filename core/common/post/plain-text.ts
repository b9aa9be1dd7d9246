// Rough Markdown → plain text, for one line at a time (excerpts, titles). Not a renderer.

/** `line` without Markdown block markers (quote, list, task box, heading) or inline syntax, spaces collapsed. */
export function plainLine(line: string): string {
  let s = line.replace(/^[ \t]*(?:>[ \t]?)+/, "").replace(/^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/, "");
  const heading = /^[ \t]*#{1,6}(?:[ \t]+|$)/.exec(s);
  if (heading) s = s.slice(heading[0].length).replace(/(?:^|[ \t]+)#+[ \t]*$/, "");
  s = plainInline(s);
  return s.replace(/[ \t\u3000]+/g, (m) => (m.includes("\u3000") ? "\u3000" : " ")).trim();
}

/** Inline Markdown (links, images, code, emphasis, tags, escapes) reduced to its text. */
export function plainInline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, "$1")
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, "$1")
    .replace(/<\/?[A-Za-z][^>]*>/g, "")
    .replace(/`+([^`]*)`+/g, "$1")
    .replace(/(\*{1,3}|~~)(?=\S)([^*~]*?\S)\1/g, "$2")
    .replace(/(^|[\s(])_{1,3}(?=\S)([^_]*?\S)_{1,3}(?=$|[\s).,!?:;])/g, "$1$2")
    .replace(/\\([!-/:-@[-`{-~])/g, "$1");
}
