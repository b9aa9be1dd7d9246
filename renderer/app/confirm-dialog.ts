// A small modal confirmation (native <dialog>: focus is kept inside, Escape cancels).
import { h } from "../dom/index.js";
import { tr } from "../i18n/index.js";

/** What the dialog asks. */
export interface ConfirmOptions {
  title: string;
  body: string;
  confirm: string;
  danger?: boolean;
}

/** Asks a yes/no question; resolves true when confirmed. Cancel has the initial focus; Escape cancels. */
export function confirmDialog(options: ConfirmOptions): Promise<boolean> {
  return new Promise((resolve) => {
    const titleId = `dialog-title-${Math.random().toString(36).slice(2)}`;
    const cancel = h("button", { type: "button", class: "button", value: "cancel" }, tr("dialog.cancel"));
    const ok = h("button", { type: "button", class: options.danger ? "button danger" : "button primary", value: "ok" }, options.confirm);
    const dialog = h(
      "dialog",
      { class: "dialog", "aria-labelledby": titleId },
      h("h2", { id: titleId, class: "dialog-title" }, options.title),
      h("p", { class: "dialog-body" }, options.body),
      h("div", { class: "dialog-actions" }, cancel, ok),
    );
    let answer = false;
    cancel.addEventListener("click", () => dialog.close());
    ok.addEventListener("click", () => {
      answer = true;
      dialog.close();
    });
    const opener = document.activeElement as HTMLElement | null;
    dialog.addEventListener("close", () => {
      dialog.remove();
      // Focus goes back where it was (the button that asked), if that is still on the page.
      if (opener?.isConnected) opener.focus();
      resolve(answer);
    });
    document.body.append(dialog);
    dialog.showModal();
    cancel.focus();
  });
}
