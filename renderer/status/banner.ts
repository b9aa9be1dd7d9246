// Non-modal banners above the editor (role="alert"): a post changed or vanished outside the app,
// or an operation failed. Each offers the actions that resolve it; typing goes on meanwhile.
import { h, icon } from "../dom/index.js";

/** A button of a banner. */
export interface BannerAction {
  label: string;
  run(): void;
  primary?: boolean;
}

/** The banner area. One banner at a time: a new one replaces the old. */
export class Banners {
  /** The container (empty when no banner shows). */
  readonly element: HTMLElement;
  private key: string | null = null;

  constructor() {
    this.element = h("div", { class: "banners" });
  }

  /** Which banner shows (its key), if any. */
  get showing(): string | null {
    return this.key;
  }

  /** Shows a banner; `key` names it, so the same one is not announced twice. */
  show(key: string, message: string, actions: BannerAction[], tone: "warning" | "error" = "warning"): void {
    if (this.key === key) return;
    this.key = key;
    const buttons = actions.map((a) =>
      h("button", { type: "button", class: a.primary ? "button primary" : "button", onclick: () => a.run() }, a.label),
    );
    const banner = h(
      "div",
      { class: `banner ${tone}`, role: "alert" },
      icon("alert"),
      h("p", { class: "banner-text" }, message),
      h("div", { class: "banner-actions" }, ...buttons),
    );
    this.element.replaceChildren(banner);
  }

  /** Hides the banner (only the one named `key`, when given). */
  hide(key?: string): void {
    if (key && this.key !== key) return;
    this.key = null;
    this.element.replaceChildren();
  }
}
