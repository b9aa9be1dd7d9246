// Types of @joplin/turndown-plugin-gfm, which ships none.
declare module "@joplin/turndown-plugin-gfm" {
  import type TurndownService from "turndown";
  /** GFM tables (pipe tables; tables with block content are kept as HTML). */
  export const tables: TurndownService.Plugin;
  /** `<del>`, `<s>`, `<strike>` → `~~…~~`. */
  export const strikethrough: TurndownService.Plugin;
  /** Checkboxes in list items → `[ ]` / `[x]`. */
  export const taskListItems: TurndownService.Plugin;
  /** All of the above and highlighted code blocks. */
  export const gfm: TurndownService.Plugin;
}
