// The dialog every export and import runs in: a form, then a progress bar with Cancel while the host
// works, then the outcome. Focus moves into it and back to where it was; Escape closes it only while
// nothing runs.
import type { Client, TaskKind } from "../../core/contract/index.js";
import { h } from "../dom/index.js";
import { tr } from "../i18n/index.js";
import { TaskProgress } from "./progress.js";

let nextId = 0;

/** A modal dialog for one export or import. */
export class TaskDialog {
  readonly element: HTMLDialogElement;
  /** The form (fields), kept while the task runs (disabled) so the person sees what they asked for. */
  readonly form: HTMLElement;
  /** What happened: a summary, a report, an error. */
  readonly outcome: HTMLElement;
  readonly actions: HTMLElement;
  private readonly progress: TaskProgress;
  private busy = false;
  private opener: HTMLElement | null = null;
  private closed: (() => void)[] = [];

  constructor(
    private readonly client: Client,
    private readonly task: TaskKind,
    title: string,
  ) {
    const id = `task-title-${++nextId}`;
    this.form = h("div", { class: "task-form" });
    this.progress = new TaskProgress(task);
    this.outcome = h("div", { class: "task-outcome", "aria-live": "polite" });
    this.actions = h("div", { class: "dialog-actions" });
    this.element = h(
      "dialog",
      { class: "dialog task-dialog", "aria-labelledby": id },
      h("h2", { id, class: "dialog-title" }, title),
      this.form,
      this.progress.element,
      this.outcome,
      this.actions,
    );
    this.element.addEventListener("keydown", (e) => {
      if (e.key === "Escape" && this.busy) e.preventDefault();
    });
    this.element.addEventListener("cancel", (e) => {
      if (this.busy) e.preventDefault();
    });
    this.element.addEventListener("close", () => {
      this.element.remove();
      if (this.opener?.isConnected) this.opener.focus();
      for (const f of this.closed) f();
    });
  }

  /** Shows the dialog and focuses `focus` (else its first control). */
  open(focus?: HTMLElement): void {
    this.opener = document.activeElement as HTMLElement | null;
    document.body.append(this.element);
    this.element.showModal();
    (focus ?? this.element.querySelector<HTMLElement>("input, select, button"))?.focus();
  }

  close(): void {
    if (this.element.open) this.element.close();
  }

  /** Calls `f` once the dialog is closed. */
  onClose(f: () => void): void {
    this.closed.push(f);
  }

  get running(): boolean {
    return this.busy;
  }

  /** Replaces the buttons (the last one is the primary action, focused if the focus was on a button that went). */
  setActions(...buttons: HTMLButtonElement[]): void {
    this.actions.replaceChildren(...buttons);
    if (this.element.open && !this.element.contains(document.activeElement)) buttons.at(-1)?.focus();
  }

  /** Shows the outcome (replacing the last). */
  show(...nodes: (Node | string | null | false)[]): void {
    this.outcome.replaceChildren(...nodes.filter((n): n is Node | string => n !== null && n !== false));
  }

  /** Shows an error, announced to screen readers. */
  showError(message: string): void {
    this.show(h("p", { class: "task-error", role: "alert" }, message));
  }

  /**
   * Runs `call` as the dialog's task: the form is disabled, the progress bar and a Cancel button show
   * until it ends. Resolves with the result, or with the error it failed with.
   */
  async run<T>(call: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
    this.busy = true;
    const fields = [
      ...this.form.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>("input, select, button"),
    ].filter((f) => !f.disabled);
    for (const f of fields) f.disabled = true;
    const saved = [...this.actions.children];
    const cancel = h("button", { type: "button", class: "button" }, tr("dialog.cancel"));
    cancel.addEventListener("click", () => {
      cancel.disabled = true;
      this.progress.cancelling();
      void this.client.cancelTask({ task: this.task }).catch(() => undefined);
    });
    this.actions.replaceChildren(cancel);
    this.show();
    const stop = this.client.on("taskProgress", (p) => {
      if (p.task === this.task) this.progress.set(p.phase, p.done, p.total);
    });
    this.progress.start();
    cancel.focus();
    try {
      return { ok: true, value: await call() };
    } catch (error) {
      return { ok: false, error };
    } finally {
      stop();
      this.progress.stop();
      for (const f of fields) f.disabled = false;
      this.actions.replaceChildren(...saved);
      this.busy = false;
      if (!this.element.contains(document.activeElement)) (this.actions.lastElementChild as HTMLElement | null)?.focus();
    }
  }
}

/** A button of a dialog. */
export function button(label: string, onClick: () => void, primary = false): HTMLButtonElement {
  const b = h("button", { type: "button", class: primary ? "button primary" : "button" }, label);
  b.addEventListener("click", onClick);
  return b;
}
