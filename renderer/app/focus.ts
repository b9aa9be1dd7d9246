// The writer's desk in the window: the post list sidebar shown and hidden (floating over the editor
// in a narrow window), and focus mode (F8 or its button; Esc or F8 leaves) with typewriter scrolling
// (F9 or its button), both kept in the settings.
import type { Settings } from "../../core/contract/index.js";
import { h, icon, isComposing } from "../dom/index.js";
import { tr } from "../i18n/index.js";
import { FOCUS_KEY, FocusMode, NARROW_MAX_WIDTH, TYPEWRITER_KEY, centreCursor } from "../focus/index.js";
import type { AppContext } from "./context.js";
import { panelToggle } from "./panels.js";

const narrow = () => window.innerWidth <= NARROW_MAX_WIDTH;

/** Adds the post-list toggle and focus mode to the window; returns focus mode (its editor extension reads it). */
export function installDesk(ctx: AppContext, settings: Settings, focus: FocusMode): void {
  const { shell, editor, client } = ctx;
  const posts = panelToggle(ctx, settings, {
    attr: "posts", setting: "postsPanel", controls: "post-sidebar", icon: "sidebar",
    label: "desk.posts", show: "desk.showPosts", hide: "desk.hidePosts", minWidth: NARROW_MAX_WIDTH + 1,
  });
  shell.toolsHost.prepend(posts.button);
  // In a narrow window the list floats over the editor: opening a post puts it away.
  shell.listHost.addEventListener("click", (e) => {
    if (narrow() && (e.target as Element).closest("button")) posts.set(false);
  });

  const focusButton = h("button", { type: "button", class: "icon-button focus-toggle", "aria-pressed": "false", "aria-label": tr("desk.focus"), title: tr("desk.focusHint", { key: FOCUS_KEY }) }, icon("focus"));
  const typewriterButton = h("button", { type: "button", class: "icon-button typewriter-toggle", "aria-pressed": String(focus.typewriterOn), "aria-label": tr("desk.typewriter"), title: tr("desk.typewriterHint", { key: TYPEWRITER_KEY }) }, "⌨");
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
    if (e.key === FOCUS_KEY) toggleFocus();
    else if (e.key === TYPEWRITER_KEY && focus.active) toggleTypewriter();
    else if (e.key === "Escape" && !document.querySelector("dialog[open]") && focus.active) toggleFocus(false);
    else if (e.key === "Escape" && narrow() && posts.shown() && !document.querySelector("dialog[open]")) posts.set(false);
    else return;
    e.preventDefault();
  });
}
