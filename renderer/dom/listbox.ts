// A list of options driven from a text field (the ARIA combobox pattern): focus stays in the field,
// arrow keys move the active option (aria-activedescendant), Enter or a click picks it.

let nextId = 0;

/** Options shown under a combobox input. */
export class Listbox<T> {
  /** The `<ul role="listbox">`. */
  readonly element: HTMLUListElement;
  private items: T[] = [];
  private active = -1;
  private readonly id = `listbox-${++nextId}`;

  constructor(
    private readonly input: HTMLInputElement,
    label: string,
    private readonly render: (item: T, li: HTMLLIElement) => void,
    private readonly onPick: (item: T) => void,
  ) {
    this.element = document.createElement("ul");
    this.element.id = this.id;
    this.element.setAttribute("role", "listbox");
    this.element.setAttribute("aria-label", label);
    this.element.className = "listbox";
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", this.id);
    input.setAttribute("aria-expanded", "false");
    // Keep the focus in the field when an option is pressed.
    this.element.addEventListener("mousedown", (e) => e.preventDefault());
    this.element.addEventListener("click", (e) => {
      const li = (e.target as Element).closest("li[data-index]") as HTMLLIElement | null;
      const item = li ? this.items[Number(li.dataset.index)] : undefined;
      if (item !== undefined) this.onPick(item);
    });
  }

  /** True while options are shown. */
  get isOpen(): boolean {
    return this.input.getAttribute("aria-expanded") === "true";
  }

  /** The number of options. */
  get size(): number {
    return this.items.length;
  }

  /** Shows `items` (none: closes), with the option at `active` marked (-1: none). */
  show(items: T[], active = -1): void {
    this.items = items;
    const fragment = document.createDocumentFragment();
    items.forEach((item, i) => {
      const li = document.createElement("li");
      li.id = `${this.id}-${i}`;
      li.dataset.index = String(i);
      li.setAttribute("role", "option");
      li.className = "listbox-option";
      this.render(item, li);
      fragment.append(li);
    });
    this.element.replaceChildren(fragment);
    this.input.setAttribute("aria-expanded", String(items.length > 0));
    this.element.hidden = items.length === 0;
    this.setActive(Math.min(active, items.length - 1));
  }

  /** Hides the options. */
  close(): void {
    this.show([]);
  }

  /** Moves the active option by `delta` (wrapping around). */
  move(delta: number): void {
    if (!this.items.length) return;
    const n = this.items.length;
    this.setActive(this.active < 0 ? (delta > 0 ? 0 : n - 1) : (this.active + delta + n) % n);
  }

  /** The active option's item. */
  activeItem(): T | undefined {
    return this.active >= 0 ? this.items[this.active] : undefined;
  }

  private setActive(index: number): void {
    this.active = index;
    for (const li of this.element.children) li.setAttribute("aria-selected", String(li.id === `${this.id}-${index}`));
    const li = index >= 0 ? this.element.children[index] : undefined;
    if (li) {
      this.input.setAttribute("aria-activedescendant", li.id);
      li.scrollIntoView({ block: "nearest" });
    } else {
      this.input.removeAttribute("aria-activedescendant");
    }
  }
}
