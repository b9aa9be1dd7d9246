// The tag sidebar (a navigation named "Tags"): every tag with its number of posts, nested tags as a
// tree that expands and collapses, sortable by name or count, and "Untagged". Pressing a tag adds it
// to the list's filter (pressing several narrows to posts with all of them); each tag has a menu to
// rename or delete it. The arrow keys move through the tags (one Tab stop), Right and Left expand and
// collapse, F2 renames, the context-menu key (or Shift+F10) opens the menu.
import type { TagList, TagNode, TagSort } from "../../core/contract/index.js";
import { h, icon } from "../dom/index.js";
import { tr } from "../i18n/index.js";
import { openMenu } from "./tag-menu.js";

/** What the pane asks its owner to do. */
export interface TagPaneActions {
  /** Add the tag to the filter, or take it out. */
  toggle(tag: string): void;
  /** Show only untagged posts, or stop. */
  toggleUntagged(): void;
  rename(tag: string, nested: boolean): void;
  remove(tag: string): void;
  /** The order of the tags changed (list them again). */
  sorted(sort: TagSort): void;
}

/** The tag sidebar. */
export class TagPane {
  /** The `<nav aria-label="Tags">`. */
  readonly element: HTMLElement;
  private readonly tree: HTMLUListElement;
  private readonly untagged: HTMLButtonElement;
  private readonly untaggedCount: HTMLElement;
  private readonly empty: HTMLElement;
  private readonly sortSelect: HTMLSelectElement;
  private readonly expanded = new Set<string>();
  private selected = new Set<string>();
  private untaggedOn = false;
  private nodes = new Map<string, TagNode>();
  private focusKey: string | null = null;

  constructor(private readonly actions: TagPaneActions) {
    this.sortSelect = h(
      "select",
      { class: "tag-sort", "aria-label": tr("tags.sort"), title: tr("tags.sort") },
      h("option", { value: "name" }, tr("tags.sortName")),
      h("option", { value: "count" }, tr("tags.sortCount")),
    );
    this.sortSelect.addEventListener("change", () => actions.sorted(this.sort));
    this.untaggedCount = h("span", { class: "tag-count" });
    this.untagged = h(
      "button",
      { type: "button", class: "tag-button untagged", "aria-pressed": "false", tabindex: "0", "data-key": "" },
      h("span", { class: "tag-name" }, tr("tags.untagged")),
    );
    this.untagged.addEventListener("click", () => actions.toggleUntagged());
    this.untaggedCount.addEventListener("click", () => actions.toggleUntagged());
    this.tree = h("ul", { class: "tag-tree" });
    this.empty = h("p", { class: "tag-empty" }, tr("tags.none"));
    this.element = h(
      "nav",
      { class: "tag-pane", "aria-label": tr("tags.pane") },
      h("div", { class: "tag-pane-header" }, h("h2", { class: "tag-pane-title" }, tr("tags.pane")), this.sortSelect),
      h(
        "div",
        { class: "tag-pane-scroller" },
        h(
          "div",
          { class: "tag-row untagged-row" },
          h("span", { class: "tag-twisty-space" }),
          this.untagged,
          this.untaggedCount,
          h("span", { class: "tag-more-space" }),
        ),
        this.tree,
        this.empty,
      ),
    );
    this.element.addEventListener("click", (e) => this.onClick(e));
    this.element.addEventListener("keydown", (e) => this.onKey(e));
    this.element.addEventListener("contextmenu", (e) => {
      const button = (e.target as Element).closest<HTMLElement>(".tag-button[data-tag]");
      if (!button) return;
      e.preventDefault();
      this.openActions(button.dataset.key!);
    });
    this.element.addEventListener("focusin", (e) => {
      const button = (e.target as Element).closest<HTMLElement>(".tag-button");
      if (button) this.rove(button.dataset.key ?? "");
    });
  }

  /** The order of the tags. */
  get sort(): TagSort {
    return this.sortSelect.value === "count" ? "count" : "name";
  }

  /** Shows the journal's tags. */
  setList(list: TagList): void {
    this.nodes = new Map();
    const hadFocus = this.element.contains(document.activeElement);
    this.tree.replaceChildren(...list.tree.map((node) => this.renderNode(node, 0)));
    this.untaggedCount.textContent = String(list.untagged);
    this.untagged.setAttribute("aria-description", tr("tags.postCount", { count: list.untagged }));
    this.empty.hidden = list.tree.length > 0;
    this.markSelection();
    this.rove(this.focusKey !== null && (this.focusKey === "" || this.nodes.has(this.focusKey)) ? this.focusKey : "");
    if (hadFocus && !this.element.contains(document.activeElement)) this.buttonOf(this.focusKey ?? "")?.focus();
  }

  /** Marks the tags (keys) and "Untagged" the list is filtered by; their ancestors open. */
  setSelection(keys: readonly string[], untagged: boolean): void {
    this.selected = new Set(keys);
    this.untaggedOn = untagged;
    let reveal = false;
    for (const key of keys) {
      for (let cut = key.lastIndexOf("/"); cut > 0; cut = key.lastIndexOf("/", cut - 1)) {
        if (!this.expanded.has(key.slice(0, cut))) {
          this.expanded.add(key.slice(0, cut));
          reveal = true;
        }
      }
    }
    if (reveal) for (const li of this.tree.querySelectorAll<HTMLElement>("li.tag-node")) this.applyExpanded(li);
    this.markSelection();
  }

  private renderNode(node: TagNode, depth: number): HTMLLIElement {
    this.nodes.set(node.key, node);
    const hasChildren = node.children.length > 0;
    const twisty = hasChildren
      ? h(
          "button",
          { type: "button", class: "tag-twisty", tabindex: "-1", "aria-label": tr("tags.expand", { tag: node.tag }) },
          icon("chevron"),
        )
      : h("span", { class: "tag-twisty-space" });
    const button = h(
      "button",
      {
        type: "button",
        class: "tag-button",
        "data-key": node.key,
        "data-tag": node.tag,
        "aria-pressed": "false",
        tabindex: "-1",
        "aria-label": node.tag,
        "aria-description": tr("tags.postCount", { count: node.total }),
        title: node.tag,
      },
      h("span", { class: "tag-name" }, node.name),
    );
    // The "#" and the count sit beside the button, so that its name is the tag alone; the row is pressable as a whole.
    const more = h(
      "button",
      {
        type: "button",
        class: "tag-more icon-button",
        tabindex: "-1",
        "aria-haspopup": "menu",
        "aria-expanded": "false",
        "aria-label": tr("tags.actions", { tag: node.tag }),
        title: tr("tags.actions", { tag: node.tag }),
      },
      icon("more"),
    );
    const row = h(
      "div",
      { class: "tag-row", style: `--depth: ${depth}` },
      twisty,
      h("span", { class: "tag-hash", "aria-hidden": "true" }, "#"),
      button,
      h("span", { class: "tag-count", "aria-hidden": "true" }, String(node.total)),
      more,
    );
    const li = h("li", { class: "tag-node", "data-key": node.key }, row);
    if (hasChildren) li.append(h("ul", { class: "tag-children" }, ...node.children.map((c) => this.renderNode(c, depth + 1))));
    this.applyExpanded(li);
    return li;
  }

  private applyExpanded(li: HTMLElement): void {
    const key = li.dataset.key ?? "";
    const children = li.querySelector<HTMLElement>(":scope > .tag-children");
    const twisty = li.querySelector<HTMLElement>(":scope > .tag-row > .tag-twisty");
    if (!children || !twisty) return;
    const open = this.expanded.has(key);
    children.hidden = !open;
    const tag = this.nodes.get(key)?.tag ?? key;
    twisty.setAttribute("aria-expanded", String(open));
    twisty.setAttribute("aria-label", tr(open ? "tags.collapse" : "tags.expand", { tag }));
    li.classList.toggle("is-open", open);
  }

  private setExpanded(key: string, open: boolean): void {
    if (open) this.expanded.add(key);
    else this.expanded.delete(key);
    const li = this.tree.querySelector<HTMLElement>(`li.tag-node[data-key="${CSS.escape(key)}"]`);
    if (li) this.applyExpanded(li);
  }

  private markSelection(): void {
    for (const button of this.tree.querySelectorAll<HTMLElement>(".tag-button")) {
      const on = this.selected.has(button.dataset.key ?? "");
      button.setAttribute("aria-pressed", String(on));
      button.closest(".tag-row")?.classList.toggle("is-selected", on);
    }
    this.untagged.setAttribute("aria-pressed", String(this.untaggedOn));
    this.untagged.closest(".tag-row")?.classList.toggle("is-selected", this.untaggedOn);
  }

  private onClick(e: MouseEvent): void {
    const target = e.target as Element;
    const li = target.closest<HTMLElement>("li.tag-node");
    const key = li?.dataset.key;
    if (key === undefined) return;
    if (target.closest(".tag-twisty")) this.setExpanded(key, !this.expanded.has(key));
    else if (target.closest(".tag-more")) this.openActions(key);
    else if (target.closest(".tag-row")) this.actions.toggle(this.nodes.get(key)?.tag ?? key);
  }

  private openActions(key: string): void {
    const node = this.nodes.get(key);
    const anchor = this.tree.querySelector<HTMLElement>(`li.tag-node[data-key="${CSS.escape(key)}"] > .tag-row > .tag-more`);
    if (!node || !anchor) return;
    const actions = [{ label: tr("tags.rename"), run: () => this.actions.rename(node.tag, node.children.length > 0) }];
    // A tag that exists only as the parent of nested ones is on no post itself: nothing to delete.
    if (node.count > 0) actions.push({ label: tr("tags.delete"), run: () => this.actions.remove(node.tag) });
    openMenu(anchor, tr("tags.actions", { tag: node.tag }), actions);
  }

  /** The tag buttons that can be seen (not inside a collapsed parent), "Untagged" first. */
  private visibleButtons(): HTMLElement[] {
    return [
      this.untagged,
      ...[...this.tree.querySelectorAll<HTMLElement>(".tag-button")].filter((b) => !b.closest(".tag-children[hidden]")),
    ];
  }

  private buttonOf(key: string): HTMLElement | null {
    return key === "" ? this.untagged : this.tree.querySelector<HTMLElement>(`.tag-button[data-key="${CSS.escape(key)}"]`);
  }

  /** Makes the tag `key` ("" for Untagged) the pane's tab stop (with its menu button after it). */
  private rove(key: string): void {
    this.focusKey = key;
    for (const el of this.element.querySelectorAll<HTMLElement>('.tag-button[tabindex="0"], .tag-more[tabindex="0"]')) el.tabIndex = -1;
    const button = this.buttonOf(key) ?? this.untagged;
    button.tabIndex = 0;
    const more = button.parentElement?.querySelector<HTMLElement>(".tag-more");
    if (more) more.tabIndex = 0;
  }

  private onKey(e: KeyboardEvent): void {
    const button = (e.target as Element).closest<HTMLElement>(".tag-button");
    if (!button || e.altKey || e.ctrlKey || e.metaKey) return;
    const key = button.dataset.key ?? "";
    const node = this.nodes.get(key);
    const visible = this.visibleButtons();
    const at = visible.indexOf(button);
    let next: HTMLElement | undefined;
    switch (e.key) {
      case "ArrowDown":
        next = visible[at + 1];
        break;
      case "ArrowUp":
        next = visible[at - 1];
        break;
      case "Home":
        next = visible[0];
        break;
      case "End":
        next = visible[visible.length - 1];
        break;
      case "ArrowRight":
        if (node?.children.length && !this.expanded.has(key)) this.setExpanded(key, true);
        else if (node?.children.length) next = visible[at + 1];
        break;
      case "ArrowLeft": {
        if (node?.children.length && this.expanded.has(key)) this.setExpanded(key, false);
        else if (key.includes("/")) next = this.buttonOf(key.slice(0, key.lastIndexOf("/"))) ?? undefined;
        break;
      }
      case "F2":
        if (node) this.actions.rename(node.tag, node.children.length > 0);
        break;
      case "ContextMenu":
        if (node) this.openActions(key);
        break;
      case "F10":
        if (!e.shiftKey || !node) return;
        this.openActions(key);
        break;
      default:
        return;
    }
    e.preventDefault();
    next?.focus();
  }
}
