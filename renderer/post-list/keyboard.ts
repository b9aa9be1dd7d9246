// Arrow-key movement in the post list (the list is one Tab stop; arrows move within it), over every
// post shown, rendered or not.
import { isComposing } from "../dom/index.js";

/** The row `ArrowUp/Down/Home/End/PageUp/PageDown` moves to from row `at` of `count`, or null for another key. */
export function keyTarget(
  e: Pick<KeyboardEvent, "key" | "altKey" | "ctrlKey" | "metaKey" | "isComposing" | "keyCode">,
  at: number,
  count: number,
  page: number,
): number | null {
  if (isComposing(e as KeyboardEvent) || e.altKey || e.ctrlKey || e.metaKey || at < 0 || count === 0) return null;
  const last = count - 1;
  switch (e.key) {
    case "ArrowDown":
      return Math.min(last, at + 1);
    case "ArrowUp":
      return Math.max(0, at - 1);
    case "Home":
      return 0;
    case "End":
      return last;
    case "PageDown":
      return Math.min(last, at + page);
    case "PageUp":
      return Math.max(0, at - page);
    default:
      return null;
  }
}
