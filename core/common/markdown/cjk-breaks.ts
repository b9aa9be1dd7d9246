// A line break inside a Japanese sentence is not a space. Browsers (Chromium at least) show a soft line
// break between two CJK characters as a visible gap, so such a break renders as nothing instead.
import type { MarkdownIt, Token } from "markdown-it";
import { firstCodePoint, isCjkChar, lastCodePoint } from "./cjk.js";

/** Renders a soft line break between two CJK characters as nothing; any other stays a newline. */
export function useCjkBreaks(md: MarkdownIt): void {
  const fallback = md.renderer.rules.softbreak;
  md.renderer.rules.softbreak = (tokens, idx, options, env, self) => {
    if (joinsCjk(tokens[idx - 1], tokens[idx + 1])) return "";
    return fallback ? fallback(tokens, idx, options, env, self) : "\n";
  };
}

function joinsCjk(before: Token | undefined, after: Token | undefined): boolean {
  if (before?.type !== "text" || after?.type !== "text") return false;
  return isCjkChar(lastCodePoint(before.content)) && isCjkChar(firstCodePoint(after.content));
}
