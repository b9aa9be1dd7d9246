// Tuning constants and fixed names of the renderer, in one place.

/** Search results: hits (with snippets) fetched at a time. */
export const SEARCH_HITS_PAGE = 40;
/**
 * Posts asked for first at start, in the list's order, ahead of the whole list: enough for any
 * window's first screen (and Page Down), so a 10,000-post journal shows its list and its post as soon
 * as a small one does; the rest (4.9 MB of JSON at 10,000 posts) follows a moment later.
 */
export const FIRST_SCREEN_POSTS = 200;
/** Posts changed while the list is filtered: the filter is run again after this quiet time. */
export const FILTER_REFRESH_MS = 300;
/** Tag sidebar: quiet time after changes before the tags are listed again. */
export const TAGS_REFRESH_MS = 250;
/** A host command equal to a shortcut we just handled ourselves, within this time, is the same press. */
export const COMMAND_DEDUPE_MS = 400;

/** Query parameter that forces the UI language (`?lang=ja`). */
export const LANG_PARAM = "lang";
/** The app icon, relative to the app page. */
export const ICON_URL = "icons/icon.svg";
/** At most one recovery snapshot of a post per this many ms while its save cannot go through. */
export const RECOVERY_KEEP_MS = 400;
