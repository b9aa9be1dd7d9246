// The page's skeleton: sidebar (new post, post list, journal and theme), main area (title, tools,
// banners, editor and preview side by side, status bar), and the empty state. Views mount into it.
import { THEME_SETTINGS } from "../../core/contract/index.js";
import { h, icon, modLabel } from "../dom/index.js";
import { tr } from "../i18n/index.js";
import { ICON_URL } from "./constants.js";

/** The elements views mount into, and the controls the app wires up. */
export interface Shell {
  root: HTMLElement;
  newPostButton: HTMLButtonElement;
  /** Opens the "More actions" menu (import, exports): the menu a browser host has no menu bar for. */
  moreButton: HTMLButtonElement;
  /** Shows and hides the tag sidebar (aria-expanded). */
  tagsToggle: HTMLButtonElement;
  /** The column of the tag sidebar. */
  tagsHost: HTMLElement;
  searchHost: HTMLElement;
  listHeaderHost: HTMLElement;
  listHost: HTMLElement;
  /** Says that a search or filter found nothing. */
  listEmpty: HTMLElement;
  tagEditorHost: HTMLElement;
  /** The post details row (date, draft, file name), under the tags. */
  detailsHost: HTMLElement;
  /** Opens the Trash (deleted posts). */
  trashButton: HTMLButtonElement;
  journalName: HTMLElement;
  postCount: HTMLElement;
  themeSelect: HTMLSelectElement;
  langSelect: HTMLSelectElement;
  titleInput: HTMLInputElement;
  toolsHost: HTMLElement;
  deleteButton: HTMLButtonElement;
  bannerHost: HTMLElement;
  editorHost: HTMLElement;
  previewHost: HTMLElement;
  /** The column of the outline, left of the editor. */
  outlineHost: HTMLElement;
  statusHost: HTMLElement;
  postView: HTMLElement;
  emptyState: HTMLElement;
  emptyAction: HTMLButtonElement;
}

/** Builds the skeleton (not yet in the document). */
export function createShell(): Shell {
  const newPostButton = h(
    "button",
    { type: "button", class: "button primary new-post", title: tr("sidebar.newPostHint", { shortcut: `${modLabel()}N` }) },
    icon("plus"),
    h("span", {}, tr("sidebar.newPost")),
  );
  const listHost = h("div", { class: "post-list-scroller" });
  const listEmpty = h("p", { class: "list-empty", hidden: true });
  const tagsHost = h("div", { class: "tags-column", id: "tags-column" });
  const tagsToggle = h(
    "button",
    {
      type: "button",
      class: "icon-button tags-toggle",
      "aria-controls": "tags-column",
      "aria-expanded": "true",
      "aria-label": tr("tags.pane"),
      title: tr("tags.hide"),
    },
    icon("tag"),
  );
  const moreButton = h(
    "button",
    {
      type: "button",
      class: "icon-button more-actions",
      "aria-label": tr("more.label"),
      title: tr("more.label"),
      "aria-haspopup": "menu",
      "aria-expanded": "false",
    },
    icon("more"),
  );
  const searchHost = h("div", { class: "search-host" });
  const listHeaderHost = h("div", { class: "list-header-host" });
  const journalName = h("span", { class: "journal-name" });
  const trashButton = h(
    "button",
    { type: "button", class: "icon-button trash-button", "aria-label": tr("sidebar.trash"), title: tr("sidebar.trash") },
    icon("trash"),
  );
  const postCount = h("span", { class: "post-count" });
  const themeSelect = h(
    "select",
    { class: "theme-select", "aria-label": tr("sidebar.theme"), title: tr("sidebar.theme") },
    ...THEME_SETTINGS.map((t) => h("option", { value: t }, tr(`theme.${t}`))),
  );
  // Each language is named in itself, as language pickers do, so anyone can find their own.
  const langSelect = h(
    "select",
    { class: "theme-select lang-select", "aria-label": tr("sidebar.language"), title: tr("sidebar.language") },
    h("option", { value: "system" }, tr("language.system")),
    h("option", { value: "en", lang: "en" }, "English"),
    h("option", { value: "ja", lang: "ja" }, "日本語"),
  );
  const sidebar = h(
    "nav",
    { class: "sidebar", id: "post-sidebar", "aria-label": tr("sidebar.label") },
    h(
      "div",
      { class: "sidebar-header" },
      h(
        "div",
        { class: "brand-row" },
        h(
          "div",
          { class: "brand" },
          h("img", { src: ICON_URL, alt: "", width: "22", height: "22" }),
          h("h1", { class: "brand-name" }, tr("app.name")),
        ),
        h("div", { class: "brand-tools" }, moreButton, tagsToggle),
      ),
      newPostButton,
      searchHost,
    ),
    listHeaderHost,
    listHost,
    h(
      "div",
      { class: "sidebar-footer" },
      h("div", { class: "journal" }, journalName, postCount),
      trashButton,
      h("div", { class: "sidebar-settings" }, langSelect, themeSelect),
    ),
  );

  const titleInput = h("input", {
    type: "text",
    class: "title-input",
    "aria-label": tr("editor.title"),
    placeholder: tr("editor.titlePlaceholder"),
    autocomplete: "off",
    spellcheck: "false",
    maxlength: "1000",
  });
  const deleteButton = h(
    "button",
    { type: "button", class: "icon-button delete-post", "aria-label": tr("post.delete"), title: tr("post.delete") },
    icon("trash"),
  );
  const toolsHost = h("div", { class: "post-tools" });
  const tagEditorHost = h("div", { class: "tag-editor-host" });
  const detailsHost = h("div", { class: "details-host" });
  const bannerHost = h("div", { class: "banner-host" });
  const editorHost = h("section", { class: "pane editor-pane", "aria-label": tr("editor.region") });
  const previewHost = h("aside", { class: "pane preview-pane", "aria-label": tr("preview.region") });
  const statusHost = h("div", { class: "status-host" });
  const outlineHost = h("div", { class: "outline-host" });
  const postView = h(
    "div",
    { class: "post-view" },
    h("header", { class: "post-header" }, h("div", { class: "title-row" }, titleInput, toolsHost), tagEditorHost, detailsHost),
    bannerHost,
    h(
      "div",
      { class: "desk" },
      outlineHost,
      h("div", { class: "workspace" }, editorHost, h("div", { class: "pane-divider", "aria-hidden": "true" }), previewHost),
    ),
    statusHost,
  );

  const emptyAction = h("button", { type: "button", class: "button primary large" }, icon("plus"), h("span", {}, tr("empty.action")));
  const emptyState = h(
    "div",
    { class: "empty-state", hidden: true },
    h(
      "div",
      { class: "empty-card" },
      h("img", { src: ICON_URL, alt: "", width: "72", height: "72", class: "empty-icon" }),
      h("h1", { class: "empty-title" }, tr("empty.title")),
      h("p", { class: "empty-body" }, tr("empty.body")),
      emptyAction,
    ),
  );

  const main = h("main", { class: "main" }, postView, emptyState);
  const root = h("div", { class: "app", "data-layout": "split", "data-tags": "shown" }, tagsHost, sidebar, main);
  return {
    root,
    newPostButton,
    moreButton,
    tagsToggle,
    tagsHost,
    searchHost,
    listHeaderHost,
    listHost,
    listEmpty,
    tagEditorHost,
    detailsHost,
    trashButton,
    journalName,
    postCount,
    themeSelect,
    langSelect,
    titleInput,
    toolsHost,
    deleteButton,
    bannerHost,
    editorHost,
    previewHost,
    outlineHost,
    statusHost,
    postView,
    emptyState,
    emptyAction,
  };
}

/** Shows the post view, or the empty state when there is no post. */
export function showEmpty(shell: Shell, empty: boolean): void {
  shell.postView.hidden = empty;
  shell.emptyState.hidden = !empty;
  // Banners (an error, text kept from a crash) show with no post open too: above the empty state.
  const home = empty ? shell.emptyState.parentElement : shell.postView;
  if (home && shell.bannerHost.parentElement !== home) {
    if (empty) shell.emptyState.before(shell.bannerHost);
    else shell.postView.querySelector(".workspace")?.before(shell.bannerHost);
  }
}
