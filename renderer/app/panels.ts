// Panels that can be shown and hidden (the outline, the post list): a toggle button with
// aria-expanded, a data attribute on the app root for the CSS, and the choice kept in the settings.
// On "auto" (nothing chosen yet) a panel starts hidden in a narrow window.
import type { Settings, TagsPanelSetting } from "../../core/contract/index.js";
import type { MessageKey } from "../../core/common/i18n/index.js";
import { h, icon, type IconName } from "../dom/index.js";
import { tr } from "../i18n/index.js";
import type { AppContext } from "./context.js";

/** One panel's toggle. */
export interface PanelSpec {
  /** The data attribute on the app root ("shown" / "hidden"). */
  attr: string;
  /** The setting that keeps the choice. */
  setting: "outlinePanel" | "postsPanel";
  /** The id of the element the button shows and hides. */
  controls: string;
  icon: IconName;
  /** Button titles: to show, to hide; the label names the panel. */
  label: MessageKey;
  show: MessageKey;
  hide: MessageKey;
  /** Below this window width, "auto" starts hidden. */
  minWidth: number;
}

/** A panel toggle: its button, and a way to show or hide the panel from code (a command, focus mode). */
export interface PanelToggle {
  button: HTMLButtonElement;
  shown(): boolean;
  set(shown: boolean, remember?: boolean): void;
}

/** Makes the toggle of a panel and applies the stored choice. */
export function panelToggle(ctx: AppContext, settings: Settings, spec: PanelSpec): PanelToggle {
  const root = ctx.shell.root;
  const button = h(
    "button",
    {
      type: "button",
      class: `icon-button panel-toggle ${spec.attr}-toggle`,
      "aria-controls": spec.controls,
      "aria-expanded": "true",
      "aria-label": tr(spec.label),
    },
    icon(spec.icon),
  );
  const set = (shown: boolean, remember = false) => {
    root.dataset[spec.attr] = shown ? "shown" : "hidden";
    button.setAttribute("aria-expanded", String(shown));
    button.title = tr(shown ? spec.hide : spec.show);
    if (remember)
      ctx.client.updateSettings({ [spec.setting]: (shown ? "shown" : "hidden") satisfies TagsPanelSetting }).catch(() => undefined);
  };
  const shown = () => root.dataset[spec.attr] === "shown";
  button.addEventListener("click", () => set(!shown(), true));
  const stored = settings[spec.setting];
  set(stored === "auto" ? window.innerWidth >= spec.minWidth : stored === "shown");
  return { button, shown, set };
}
