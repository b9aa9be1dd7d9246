// Mounting the views into the shell and connecting their controls to the session and commands.
import type { LangSetting, PostSort, Settings, ThemeSetting } from "../../core/contract/index.js";
import { h, icon, isComposing } from "../dom/index.js";
import { commandKeys } from "./command-list.js";
import { tr } from "../i18n/index.js";
import { LANG_PARAM } from "./constants.js";
import type { Commands } from "./commands.js";
import type { AppContext } from "./context.js";
import type { Session } from "./session.js";
import { PostDetails } from "../post-details/index.js";
import { changeDetails, discardIfEmpty, openTrash, openedPost } from "./post-actions.js";
import { deleteTag, renameTag } from "./tag-actions.js";
import { openMoreMenu } from "./more-menu.js";
import { followBlogLink } from "./hatena-actions.js";

/** Below this window width the tag sidebar starts hidden (until the user shows or hides it: then it stays as they chose). */
const TAGS_SHOWN_MIN_WIDTH = 1100;

/**
 * The actions of the tag sidebar and of the list's header, bound to the session (`app` is read when
 * an action runs: the sidebar is built before the session).
 */
export function browseActions(app: () => Session) {
  const browse = () => app().ctx.browse;
  return {
    tagPane: {
      toggle: (tag: string) => browse().toggleTag(tag),
      toggleUntagged: () => browse().toggleUntagged(),
      rename: (tag: string, nested: boolean) => void renameTag(app(), tag, nested),
      remove: (tag: string) => void deleteTag(app(), tag),
      sorted: () => void browse().refreshTags(),
    },
    listHeader: {
      sort: (sort: PostSort) => {
        browse().setSort(sort);
        app()
          .ctx.client.updateSettings({ sort })
          .catch(() => undefined);
      },
      toggleOnThisDay: () => browse().toggleOnThisDay(),
      removeTag: (tag: string) => browse().removeTag(tag),
      removeUntagged: () => browse().toggleUntagged(),
      clear: () => void browse().clear(),
    },
  };
}

/** Puts every view in its place and wires the controls. */
export function wireViews(ctx: AppContext, session: Session, commands: Commands, settings: Settings): void {
  const {
    shell,
    list,
    layout,
    banners,
    preview,
    status,
    counts,
    theme,
    client,
    editor,
    browse,
    tagEditor,
    tagPane,
    searchBox,
    listHeader,
  } = ctx;
  shell.tagsHost.append(tagPane.element);
  shell.searchHost.append(searchBox.element);
  shell.listHeaderHost.append(listHeader.element);
  shell.listHost.append(list.element, shell.listEmpty);
  shell.tagEditorHost.append(tagEditor.element);
  shell.toolsHost.append(layout.element, shell.deleteButton);
  shell.bannerHost.append(banners.element);
  shell.previewHost.append(preview.frame.iframe);
  shell.statusHost.append(status.element);
  status.element.append(counts.element);

  shell.newPostButton.addEventListener("click", () => commands.run("newPost"));
  shell.emptyAction.addEventListener("click", () => commands.run("newPost"));
  shell.deleteButton.addEventListener("click", () => commands.run("deletePost"));
  shell.moreButton.addEventListener("click", () => openMoreMenu(session, shell.moreButton));
  shell.trashButton.addEventListener("click", () => openTrash(session));
  const settingsButton = h(
    "button",
    {
      type: "button",
      class: "icon-button settings-button",
      "aria-label": tr("settings.title"),
      title: `${tr("settings.title")} (${commandKeys("openSettings").join(" / ")})`,
      onclick: () => commands.run("openSettings"),
    },
    icon("settings"),
  );
  shell.trashButton.after(settingsButton);

  // The details row follows the open post: shown, saved, renamed, reloaded (every phase change); the
  // Undo toast of a delete goes once another post is opened.
  const details = new PostDetails((patch) => changeDetails(session, patch));
  shell.detailsHost.append(details.element);
  const blogLink = followBlogLink(session, details);
  session.onPhase(() => {
    details.show(session.current?.summary ?? null);
    blogLink();
    openedPost(session.current?.path ?? null);
  });
  // A post left exactly as New post made it is not kept as a file.
  session.onLeave = async (doc) => void (await discardIfEmpty(session, doc));

  const title = shell.titleInput;
  title.addEventListener("input", () => session.titleChanged());
  title.addEventListener("compositionstart", () => (session.titleComposing = true));
  title.addEventListener("compositionend", () => {
    session.titleComposing = false;
    session.compositionEnded();
  });
  title.addEventListener("keydown", (e) => {
    // Enter confirms an IME conversion: only a plain Enter outside composition moves on to the body.
    if (isComposing(e) || e.shiftKey || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === "Enter" || (e.key === "ArrowDown" && title.selectionStart === title.value.length)) {
      e.preventDefault();
      editor.focus();
    }
  });

  list.onSizeChange = (n) => {
    shell.postCount.textContent = tr("sidebar.postCount", { count: n });
    if (!list.filtered) browse.shown();
  };
  list.onNeedHit = (index) => void browse.needHit(index);

  tagEditor.onChange = () => session.tagsChanged();
  searchBox.onSearch = (query) => browse.setQuery(query);
  searchBox.onLeave = () => list.focus();

  const showTags = (shown: boolean) => {
    shell.root.dataset.tags = shown ? "shown" : "hidden";
    shell.tagsToggle.setAttribute("aria-expanded", String(shown));
    shell.tagsToggle.title = tr(shown ? "tags.hide" : "tags.show");
  };
  showTags(settings.tagsPanel === "auto" ? window.innerWidth >= TAGS_SHOWN_MIN_WIDTH : settings.tagsPanel === "shown");
  shell.tagsToggle.addEventListener("click", () => {
    const shown = shell.root.dataset.tags !== "shown";
    showTags(shown);
    client.updateSettings({ tagsPanel: shown ? "shown" : "hidden" }).catch(() => undefined);
  });

  shell.themeSelect.value = settings.theme;
  shell.themeSelect.addEventListener("change", () => {
    const value = shell.themeSelect.value as ThemeSetting;
    theme.set(value);
    client.updateSettings({ theme: value }).catch(() => undefined);
  });
  theme.onChange((t) => preview.setTheme(t));

  // The language is chosen at start-up (every view is built in it): save, store the choice, reload.
  const forced = ctx.host.lang !== null || new URL(location.href).searchParams.has(LANG_PARAM);
  shell.langSelect.value = settings.lang;
  shell.langSelect.disabled = forced;
  if (forced) shell.langSelect.title = tr("sidebar.languageForced");
  shell.langSelect.addEventListener("change", async () => {
    await session.saveAll();
    await client.updateSettings({ lang: shell.langSelect.value as LangSetting }).catch(() => undefined);
    location.reload();
  });
}
