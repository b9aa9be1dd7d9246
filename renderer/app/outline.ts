// The outline panel in the window: mounted left of the editor, its toggle in the post's tools, a
// jump scrolling the preview to the heading too.
import type { Settings } from "../../core/contract/index.js";
import { OUTLINE_SHOWN_MIN_WIDTH, type OutlineView } from "../outline/index.js";
import type { AppContext } from "./context.js";
import { panelToggle, type PanelToggle } from "./panels.js";

/** Puts the outline in its column and its toggle before the post's tools. */
export function installOutline(ctx: AppContext, settings: Settings, outline: OutlineView): PanelToggle {
  ctx.shell.outlineHost.append(outline.element);
  outline.onJump = (line) => {
    if (ctx.layout.previewVisible) ctx.preview.revealLine(line);
  };
  const toggle = panelToggle(ctx, settings, {
    attr: "outline",
    setting: "outlinePanel",
    controls: "outline-pane",
    icon: "outline",
    label: "outline.label",
    show: "outline.show",
    hide: "outline.hide",
    minWidth: OUTLINE_SHOWN_MIN_WIDTH,
  });
  ctx.shell.toolsHost.prepend(toggle.button);
  return toggle;
}
