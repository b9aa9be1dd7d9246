// Types of markdown-it-task-lists, which ships none.
declare module "markdown-it-task-lists" {
  import type { MarkdownIt } from "markdown-it";
  interface TaskListOptions {
    /** Checkboxes the reader can tick (default false: rendered disabled). */
    enabled?: boolean;
    label?: boolean;
    labelAfter?: boolean;
  }
  const taskLists: (md: MarkdownIt, options?: TaskListOptions) => void;
  export default taskLists;
}
