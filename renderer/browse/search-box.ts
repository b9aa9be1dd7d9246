// The search box above the post list: it searches as you type (after a short quiet time), never in
// the middle of an IME composition — only once the conversion is confirmed — and Escape clears it.
import { h, icon, isComposing, modLabel } from "../dom/index.js";
import { tr } from "../i18n/index.js";
import { SEARCH_DEBOUNCE_MS } from "./constants.js";

/** The search field. */
export class SearchBox {
  /** The box: icon, field, clear button and the line that explains a malformed query. */
  readonly element: HTMLElement;
  /** The field (role searchbox, accessible name "Search"). */
  readonly input: HTMLInputElement;
  private readonly clearButton: HTMLButtonElement;
  private readonly problem: HTMLElement;
  private timer = 0;
  private last = "";
  /** Called with the query once typing paused (or at once on Enter and Escape). */
  onSearch: ((query: string) => void) | null = null;
  /** Called on ArrowDown: move on to the results. */
  onLeave: (() => void) | null = null;

  constructor() {
    const hint = tr("search.hint", { shortcut: `${modLabel()}Shift+F` });
    this.input = h("input", {
      type: "search",
      class: "search-input",
      "aria-label": tr("search.label"),
      placeholder: tr("search.placeholder"),
      title: hint,
      autocomplete: "off",
      spellcheck: "false",
      enterkeyhint: "search",
      "aria-describedby": "search-problem",
    });
    this.clearButton = h(
      "button",
      { type: "button", class: "search-clear", "aria-label": tr("search.clear"), title: tr("search.clear"), hidden: true },
      icon("x"),
    );
    this.problem = h("p", { id: "search-problem", class: "search-problem", role: "alert", hidden: true });
    this.element = h(
      "div",
      { class: "search-box" },
      h("div", { class: "search-field" }, icon("search"), this.input, this.clearButton),
      this.problem,
    );
    this.input.addEventListener("input", (e) => {
      this.clearButton.hidden = this.input.value === "";
      // Text being composed is not what the user means yet: wait for compositionend.
      if (!(e as InputEvent).isComposing) this.schedule(SEARCH_DEBOUNCE_MS);
    });
    this.input.addEventListener("compositionend", () => this.schedule(SEARCH_DEBOUNCE_MS));
    this.input.addEventListener("keydown", (e) => {
      if (isComposing(e)) return;
      if (e.key === "Escape" && this.input.value !== "") {
        e.preventDefault();
        this.clear();
      } else if (e.key === "Enter") {
        e.preventDefault();
        this.schedule(0);
      } else if (e.key === "ArrowDown" && this.onLeave) {
        e.preventDefault();
        this.onLeave();
      }
    });
    this.clearButton.addEventListener("click", () => {
      this.clear();
      this.input.focus();
    });
  }

  /** The query typed. */
  get value(): string {
    return this.input.value;
  }

  /** Empties the box and searches for nothing at once. */
  clear(): void {
    this.input.value = "";
    this.clearButton.hidden = true;
    this.schedule(0);
  }

  /** Puts the caret in the box with its text selected. */
  focus(): void {
    this.input.focus();
    this.input.select();
  }

  /** Shows (or, with null, hides) why the query cannot be run. */
  setProblem(message: string | null): void {
    this.problem.textContent = message ?? "";
    this.problem.hidden = message === null;
    this.input.setAttribute("aria-invalid", String(message !== null));
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      const query = this.input.value;
      if (delay > 0 && query === this.last) return;
      this.last = query;
      this.onSearch?.(query);
    }, delay);
  }
}
