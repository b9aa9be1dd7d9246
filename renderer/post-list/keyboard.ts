// Arrow-key movement in the post list (the list is one Tab stop; arrows move within it).
import { isComposing } from "../dom/index.js";

const PAGE = 10;

/**
 * Moves focus for ArrowUp/ArrowDown/Home/End/PageUp/PageDown on a button of `list`.
 * Returns true when the key was handled. `finish` renders items not yet rendered.
 */
export function handleListKey(e: KeyboardEvent, list: HTMLElement, finish: () => void): boolean {
  if (isComposing(e) || e.altKey || e.ctrlKey || e.metaKey) return false;
  const li = (e.target as Element).closest("li");
  if (!li || li.parentElement !== list) return false;
  let target: Element | null = null;
  switch (e.key) {
    case "ArrowDown":
      target = li.nextElementSibling;
      break;
    case "ArrowUp":
      target = li.previousElementSibling;
      break;
    case "Home":
      target = list.firstElementChild;
      break;
    case "End":
      finish();
      target = list.lastElementChild;
      break;
    case "PageDown":
    case "PageUp": {
      target = li;
      for (let i = 0; i < PAGE; i++) {
        const next: Element | null = e.key === "PageDown" ? target.nextElementSibling : target.previousElementSibling;
        if (!next) break;
        target = next;
      }
      break;
    }
    default:
      return false;
  }
  const button = target?.querySelector("button");
  if (button) {
    button.focus();
    button.scrollIntoView({ block: "nearest" });
  }
  return true;
}
