// A field for a path on this computer, with "Choose…" beside it when the host has native dialogs
// (Electron). In a browser (serve) the path is typed: absolute, or from ~/.
import type { Client, HostInfo, PickPurpose } from "../../core/contract/index.js";
import { h, isComposing } from "../dom/index.js";
import { tr } from "../i18n/index.js";

let nextId = 0;

/** A labelled path field. */
export interface PathField {
  element: HTMLElement;
  input: HTMLInputElement;
  /** The path typed, trimmed; shows an error and returns null when there is none. */
  value(): string | null;
}

/** What a path field needs. */
export interface PathFieldOptions {
  label: string;
  purpose: PickPurpose;
  value?: string;
  hint?: string;
  suggestedName?: string;
  /** Plain Enter in the field (never the Enter that confirms an IME conversion). */
  onEnter?: () => void;
  /** Called when a path was chosen in the host's dialog. */
  onPicked?: (path: string) => void;
}

/** Builds a path field; `client` and `host` decide whether "Choose…" is offered. */
export function pathField(client: Client, host: HostInfo, options: PathFieldOptions): PathField {
  const id = `path-field-${++nextId}`;
  const input = h("input", {
    type: "text",
    id,
    class: "text-field path-input",
    value: options.value ?? "",
    autocomplete: "off",
    spellcheck: "false",
    "aria-describedby": `${id}-error ${id}-hint`,
  });
  const error = h("p", { id: `${id}-error`, class: "field-error", role: "alert" });
  const choose = host.kind === "electron" ? h("button", { type: "button", class: "button" }, tr("transfer.choose")) : null;
  choose?.addEventListener("click", async () => {
    const picked = await client.pickPath({ purpose: options.purpose, suggestedName: options.suggestedName }).catch(() => null);
    if (!picked?.supported) {
      choose.hidden = true;
      return;
    }
    if (picked.path) {
      input.value = picked.path;
      error.textContent = "";
      input.setAttribute("aria-invalid", "false");
      options.onPicked?.(picked.path);
    }
    input.focus();
  });
  input.addEventListener("input", () => {
    error.textContent = "";
    input.setAttribute("aria-invalid", "false");
  });
  input.addEventListener("keydown", (e) => {
    if (e.key !== "Enter" || isComposing(e) || e.shiftKey || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    options.onEnter?.();
  });
  const element = h(
    "div",
    { class: "field" },
    h("label", { class: "field-label", for: id }, options.label),
    h("div", { class: "path-row" }, input, choose),
    options.hint ? h("p", { id: `${id}-hint`, class: "dialog-hint" }, options.hint) : null,
    error,
  );
  return {
    element,
    input,
    value() {
      const v = input.value.trim();
      if (v !== "") return v;
      error.textContent = tr("transfer.pathNeeded");
      input.setAttribute("aria-invalid", "true");
      input.focus();
      return null;
    },
  };
}

/**
 * Where the output went: "Show in folder" where the host has a file manager to show it in (Electron),
 * else (or when it could not) the path to copy.
 */
export function revealButtons(client: Client, host: HostInfo, path: string): HTMLButtonElement[] {
  const copy = h("button", { type: "button", class: "button" }, tr("transfer.copyPath"));
  copy.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(path);
      copy.textContent = tr("transfer.copied");
    } catch {
      // No clipboard (an insecure page): the path is on screen to select by hand.
    }
  });
  if (host.kind !== "electron") return [copy];
  const show = h("button", { type: "button", class: "button" }, tr("transfer.showInFolder"));
  show.addEventListener("click", async () => {
    const { shown } = await client.showInFolder({ path }).catch(() => ({ shown: false }));
    if (!shown) show.replaceWith(copy);
  });
  return [show];
}
