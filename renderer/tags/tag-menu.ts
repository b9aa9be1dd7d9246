// A small menu of actions (role="menu") opened from a button: arrow keys move, Enter runs, Escape or
// a click elsewhere closes it and gives the focus back to the button.
import { h } from "../dom/index.js";

/** An action of the menu. */
export interface MenuAction {
  label: string;
  run(): void;
  danger?: boolean;
}

let open: (() => void) | null = null;

/** Opens a menu of `actions` under `anchor` (closing any other menu first). */
export function openMenu(anchor: HTMLElement, label: string, actions: MenuAction[]): void {
  open?.();
  const items = actions.map((a) =>
    h("button", { type: "button", role: "menuitem", class: a.danger ? "menu-item danger" : "menu-item", tabindex: "-1" }, a.label),
  );
  const menu = h("div", { class: "menu", role: "menu", "aria-label": label }, ...items);
  const close = (refocus: boolean) => {
    if (open !== closer) return;
    open = null;
    menu.remove();
    document.removeEventListener("pointerdown", outside, true);
    anchor.setAttribute("aria-expanded", "false");
    if (refocus && anchor.isConnected) anchor.focus();
  };
  const closer = () => close(false);
  const outside = (e: Event) => {
    if (!menu.contains(e.target as Node)) close(false);
  };
  items.forEach((item, i) =>
    item.addEventListener("click", () => {
      close(true);
      actions[i]!.run();
    }),
  );
  menu.addEventListener("keydown", (e) => {
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    let next = -1;
    if (e.key === "ArrowDown") next = (at + 1) % items.length;
    else if (e.key === "ArrowUp") next = (at - 1 + items.length) % items.length;
    else if (e.key === "Home") next = 0;
    else if (e.key === "End") next = items.length - 1;
    else if (e.key === "Escape") close(true);
    else if (e.key === "Tab") close(false);
    else return;
    if (e.key !== "Tab") e.preventDefault();
    if (next >= 0) items[next]?.focus();
  });
  document.body.append(menu);
  const r = anchor.getBoundingClientRect();
  const width = menu.offsetWidth;
  menu.style.left = `${Math.max(8, Math.min(r.right - width, window.innerWidth - width - 8))}px`;
  // Below the button, or above it when there is no room below.
  const below = r.bottom + 4 + menu.offsetHeight <= window.innerHeight - 8;
  menu.style.top = `${below ? r.bottom + 4 : Math.max(8, r.top - 4 - menu.offsetHeight)}px`;
  anchor.setAttribute("aria-expanded", "true");
  document.addEventListener("pointerdown", outside, true);
  open = closer;
  items[0]?.focus();
}
