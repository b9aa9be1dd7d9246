// Start-up: ask the host who it is and what the settings are, choose the language, build the views,
// wire them together, list the posts and open the last one (or the newest).
import type { Client, HostInfo, JournalInfo, Settings } from "../../core/contract/index.js";
import { resolveLang, toLang } from "../../core/common/i18n/index.js";
import { Editor } from "../editor/index.js";
import { imageInput } from "../images/index.js";
import { imageDeps } from "./image-actions.js";
import { lang, setLang, tr } from "../i18n/index.js";
import { PostList } from "../post-list/index.js";
import { Preview, ScrollSync } from "../preview/index.js";
import { Banners, StatusBar } from "../status/index.js";
import { CountsView } from "../counts/index.js";
import { ListHeader, SearchBox } from "../browse/index.js";
import { TagEditor, TagPane } from "../tags/index.js";
import { Browse } from "./browse.js";
import { h } from "../dom/index.js";
import { Commands } from "./commands.js";
import { refreshBanner } from "./conflicts.js";
import { FIRST_SCREEN_POSTS, LANG_PARAM } from "./constants.js";
import type { AppContext } from "./context.js";
import { messageOf } from "./errors.js";
import { journalOpened, postChanged, postRemoved } from "./host-events.js";
import { LayoutController } from "./layout.js";
import { installLifecycleSaves } from "./lifecycle.js";
import { offerRecoveries, RecoveryKeeper } from "./recovery.js";
import { Session } from "./session.js";
import { installHitKeys, SearchReveal } from "./search-reveal.js";
import { createShell, showEmpty } from "./shell.js";
import { ThemeController } from "./theme.js";
import { browseActions, wireViews } from "./wiring.js";
import { installVerticalToggle } from "./vertical.js";
import { AppSettings } from "./app-settings.js";
import { spellcheckAttribute } from "../settings/index.js";
import { installOutline } from "./outline.js";
import { OutlineView } from "../outline/index.js";
import { FocusMode, typewriterScrolling } from "../focus/index.js";
import { installDesk } from "./focus.js";

/** The UI language: `?lang=`, else the host's, else the setting, else the browser's preferences. */
function chooseLang(host: HostInfo | null, settings: Settings | null) {
  return toLang(new URL(location.href).searchParams.get(LANG_PARAM)) ?? host?.lang ?? resolveLang(settings?.lang, navigator.languages);
}

/** Builds the app into `root` and opens the journal. */
export async function startApp(root: HTMLElement, client: Client): Promise<void> {
  let host: HostInfo;
  let settings: Settings;
  try {
    [host, settings] = await Promise.all([client.hostInfo(), client.getSettings()]);
  } catch (e) {
    return showFatal(root, messageOf(e));
  }
  setLang(chooseLang(host, settings));
  document.title = tr("app.name");
  // The views first, then the session over them. The views call back into the session only when the
  // user acts (a real cycle: the list opens posts, the session shows them in the list), so those
  // callbacks read `session`, which exists by then.
  const theme = new ThemeController(settings.theme);
  const shell = createShell();
  const prefs: AppSettings = new AppSettings(() => ({ client, shell, editor, layout, saver: session.saver }), settings);
  const counts = new CountsView();
  const outline = new OutlineView();
  const focus = new FocusMode(shell.root, settings.typewriter, settings.focusWidth);
  const editor: Editor = new Editor(shell.editorHost, lang(), {
    onDocChanged: () => session.bodyChanged(),
    onCompositionEnd: () => session.compositionEnded(),
    extra: [
      imageInput(imageDeps(() => session)),
      counts.extension,
      outline.extension,
      typewriterScrolling(() => focus.centring),
      spellcheckAttribute(() => prefs.value.spellcheck),
    ],
  });
  const preview = new Preview({
    title: tr("preview.title"),
    untitled: tr("postList.untitled"),
    lang: lang(),
    theme: theme.theme,
    assetBase: host.assetBase,
    source: () => editor.text(),
    onRendered: () => {
      scrollSync.realign();
      reveal.previewRendered();
    },
    external: (url) => void openExternal(client, url),
    post: (path) => void (list.has(path) && session.open(path)),
  });
  // A result of a search opens at its first hit.
  const list = new PostList(
    tr("postList.label"),
    (path) => void (browse.state.query.trim() ? reveal.open(path, browse.state.query) : session.open(path)),
  );
  const status = new StatusBar(() => void session.saver.flush());
  const banners = new Banners();
  const scrollSync = new ScrollSync(
    editor,
    {
      get scroller() {
        return preview.frame.scroller;
      },
      blocks: () => preview.blockElements(),
    },
    () => preview.blockLines(),
  );
  const layout = new LayoutController(settings.layout, shell.root, (value) => {
    preview.setVisible(value !== "editor");
    scrollSync.enabled = value === "split" && !preview.isVertical;
    client.updateSettings({ layout: value }).catch(() => undefined);
  });
  const actions = browseActions(() => session);
  const tagPane = new TagPane(actions.tagPane);
  const searchBox = new SearchBox();
  const listHeader = new ListHeader(actions.listHeader);
  const tagEditor = new TagEditor((prefix, exclude) => client.suggestTags({ prefix, exclude }));
  const browse = new Browse(
    {
      client,
      list,
      tagPane,
      searchBox,
      listHeader,
      shell,
      error: (m) => session.error(m),
      currentPath: () => session.current?.path ?? null,
    },
    settings.sort,
  );
  const ctx: AppContext = {
    client,
    host,
    shell,
    editor,
    preview,
    scrollSync,
    list,
    status,
    counts,
    banners,
    layout,
    theme,
    tagEditor,
    tagPane,
    searchBox,
    listHeader,
    browse,
    settings: prefs,
  };
  const session: Session = new Session(
    {
      client,
      editor,
      preview,
      list,
      status,
      banners,
      title: shell.titleInput,
      tags: tagEditor,
      showEmpty: (empty) => showEmpty(shell, empty),
      windowTitle: (text) => void (document.title = text),
      saved: (before, post) => browse.saved(before, post),
    },
    ctx,
  );
  session.onPhase(() => refreshBanner(session));
  const reveal = new SearchReveal(session);
  const commands = new Commands(session);
  wireViews(ctx, session, commands, settings);
  prefs.apply();
  list.showAll(settings.sort);
  preview.setVisible(layout.previewVisible);
  scrollSync.enabled = layout.value === "split";
  installVerticalToggle(ctx, settings);
  installOutline(ctx, settings, outline);
  commands.desk = installDesk(ctx, settings, focus);
  root.replaceChildren(shell.root);

  client.on("postChanged", ({ post }) => void postChanged(session, post));
  client.on("postRemoved", ({ path }) => void postRemoved(session, path));
  // A journal opened to show one of its files (the host's command line, file manager) opens at that post.
  client.on("journalOpened", ({ post }) => void journalOpened(session, () => loadJournal(ctx, session, post ?? null)));
  client.on("openPost", ({ path }) => void session.open(path, "body"));
  client.on("command", ({ name }) => commands.run(name, true));
  client.on("flush", () => void session.saver.flush());
  commands.installShortcuts();
  installHitKeys(reveal);
  installLifecycleSaves(session);
  const keeper = new RecoveryKeeper(client, (doc) => session.contentOf(doc));
  session.onDocChange = (doc) => keeper.changed(doc);
  void preview.frame.ready.then(() => {
    const doc = preview.frame.document;
    if (doc) scrollSync.attachPreview(doc);
  });
  await loadJournal(ctx, session, settings.lastPost);
  await offerRecoveries(session);
}

/**
 * Lists the posts and opens `preferred` if it exists, else the first listed; the empty state if none.
 * The list's first screen (FIRST_SCREEN_POSTS, in its order) is asked for first and shown at once,
 * with the post; the tags and the whole list (when there is more) are asked for after them: on a
 * 10,000-post journal the host takes ~150 ms to count the tags the first time, and the whole list is
 * 4.9 MB of JSON, both of which made the post wait. A load outrun by the next (another journal opened
 * meanwhile) stops showing what it got.
 */
async function loadJournal(ctx: AppContext, session: Session, preferred: string | null): Promise<void> {
  const load = ++loads;
  const current = () => load === loads;
  // The post last open is asked for alongside the list, not after it.
  const early = preferred ? ctx.client.readPost({ path: preferred }) : null;
  early?.catch(() => undefined);
  let more = false;
  let rest: Promise<void> | null = null;
  try {
    const [journal, first] = await Promise.all([
      ctx.client.getJournal(),
      ctx.client.listPosts({ sort: ctx.settings.value.sort, limit: FIRST_SCREEN_POSTS }),
    ]);
    if (!current()) return;
    ctx.shell.journalName.textContent = journal.name;
    ctx.shell.journalName.title = journal.dir;
    showUnreadable(ctx, journal.unreadable);
    ctx.list.setPosts(first);
    ctx.browse.shown();
    more = first.length >= FIRST_SCREEN_POSTS;
  } catch (e) {
    if (!current()) return;
    void ctx.browse.refreshTags();
    session.error(tr("app.loadFailed", { message: messageOf(e) }));
    return;
  }
  // The post last open may be further down than the first screen: then it waits for the whole list.
  if (preferred && !ctx.list.has(preferred) && more) await (rest = listRest(ctx, session, current));
  if (!current()) return;
  const path = preferred && ctx.list.has(preferred) ? preferred : ctx.list.first();
  if (path) await session.open(path, null, path === preferred ? early : null);
  else session.showNothing();
  void ctx.browse.refreshTags();
  if (more) await (rest ?? listRest(ctx, session, current));
}

/** Loads of a journal's list begun, so that one outrun by the next stops (see loadJournal). */
let loads = 0;

/** Shows the whole list once it has come, unless `current()` says another load began (a failure is said; the first screen stays). */
async function listRest(ctx: AppContext, session: Session, current: () => boolean): Promise<void> {
  try {
    const posts = await ctx.client.listPosts({});
    if (!current()) return;
    ctx.list.setPosts(posts);
    ctx.browse.listedAll();
  } catch (e) {
    if (current()) session.error(tr("app.loadFailed", { message: messageOf(e) }));
  }
}

/** Says which files of the journal could not be read (they are left out of the list). */
function showUnreadable(ctx: AppContext, unreadable: JournalInfo["unreadable"]): void {
  const first = unreadable[0];
  if (!first) return;
  const message = tr("journal.unreadable", { count: unreadable.length, path: first.path, reason: first.reason });
  ctx.banners.show(`unreadable:${unreadable.length}:${first.path}`, message, [
    { label: tr("error.dismiss"), run: () => ctx.banners.hide() },
  ]);
}

async function openExternal(client: Client, url: string): Promise<void> {
  let opened = false;
  try {
    opened = (await client.openExternal({ url })).opened;
  } catch {
    opened = false;
  }
  if (!opened) window.open(url, "_blank", "noopener,noreferrer");
}

function showFatal(root: HTMLElement, message: string): void {
  setLang(resolveLang(null, navigator.languages));
  root.replaceChildren(
    h(
      "div",
      { class: "fatal", role: "alert" },
      h("p", {}, tr("app.loadFailed", { message })),
      h("button", { type: "button", class: "button primary", onclick: () => location.reload() }, tr("app.tryAgain")),
    ),
  );
}
