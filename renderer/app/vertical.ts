// The 縦書き toggle of the post tools: sets the preview vertically or not, remembered in the settings.
import type { Settings } from "../../core/contract/index.js";
import { h } from "../dom/index.js";
import { tr } from "../i18n/index.js";
import type { AppContext } from "./context.js";

/** Adds the vertical-text button before the post's other tools and applies the stored choice. */
export function installVerticalToggle(ctx: AppContext, settings: Settings): void {
  const { preview, shell, client } = ctx;
  const button = h(
    "button",
    {
      type: "button",
      class: "icon-button vertical-toggle",
      "aria-label": tr("preview.vertical"),
      title: tr("preview.vertical"),
      "aria-pressed": "false",
      lang: "ja",
    },
    "縦",
  );
  const apply = (on: boolean) => {
    preview.setVertical(on);
    button.setAttribute("aria-pressed", String(on));
    // Scroll sync maps lines to heights; vertical text scrolls sideways.
    ctx.scrollSync.enabled = ctx.layout.value === "split" && !on;
  };
  button.addEventListener("click", () => {
    const on = !preview.isVertical;
    apply(on);
    client.updateSettings({ verticalPreview: on }).catch(() => undefined);
  });
  shell.toolsHost.prepend(button);
  apply(settings.verticalPreview);
}
