// Tuning constants and fixed names of the renderer, in one place.

/** Preview: quiet time after the last change before the preview is rendered again. */
export const PREVIEW_DEBOUNCE_MS = 120;
/** Preview: a slow render stretches the next debounce to this many times its duration. */
export const PREVIEW_SLOW_FACTOR = 3;
/** Preview: the longest the debounce is ever stretched to. */
export const PREVIEW_MAX_DEBOUNCE_MS = 1500;
/** Scroll sync: scroll events of the pane we just moved are ignored for this long. */
export const SCROLL_SYNC_LOCK_MS = 120;
/** Post list: items rendered in one batch while building the list in the background. */
export const LIST_CHUNK_SIZE = 25;
/** Post list: time spent building the list before yielding to input and painting. */
export const LIST_CHUNK_BUDGET_MS = 10;
/** Post list: items rendered synchronously at first, enough to fill a tall window. */
export const LIST_FIRST_CHUNK = 120;
/** Tag editor: quiet time after typing before suggestions are asked for. */
export const TAG_SUGGEST_DEBOUNCE_MS = 80;
/** Search box: quiet time after typing before the list is searched. */
export const SEARCH_DEBOUNCE_MS = 150;
/** Search results: hits (with snippets) fetched at a time. */
export const SEARCH_HITS_PAGE = 40;
/** Posts changed while the list is filtered: the filter is run again after this quiet time. */
export const FILTER_REFRESH_MS = 300;
/** Tag sidebar: quiet time after changes before the tags are listed again. */
export const TAGS_REFRESH_MS = 250;
/** Rename tag dialog: quiet time after typing before the posts that would change are counted. */
export const RENAME_PREVIEW_DEBOUNCE_MS = 200;
/** Quick switcher: titles shown at most. */
export const SWITCHER_LIMIT = 50;
/** A host command equal to a shortcut we just handled ourselves, within this time, is the same press. */
export const COMMAND_DEDUPE_MS = 400;

/** Query parameter that forces the UI language (`?lang=ja`). */
export const LANG_PARAM = "lang";
/** The content theme shared by the preview and exported pages, relative to the app page. */
export const CONTENT_CSS = "themes/content.css";
/** The app icon, relative to the app page. */
export const ICON_URL = "icons/icon.svg";
