// The checkbox of a task-list item is markdown-it-task-lists' own markup, but the plugin emits it as an
// `html_inline` token, which would look like raw HTML the user typed. It gets a token type of its own.
import type { MarkdownIt } from "markdown-it";

/** The token type of a task-list checkbox made by the plugin (rendered as the plugin wrote it). */
export const TASK_CHECKBOX_TOKEN = "tsuzuri_task_checkbox";

/** The exact markup the plugin writes for an open and a ticked item, with disabled checkboxes. */
const CHECKBOX_MARKUP = new Set([
  '<input class="task-list-item-checkbox" disabled="" type="checkbox">',
  '<input class="task-list-item-checkbox" checked="" disabled="" type="checkbox">',
]);

/** Retypes the checkboxes markdown-it-task-lists just inserted; raw HTML typed by the user stays `html_inline`. */
export function useTaskCheckboxTokens(md: MarkdownIt): void {
  md.core.ruler.after("github-task-lists", "tsuzuri_task_checkbox", (state) => {
    const tokens = state.tokens;
    for (let i = 2; i < tokens.length; i++) {
      const inline = tokens[i];
      const item = tokens[i - 2];
      const first = inline?.children?.[0];
      // The plugin marks the item and puts its checkbox first among the item's inline children.
      if (inline?.type !== "inline" || item?.type !== "list_item_open" || first?.type !== "html_inline") continue;
      if (
        !String(item.attrGet("class") ?? "")
          .split(" ")
          .includes("task-list-item") ||
        !CHECKBOX_MARKUP.has(first.content)
      )
        continue;
      first.type = TASK_CHECKBOX_TOKEN;
    }
  });
  md.renderer.rules[TASK_CHECKBOX_TOKEN] = (tokens, idx) => tokens[idx]?.content ?? "";
}
