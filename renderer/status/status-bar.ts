// The status bar: the save state (a live region that reads "Saved", "Saving…", "Unsaved changes" or
// why a save failed, with a Retry button then); the counts of the body are mounted after it (renderer/counts).
import { h, icon } from "../dom/index.js";
import { tr } from "../i18n/index.js";

/** The save state of the open post. */
export type SaveState =
  | { kind: "none" }
  | { kind: "saved" }
  | { kind: "saving" }
  | { kind: "unsaved" }
  | { kind: "conflict" }
  | { kind: "removed" }
  | { kind: "error"; message: string };

function text(state: SaveState): string {
  switch (state.kind) {
    case "none":
      return "";
    case "saved":
      return tr("status.saved");
    case "saving":
      return tr("status.saving");
    case "unsaved":
      return tr("status.unsaved");
    case "conflict":
      return tr("status.conflict");
    case "removed":
      return tr("status.removed");
    case "error":
      return tr("status.notSaved", { message: state.message });
  }
}

/** The status bar at the bottom of the main area. */
export class StatusBar {
  /** The bar. */
  readonly element: HTMLElement;
  private readonly live: HTMLElement;
  private readonly retry: HTMLButtonElement;
  private kind: SaveState["kind"] | "" = "";

  constructor(onRetry: () => void) {
    this.live = h("span", { class: "save-state", role: "status" });
    this.retry = h(
      "button",
      { type: "button", class: "text-button retry", hidden: true, onclick: () => onRetry() },
      icon("retry"),
      tr("status.retry"),
    );
    this.element = h(
      "footer",
      { class: "status-bar", "aria-label": tr("status.region") },
      h("span", { class: "save-indicator", "aria-hidden": "true" }),
      this.live,
      this.retry,
      h("span", { class: "spacer" }),
    );
  }

  /** Shows the save state (touches the DOM only when it changes). */
  setSave(state: SaveState): void {
    const label = text(state);
    if (state.kind === this.kind && this.live.textContent === label) return;
    this.kind = state.kind;
    this.element.dataset.save = state.kind;
    this.live.textContent = label;
    this.retry.hidden = state.kind !== "error";
  }
}
