// Editor only, split, preview only: three pressed-state buttons, a toggle, and the pane visibility.
import type { LayoutSetting } from "../../core/contract/index.js";
import { h, icon, modLabel, type IconName } from "../dom/index.js";
import { tr } from "../i18n/index.js";
import type { MessageKey } from "../../core/common/i18n/index.js";

const BUTTONS: [LayoutSetting, MessageKey, IconName][] = [
  ["editor", "layout.editorOnly", "editor"],
  ["split", "layout.split", "split"],
  ["preview", "layout.previewOnly", "preview"],
];

/** The layout of the main area. */
export class LayoutController {
  /** The group of layout buttons. */
  readonly element: HTMLElement;
  private readonly buttons = new Map<LayoutSetting, HTMLButtonElement>();
  private layout: LayoutSetting;
  /** The layout to return to when the preview is toggled back on. */
  private withPreview: LayoutSetting = "split";

  constructor(
    initial: LayoutSetting,
    private readonly target: HTMLElement,
    private readonly onChange: (layout: LayoutSetting) => void,
  ) {
    this.element = h("div", { class: "segmented", role: "group", "aria-label": tr("layout.group") });
    for (const [layout, key, name] of BUTTONS) {
      const hint = layout === "editor" ? `${tr(key)} — ${tr("layout.toggleHint", { shortcut: `${modLabel()}\\` })}` : tr(key);
      const button = h(
        "button",
        {
          type: "button",
          class: "icon-button",
          "aria-label": tr(key),
          title: hint,
          "aria-pressed": "false",
          onclick: () => this.set(layout),
        },
        icon(name),
      );
      this.buttons.set(layout, button);
      this.element.append(button);
    }
    this.layout = initial;
    if (initial !== "editor") this.withPreview = initial;
    this.render();
  }

  /** The current layout. */
  get value(): LayoutSetting {
    return this.layout;
  }

  /** True when the preview is visible. */
  get previewVisible(): boolean {
    return this.layout !== "editor";
  }

  /** True when the editor is visible. */
  get editorVisible(): boolean {
    return this.layout !== "preview";
  }

  /** Switches layout. */
  set(layout: LayoutSetting): void {
    if (layout === this.layout) return;
    if (layout !== "editor") this.withPreview = layout;
    this.layout = layout;
    this.render();
    this.onChange(layout);
  }

  /** Hides the preview, or brings it back as it was. */
  togglePreview(): void {
    this.set(this.layout === "editor" ? this.withPreview : "editor");
  }

  private render(): void {
    this.target.dataset.layout = this.layout;
    for (const [layout, button] of this.buttons) button.setAttribute("aria-pressed", String(layout === this.layout));
  }
}
