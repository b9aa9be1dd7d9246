// Column alignment of GFM tables as the `align` attribute (as GitHub writes it) instead of markdown-it's
// inline `style`, which the sanitiser strips. `align` also survives pasting the HTML elsewhere.
import type { MarkdownIt } from "markdown-it";

const TEXT_ALIGN = /^text-align:\s*(left|center|right)$/;

/** Moves `style="text-align:…"` of table cells to `align="…"`. */
export function useTableAlign(md: MarkdownIt): void {
  md.core.ruler.after("block", "tsuzuri_table_align", (state) => {
    for (const token of state.tokens) {
      if ((token.type !== "th_open" && token.type !== "td_open") || !token.attrs) continue;
      token.attrs = token.attrs.map(([name, value]) => {
        const align = name === "style" ? TEXT_ALIGN.exec(String(value))?.[1] : undefined;
        return align ? ["align", align] : [name, value];
      });
    }
  });
}
