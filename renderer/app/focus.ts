// The writer's desk in the window: the post list sidebar shown and hidden (floating over the editor
// in a narrow window), and focus mode (F8, its button or the palette; Esc or F8 leaves) with
// typewriter scrolling (F9, its button or the palette), both kept in the settings. Their keys are in
// COMMAND_KEYS (the commands toggleFocus and toggleTypewriter).
import { COMMAND_KEYS, type Settings } from "../../core/contract/index.js";
import { h, icon, isComposing } from "../dom/index.js";
import { tr } from "../i18n/index.js";
import { FocusMode, NARROW_MAX_WIDTH, centreCursor } from "../focus/index.js";
import type { AppContext } from "./context.js";
import { panelToggle } from "./panels.js";

const narrow = () => window.innerWidth <= NARROW_MAX_WIDTH;

/** Focus mode's and typewriter scrolling's switches, which the commands run. */
export interface DeskToggles {
  toggleFocus(): void;
  toggleTypewriter(): void;
}

/** Adds the post-list toggle and focus mode's buttons to the window; returns their switches. */
export function installDesk(ctx: AppContext, settings: Settings, focus: FocusMode): DeskToggles {
  const { shell, editor, client } = ctx;
  const posts = panelToggle(ctx, settings, {
    attr: "posts",
    setting: "postsPanel",
    controls: "post-sidebar",
    icon: "sidebar",
    label: "desk.posts",
    show: "desk.showPosts",
    hide: "desk.hidePosts",
    minWidth: NARROW_MAX_WIDTH + 1,
  });
  shell.toolsHost.prepend(posts.button);
  // In a narrow window the list floats over the editor: opening a post puts it away.
  shell.listHost.addEventListener("click", (e) => {
    if (narrow() && (e.target as Element).closest("button")) posts.set(false);
  });

  const focusButton = h(
    "button",
    {
      type: "button",
      class: "icon-button focus-toggle",
      "aria-pressed": "false",
      "aria-label": tr("desk.focus"),
      title: tr("desk.focusHint", { key: COMMAND_KEYS.toggleFocus[0] }),
    },
    icon("focus"),
  );
  const typewriterButton = h(
    "button",
    {
      type: "button",
      class: "icon-button typewriter-toggle",
      "aria-pressed": String(focus.typewriterOn),
      "aria-label": tr("desk.typewriter"),
      title: tr("desk.typewriterHint", { key: COMMAND_KEYS.toggleTypewriter[0] }),
    },
    "⌨",
  );
  shell.deleteButton.before(typewriterButton, focusButton);
  const toggleFocus = (on = !focus.active) => {
    focus.set(on);
    focusButton.setAttribute("aria-pressed", String(on));
    if (on) editor.focus();
    if (focus.centring) centreCursor(editor.view);
  };
  const toggleTypewriter = () => {
    const on = !focus.typewriterOn;
    focus.setTypewriter(on);
    typewriterButton.setAttribute("aria-pressed", String(on));
    if (focus.centring) centreCursor(editor.view);
    client.updateSettings({ typewriter: on }).catch(() => undefined);
  };
  focusButton.addEventListener("click", () => toggleFocus());
  typewriterButton.addEventListener("click", toggleTypewriter);

  window.addEventListener("keydown", (e) => {
    if (isComposing(e) || e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === "Escape" && !document.querySelector("dialog[open]") && focus.active) toggleFocus(false);
    else if (e.key === "Escape" && narrow() && posts.shown() && !document.querySelector("dialog[open]")) posts.set(false);
    else return;
    e.preventDefault();
  });
  return { toggleFocus: () => toggleFocus(), toggleTypewriter };
}
