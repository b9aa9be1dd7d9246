// A picker dialog: a field over a list of options that follows what is typed (the combobox pattern
// of Listbox). Arrow keys choose, Enter or a click picks, Escape closes; the focus goes back to where
// it was, then the pick is handed on. The quick switcher and the command palette are pickers.
import { h, isComposing } from "./h.js";
import { icon } from "./icons.js";
import { Listbox } from "./listbox.js";
import { showModalOnce } from "./modal.js";

/** What a picker shows and does. */
export interface PickerOptions<T> {
  /** Class names of the dialog (one of them names it: a second picker of it does not open). */
  className: string;
  /** The dialog's accessible name. */
  title: string;
  /** The field's accessible name, its placeholder, the list's name, the text when nothing matches, the key hint. */
  input: string;
  placeholder: string;
  results: string;
  none: string;
  hint: string;
  /** The options for what is typed, best first. */
  find(query: string): T[];
  /** Fills an option's `<li>`. */
  render(item: T, li: HTMLLIElement): void;
  /** Called with the option picked, after the dialog closed. */
  pick(item: T): void;
}

/** Opens a picker (unless one of its class is open). */
export function openPicker<T>(options: PickerOptions<T>): void {
  const selector = `dialog.${options.className.trim().split(/\s+/).join(".")}`;
  if (document.querySelector(selector)) return;
  const input = h("input", {
    type: "text",
    class: "switcher-input",
    "aria-label": options.input,
    placeholder: options.placeholder,
    autocomplete: "off",
    spellcheck: "false",
  });
  let chosen: { item: T } | null = null;
  const dialog = h("dialog", { class: `dialog ${options.className}`, "aria-label": options.title });
  const choose = (item: T | undefined) => {
    if (item === undefined) return;
    chosen = { item };
    dialog.close();
  };
  const listbox = new Listbox<T>(input, options.results, options.render, choose);
  listbox.element.classList.add("switcher-results");
  const empty = h("p", { class: "switcher-empty", hidden: true }, options.none);
  dialog.append(
    h("div", { class: "switcher-field" }, icon("search"), input),
    listbox.element,
    empty,
    h("p", { class: "switcher-hint", "aria-hidden": "true" }, options.hint),
  );
  const update = () => {
    const found = options.find(input.value);
    listbox.show(found, 0);
    empty.hidden = found.length > 0;
  };
  input.addEventListener("input", update);
  input.addEventListener("keydown", (e) => {
    if (isComposing(e)) return;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") listbox.move(e.key === "ArrowDown" ? 1 : -1);
    else if (e.key === "Enter") choose(listbox.activeItem());
    else return;
    e.preventDefault();
  });
  // Focus goes back first, so a pick that moves it (a post opened, New post → the title) has the last word.
  showModalOnce(dialog, input, () => {
    if (chosen) options.pick(chosen.item);
  });
  update();
}
