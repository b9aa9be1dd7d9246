// The data that crosses the contract. Plain JSON: every value here survives structured clone and JSON.
import type { QueryError, SearchHit } from "../common/search/index.js";
import type { TagNode } from "../common/tags/index.js";
import type { PostSort } from "./post-order.js";

export type { QueryError, SearchHit, Snippet, TextRange } from "../common/search/index.js";
export type { TagInfo, TagNode, TagSort, TagSuggestion } from "../common/tags/index.js";

/** What the post list shows of a post: everything but the body. */
export interface PostSummary {
  /** Path relative to the journal folder, with "/" separators. The post's identity in the API. */
  path: string;
  /** Front-matter `id` (a ULID for posts made by Tsuzuri); null for files without one. */
  id: string | null;
  /** The title to show: from the front matter, else the first heading, else the file name. */
  title: string;
  /** True when `title` is written in the front matter; false when it was made up (the editor shows it as a hint). */
  titled: boolean;
  /** ISO 8601 with offset, from front matter; null when the file has none. */
  date: string | null;
  updated: string | null;
  tags: string[];
  draft: boolean;
  /** The first line of text of the body, plain, at most EXCERPT_LENGTH characters. */
  excerpt: string;
  /** Characters in the body (code points, not UTF-16 units). */
  chars: number;
  /** SHA-256 (hex) of the file's bytes: what a save must name as its base. */
  hash: string;
  mtimeMs: number;
  size: number;
}

/** A post with its body, as the editor opens it. */
export interface Post extends PostSummary {
  /** The Markdown after the front matter. */
  body: string;
}

/** The answer to a save. A conflict means the file changed on disk since `baseHash`: nothing was written. */
export type SaveResult = { status: "saved"; post: PostSummary; previousPath: string } | { status: "conflict"; disk: Post };

/** The tags of the open journal, for the tag sidebar. */
export interface TagList {
  /** Top-level tags, nested ones as children; `count` is posts tagged exactly so, `total` with nested ones. */
  tree: TagNode[];
  /** Posts without any tag. */
  untagged: number;
  /** Posts in the journal. */
  posts: number;
}

/** What renaming or deleting a tag did (or, in a dry run, would do). */
export interface TagEditResult {
  /** How many posts' files change. */
  posts: number;
  /** Those posts, as they are after the change (in a dry run: as they would be). */
  changed: PostSummary[];
  /** Renaming onto a tag that already exists: the two become one. */
  merged: boolean;
  /** Posts that carry the tag but could not be changed, with why (unreadable front matter, not UTF-8 …). */
  skipped: { path: string; reason: string }[];
}

/** A day of the calendar: "on this day" finds posts dated on its month and day in earlier years. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** The posts a search (and the list's filters) found. */
export interface PostSearchResult {
  /** How many posts match. */
  total: number;
  /** Every matching post, in the order asked for. */
  paths: string[];
  /** The matches from `offset`, at most `limit`, with snippets (none when the query has no words). */
  hits: SearchHit[];
  /** Malformed qualifiers (then nothing matches). */
  errors: QueryError[];
}

/** Editor text that was not saved (a save failed, or the app stopped first), kept until it is. */
export interface RecoveredText {
  /** The post it belongs to. */
  path: string;
  /** The hash of the file the text was edited from: if the file still has it, nothing else changed it. */
  baseHash: string;
  title: string;
  tags: string[];
  body: string;
  /** When it was kept (ISO 8601). */
  savedAt: string;
}

/** A deleted post waiting in `<journal>/.trash/`. */
export interface TrashEntry {
  /** Path relative to the journal, inside `.trash/`. */
  trashPath: string;
  /** Where the post was before it was deleted. */
  originalPath: string;
  title: string;
  deletedAt: string;
}

/** The open journal. */
export interface JournalInfo {
  dir: string;
  name: string;
  postCount: number;
  /** Post files and folders that could not be read when the journal was opened (left out of the list), with why. */
  unreadable: { path: string; reason: string }[];
}

/** The app themes. */
export const THEME_SETTINGS = ["system", "light", "dark"] as const;
export type ThemeSetting = (typeof THEME_SETTINGS)[number];
/** The UI languages to choose from. */
export const LANG_SETTINGS = ["system", "en", "ja"] as const;
export type LangSetting = (typeof LANG_SETTINGS)[number];
/** The layouts of the editor and the preview. */
export const LAYOUT_SETTINGS = ["split", "editor", "preview"] as const;
export type LayoutSetting = (typeof LAYOUT_SETTINGS)[number];
/** The tag sidebar: shown or hidden as the user last chose, or "auto" (shown when the window is wide enough) until they choose. */
/** Whether the tag sidebar is shown. */
export const TAGS_PANEL_SETTINGS = ["auto", "shown", "hidden"] as const;
export type TagsPanelSetting = (typeof TAGS_PANEL_SETTINGS)[number];

/** The editor's font families: the system's UI font, 明朝 (serif), ゴシック (sans-serif), monospace. */
export const EDITOR_FONTS = ["system", "serif", "sans", "mono"] as const;
export type EditorFont = (typeof EDITOR_FONTS)[number];
/** Where the preview goes in the split layout ("off": never shown). */
export const PREVIEW_POSITIONS = ["right", "below", "off"] as const;
export type PreviewPosition = (typeof PREVIEW_POSITIONS)[number];
/** The bounds of the numeric settings, [min, max]. lineWidth 0: as wide as the pane. */
export const SETTING_BOUNDS = {
  fontSize: [10, 32],
  lineWidth: [0, 200],
  lineHeight: [1, 3],
  autosaveMs: [200, 10_000],
  focusWidth: [20, 120],
} as const;

/** What exports start with (each can still be changed in the export dialog). Empty: not set. */
export interface ExportDefaults {
  siteTitle: string;
  author: string;
  /** A BCP 47 language tag for the pages (ja, en …). */
  lang: string;
  /** The address the site will live at (for the feed and canonical links). */
  baseUrl: string;
  /** The image shown when a page is shared (og:image), an address or a path in the site. */
  ogImage: string;
}

/** Personal settings, kept in the user-data folder, never in the journal. */
export interface Settings {
  /** The editor's font family. */
  editorFont: EditorFont;
  /** The editor's font size, CSS px. */
  fontSize: number;
  /** The longest line of the editor, in characters (em); 0: as wide as the pane. */
  lineWidth: number;
  /** The editor's line height, a multiple of the font size. */
  lineHeight: number;
  previewPosition: PreviewPosition;
  /** Autosave: quiet time after the last keystroke before the post is saved, ms. */
  autosaveMs: number;
  /** Whether the editor marks misspelt words (the browser's or Electron's spellchecker). */
  spellcheck: boolean;
  exportDefaults: ExportDefaults;
  theme: ThemeSetting;
  lang: LangSetting;
  layout: LayoutSetting;
  /** The order of the post list. */
  sort: PostSort;
  /** Whether the tag sidebar is shown. */
  tagsPanel: TagsPanelSetting;
  /** Whether the post list sidebar is shown ("auto": unless the window is narrow). */
  postsPanel: TagsPanelSetting;
  /** Whether the outline (the post's headings) is shown. */
  outlinePanel: TagsPanelSetting;
  /** The preview set vertically (縦書き, right to left). */
  verticalPreview: boolean;
  /** Focus mode: keep the line being written in the middle of the editor (typewriter scrolling). */
  typewriter: boolean;
  /** Focus mode: the width of the centred column, in characters (em). */
  focusWidth: number;
  /** The post last open, to reopen at start (relative to the journal). */
  lastPost: string | null;
  /** The journal last open, reopened at start when no other is named. */
  lastJournal: string | null;
}

/** What the renderer should know of the host it runs in. */
export interface HostInfo {
  kind: "electron" | "serve";
  platform: string;
  /** A language forced by the host (`serve --lang`), overriding the setting. */
  lang: "en" | "ja" | null;
  /** URL prefix under which files of the journal (images) are served, ending in "/". */
  assetBase: string;
  /** True when the host writes PDFs itself (Electron's printToPDF: the exportPdf operation); else the renderer offers the print view. */
  pdf: boolean;
}

/** A long-running job of the app: one runs at a time. */
/** The long tasks (one at a time, cancellable). */
export const TASK_KINDS = ["export", "import", "hatena"] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

/** What a host's file picker is for. */
/** What a native file dialog is asked for. */
export const PICK_PURPOSES = ["export-file", "export-pdf", "export-folder", "import-source", "image", "journal"] as const;
export type PickPurpose = (typeof PICK_PURPOSES)[number];

/** What exporting one post wrote. */
export interface ExportPostReport {
  /** Absolute path of the file written. */
  file: string;
  bytes: number;
  /** Things a person may want to fix (an image left out, a link made plain text). */
  warnings: string[];
  ms: number;
}

/** What exporting one post as PDF wrote. */
export interface ExportPdfReport {
  /** Absolute path of the PDF written. */
  file: string;
  bytes: number;
  /** As for exportPost (an image left out, a link made plain text). */
  warnings: string[];
}

/** What exporting the journal as a site did. */
export interface ExportSiteReport {
  /** Absolute path of the site folder. */
  outDir: string;
  /** Posts exported. */
  posts: number;
  /** Site paths written (new or changed). */
  written: string[];
  /** Files already up to date. */
  unchanged: number;
  /** Site paths removed (pages of posts no longer exported). */
  removed: string[];
  /** Files of an earlier export edited by someone since: left in place. */
  kept: string[];
  warnings: string[];
  ms: number;
}

/** What happened (or, in a dry run, would happen) to one entry of an import. */
export interface ImportReportItem {
  /** The entry as the report names it: a path in the folder, or `#n "title" (date)` in an export file. */
  entry: string;
  action: "create" | "skip";
  /** Why it is skipped. */
  reason?: string;
  /** The post's journal path: created, or the existing post it duplicates. */
  path?: string;
  warnings?: string[];
}

/** The end of an import (or of its dry run). */
export interface ImportReport {
  source: string;
  format: "markdown" | "mt";
  dryRun: boolean;
  /** True when it was cancelled before the end (what was written stays; importing again skips it). */
  cancelled: boolean;
  /** Posts created (in a dry run: that would be). */
  imported: number;
  /** Entries skipped (already imported, or not posts). */
  skipped: number;
  failed: { entry: string; reason: string }[];
  /** Every entry created or skipped, in source order. */
  items: ImportReportItem[];
  /** Files (images…) copied into the journal. */
  assets: number;
}

/** The open journal's link to a Hatena Blog (.tsuzuri/hatena.json), and where its API key comes from. */
export interface HatenaStatus {
  /** The AtomPub root endpoint; null before the journal is set up. */
  endpoint: string | null;
  /** The Hatena ID; null before the journal is set up. */
  user: string | null;
  /** Hatena Fotolife's AtomAPI root (for images). */
  fotolife: string;
  /** Where the API key comes from: the host's safe storage, the HATENA_API_KEY environment variable, this session's memory, or nowhere yet. */
  key: "stored" | "environment" | "session" | null;
  /** Where a key typed in is kept: encrypted by the system (Electron safeStorage), or in memory until the app stops (serve). */
  keyStorage: "safe-storage" | "memory";
}

/** What a Hatena Blog sync did (or, in a dry run, would do) to one post or entry. */
export interface HatenaSyncItem {
  /** pull: from the blog into the journal; push: from the journal to the blog. */
  direction: "pull" | "push";
  action: "created" | "updated" | "unchanged" | "conflict" | "failed" | "not-sent";
  /** The post's journal path, when there is one. */
  path?: string;
  title: string;
  /** The entry's member URI. */
  edit?: string;
  /** Pull conflicts: the copy holding the blog's text. */
  copy?: string;
  reason?: string;
  /** Images uploaded to Fotolife for this post. */
  uploaded?: number;
}

/** The end of a Hatena Blog sync (or of its dry run). */
export interface HatenaSyncReport {
  dryRun: boolean;
  items: HatenaSyncItem[];
}

/** An image added to a post's folder of assets (saveImage). */
export interface SavedImage {
  /** Where the image is, relative to the journal: `assets/<post file name without .md>/<name>`. */
  path: string;
  /** The link from the post's folder to it, encoded for a Markdown link destination. */
  link: string;
  /** True when the same bytes were already there under that name: nothing new was written. */
  reused: boolean;
}

/** Commands a host's menu can send the renderer. */
export type CommandName =
  | "newPost"
  | "togglePreview"
  | "showEditorOnly"
  | "showPreviewOnly"
  | "showSplit"
  | "find"
  | "deletePost"
  | "goToPost"
  | "searchJournal"
  | "importSource"
  | "exportPost"
  | "exportSite"
  | "insertImage"
  | "showTrash"
  | "savePost"
  | "commandPalette"
  | "showShortcuts"
  | "openSettings"
  | "printPost"
  | "exportPdf"
  | "publishHatena"
  | "syncHatena"
  | "toggleFocus"
  | "toggleTypewriter"
  | "openJournal";

/**
 * The keys of the commands, in Electron's accelerator notation (CmdOrCtrl = ⌘ on macOS, Ctrl
 * elsewhere): the first is the one a menu shows, the others work too. The renderer binds them all; a
 * host menu shows the first without registering it (the page handles the key).
 */
export const COMMAND_KEYS = {
  newPost: ["CmdOrCtrl+N"],
  openJournal: ["CmdOrCtrl+O"],
  savePost: ["CmdOrCtrl+S"],
  deletePost: [],
  togglePreview: ["CmdOrCtrl+\\"],
  showEditorOnly: [],
  showSplit: [],
  showPreviewOnly: [],
  find: ["CmdOrCtrl+F"],
  goToPost: ["CmdOrCtrl+P"],
  searchJournal: ["CmdOrCtrl+Shift+F", "/"],
  insertImage: ["CmdOrCtrl+Shift+I"],
  importSource: [],
  exportPost: [],
  exportSite: [],
  publishHatena: [],
  syncHatena: [],
  exportPdf: [],
  printPost: [],
  showTrash: [],
  commandPalette: ["CmdOrCtrl+Shift+P"],
  showShortcuts: ["CmdOrCtrl+/", "F1"],
  openSettings: ["CmdOrCtrl+,"],
  toggleFocus: ["F8"],
  toggleTypewriter: ["F9"],
} as const satisfies Record<CommandName, readonly string[]>;

/**
 * Keys of the desktop menu's own items, which are not renderer commands (Electron accelerators, as in
 * COMMAND_KEYS): zoom, which takes Shift because Mod+= and Mod+- change a heading's level in the
 * editor (as in Typora).
 */
export const MENU_KEYS = {
  zoomIn: "CmdOrCtrl+Shift+=",
  zoomOut: "CmdOrCtrl+Shift+-",
} as const satisfies Record<string, string>;

/** Error codes a host may answer with; the message is for people. */
export type ErrorCode =
  | "invalid-argument"
  | "not-found"
  | "exists"
  | "io"
  | "disk-full"
  | "permission"
  | "no-journal"
  | "unsupported"
  | "busy"
  | "cancelled"
  | "internal";

/** The error every host returns for a failed operation. */
export class TsuzuriError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "TsuzuriError";
  }
}
