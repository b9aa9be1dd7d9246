// 縦中横 (tate-chu-yoko) for vertical text: short runs of half-width characters that a Japanese
// typesetter sets upright, across one column — numbers of one or two digits (5月12日), a single Latin
// letter among Japanese (A社), and !? !! ?? ?! — are wrapped in <span class="tcy"> (vertical.css sets
// `text-combine-upright: all` on it). Longer numbers and words stay sideways, as in print. Only when
// the render asks for vertical text (env.verticalText); code is never touched.
import type { MarkdownIt, Token } from "markdown-it";

/** The class of an upright run (vertical.css styles it). */
export const TCY_CLASS = "tcy";

/** A render env that asks for 縦中横 markup. */
export interface VerticalEnv {
  verticalText?: boolean;
}

const UPRIGHT = /(?<![0-9A-Za-z])(?:[0-9]{1,2}|[A-Za-z])(?![0-9A-Za-z])|(?<![!?])[!?]{2}(?![!?])/g;
/** A single letter next to a space or a letter is part of Latin text, not an upright mark: "a pen". */
const LATIN_CONTEXT = /[A-Za-z\s]/;

/** Adds the 縦中横 rule to `md` (active only for renders whose env has verticalText). */
export function useTateChuYoko(md: MarkdownIt): void {
  md.core.ruler.after("inline", "tsuzuri_tate_chu_yoko", (state) => {
    if (!(state.env as VerticalEnv | undefined)?.verticalText) return;
    for (const block of state.tokens) {
      if (block.type !== "inline" || !block.children) continue;
      block.children = block.children.flatMap((t) => (t.type === "text" ? split(t, state.Token) : [t]));
    }
  });
  md.renderer.rules.tcy_open = () => `<span class="${TCY_CLASS}">`;
  md.renderer.rules.tcy_close = () => "</span>";
}

function split(token: Token, TokenClass: typeof Token): Token[] {
  const text = token.content;
  const out: Token[] = [];
  let at = 0;
  const push = (type: string, content = "", nesting: -1 | 0 | 1 = 0) => {
    const t = new TokenClass(type, type === "text" ? "" : "span", nesting);
    t.content = content;
    t.level = token.level;
    out.push(t);
  };
  for (const m of text.matchAll(UPRIGHT)) {
    const start = m.index;
    const run = m[0];
    if (/^[A-Za-z]$/.test(run) && (LATIN_CONTEXT.test(text[start - 1] ?? "") || LATIN_CONTEXT.test(text[start + 1] ?? ""))) continue;
    if (start > at) push("text", text.slice(at, start));
    push("tcy_open", "", 1);
    push("text", run);
    push("tcy_close", "", -1);
    at = start + run.length;
  }
  if (at === 0) return [token];
  if (at < text.length) push("text", text.slice(at));
  return out;
}
