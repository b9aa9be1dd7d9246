// Above the post list: how many posts are shown, the "On this day" toggle and the order, then the
// active filters as chips (each removable) with "Clear filter".
import { POST_SORTS, type PostSort } from "../../core/contract/index.js";
import { h, icon } from "../dom/index.js";
import { lang, tr } from "../i18n/index.js";
import { isFiltered, today, type BrowseState } from "./state.js";

/** What the header asks its owner to do. */
export interface ListHeaderActions {
  sort(sort: PostSort): void;
  toggleOnThisDay(): void;
  removeTag(tag: string): void;
  removeUntagged(): void;
  clear(): void;
}

/** The "July 24" of today, in the UI language. */
export function todayLabel(): string {
  const d = today();
  return new Intl.DateTimeFormat(lang(), { month: "long", day: "numeric", timeZone: "UTC" }).format(Date.UTC(d.year, d.month - 1, d.day));
}

/** The list's header. */
export class ListHeader {
  readonly element: HTMLElement;
  private readonly count: HTMLElement;
  private readonly onThisDay: HTMLButtonElement;
  private readonly sortSelect: HTMLSelectElement;
  private readonly chips: HTMLElement;

  constructor(private readonly actions: ListHeaderActions) {
    this.count = h("span", { class: "list-count" });
    const hint = tr("onThisDay.hint", { date: todayLabel() });
    this.onThisDay = h(
      "button",
      {
        type: "button",
        class: "icon-button on-this-day",
        "aria-pressed": "false",
        "aria-label": tr("onThisDay.label"),
        "aria-description": hint,
        title: `${tr("onThisDay.label")} — ${hint}`,
      },
      icon("calendar"),
    );
    this.onThisDay.addEventListener("click", () => actions.toggleOnThisDay());
    this.sortSelect = h(
      "select",
      { class: "list-sort", "aria-label": tr("sort.label"), title: tr("sort.label") },
      ...POST_SORTS.map((s) => h("option", { value: s }, tr(`sort.${s}`))),
    );
    this.sortSelect.addEventListener("change", () => actions.sort(this.sortSelect.value as PostSort));
    this.chips = h("div", { class: "filter-chips", role: "group", "aria-label": tr("filter.label"), hidden: true });
    this.element = h(
      "div",
      { class: "list-header" },
      h("div", { class: "list-tools" }, this.count, h("span", { class: "spacer" }), this.onThisDay, this.sortSelect),
      this.chips,
    );
  }

  /** Shows the state: the count, the order, the toggles and a chip per active filter. */
  render(state: BrowseState, shown: number): void {
    this.count.textContent = isFiltered(state) ? tr("filter.found", { count: shown }) : tr("sidebar.postCount", { count: shown });
    this.sortSelect.value = state.sort;
    this.onThisDay.setAttribute("aria-pressed", String(state.onThisDay));
    const chip = (label: string, name: string, remove: () => void, kind: string) =>
      h(
        "button",
        {
          type: "button",
          class: `filter-chip ${kind}`,
          "aria-label": tr("filter.remove", { name }),
          title: tr("filter.remove", { name }),
          onclick: remove,
        },
        h("span", {}, label),
        icon("x"),
      );
    const chips: HTMLElement[] = [];
    if (state.onThisDay)
      chips.push(chip(`${tr("onThisDay.label")} · ${todayLabel()}`, tr("onThisDay.label"), () => this.actions.toggleOnThisDay(), "day"));
    if (state.untagged) chips.push(chip(tr("tags.untagged"), tr("tags.untagged"), () => this.actions.removeUntagged(), "untagged"));
    for (const tag of state.tags) chips.push(chip(`#${tag}`, tag, () => this.actions.removeTag(tag), "tag"));
    if (isFiltered(state))
      chips.push(
        h("button", { type: "button", class: "text-button clear-filter", onclick: () => this.actions.clear() }, tr("filter.clear")),
      );
    const focused = this.chips.contains(document.activeElement);
    this.chips.replaceChildren(...chips);
    this.chips.hidden = chips.length === 0;
    if (focused) (this.chips.querySelector<HTMLElement>("button") ?? this.sortSelect).focus();
  }
}
