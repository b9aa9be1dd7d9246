// A non-modal toast at the bottom of the window, "Moved “…” to the trash" with Undo: it goes after a
// while (not while the pointer or the focus is on it), when dismissed, or when the next action replaces
// it. While it shows, Mod+Z outside text fields undoes too.
import { h, icon, isComposing, isMod, isTextField, modLabel } from "../dom/index.js";
import { tr } from "../i18n/index.js";
import { UNDO_TOAST_MS } from "./constants.js";

/** The undo toast of the window (one at a time). */
export class UndoToast {
  readonly element: HTMLElement;
  private readonly text: HTMLElement;
  private readonly undoButton: HTMLButtonElement;
  private action: (() => void) | null = null;
  private timer = 0;
  private held = false;

  /** `refocus` takes the focus when the toast goes while it had it. */
  constructor(
    private readonly refocus: () => void,
    private readonly ms = UNDO_TOAST_MS,
  ) {
    this.text = h("p", { class: "toast-text" });
    this.undoButton = h(
      "button",
      { type: "button", class: "button toast-undo", title: tr("undo.hint", { shortcut: `${modLabel()}Z` }) },
      tr("undo.action"),
    );
    const dismiss = h(
      "button",
      { type: "button", class: "icon-button toast-dismiss", "aria-label": tr("undo.dismiss"), title: tr("undo.dismiss") },
      icon("x"),
    );
    this.element = h("div", { class: "toast", role: "status", hidden: true }, this.text, this.undoButton, dismiss);
    this.undoButton.addEventListener("click", () => this.undo());
    dismiss.addEventListener("click", () => this.hide());
    this.element.addEventListener("keydown", (e) => {
      if (e.key === "Escape") this.hide();
    });
    const hold = (held: boolean) => () => {
      this.held = held;
      if (!held) this.arm();
    };
    this.element.addEventListener("pointerenter", hold(true));
    this.element.addEventListener("pointerleave", hold(false));
    this.element.addEventListener("focusin", hold(true));
    this.element.addEventListener("focusout", hold(false));
    window.addEventListener("keydown", (e) => {
      if (!this.action || isComposing(e) || e.defaultPrevented || !isMod(e) || e.shiftKey || e.key.toLowerCase() !== "z") return;
      if (isTextField(document.activeElement) || document.querySelector("dialog[open]")) return;
      e.preventDefault();
      this.undo();
    });
  }

  /** True while the toast shows. */
  get showing(): boolean {
    return this.action !== null;
  }

  /** Shows `message` with Undo running `undo` (replacing any toast showing). */
  show(message: string, undo: () => void): void {
    if (!this.element.isConnected) document.body.append(this.element);
    this.action = undo;
    this.text.textContent = message;
    this.element.hidden = false;
    this.held = false;
    this.arm();
  }

  /** Hides the toast (its Undo is no longer offered). */
  hide(): void {
    window.clearTimeout(this.timer);
    const hadFocus = this.element.contains(document.activeElement);
    this.action = null;
    this.element.hidden = true;
    if (hadFocus) this.refocus();
  }

  private undo(): void {
    const action = this.action;
    this.hide();
    action?.();
  }

  private arm(): void {
    window.clearTimeout(this.timer);
    if (this.action && !this.held) this.timer = window.setTimeout(() => this.hide(), this.ms);
  }
}
