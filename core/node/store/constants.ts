// Tuning constants and fixed names of the journal store, named in one place.

/** Version of the index cache format; a cache of another version is rebuilt from the files. */
export const INDEX_VERSION = 2;
/** The index cache, relative to the journal folder. */
export const INDEX_FILE = ".tsuzuri/index.json";
/** Where deleted posts wait, relative to the journal folder. */
export const TRASH_DIR = ".trash";
/** What the trash remembers of each deleted post (original path, title, time), inside TRASH_DIR. */
export const TRASH_META_FILE = ".meta.json";
/** Where new posts go, relative to the journal folder (then a folder per year). */
export const POSTS_DIR = "posts";
/** The folder name of a journal inside the user's documents folder. */
export const JOURNAL_FOLDER_NAME = "Tsuzuri";

/** How long after a save the index cache is written (saves in between share one write). */
export const INDEX_WRITE_DEBOUNCE_MS = 1000;
/**
 * The least time from one index cache write to the next while saves keep coming. The cache of a
 * 10,000-post journal is 6 MB of JSON: each write takes about 70 ms of the host's thread to serialise
 * and leaves about 20 MB of garbage; written every second under steady saving, that was 188 of the
 * 1,450 MB that 400 saves through the app allocated (10 s: about 20 MB). Waiting longer loses
 * nothing: the cache is checked against each file's mtime and size at open, and those changed since
 * are read again.
 */
export const INDEX_WRITE_MIN_INTERVAL_MS = 10_000;
/** How long the watcher waits for a file to settle before reading it. */
export const WATCH_DEBOUNCE_MS = 120;
/** How many files are read (or stat'ed) at once when opening a journal. */
export const READ_CONCURRENCY = 16;
/** How many numbered names (-2, -3…) are tried before giving up on a free file name. */
export const MAX_NAME_ATTEMPTS = 10_000;

/**
 * The largest post Tsuzuri opens, saves, indexes or searches: 16 MiB (about five million Japanese
 * characters, far beyond any post). A larger file is listed as unreadable with a message, and a save
 * that would make a post larger is refused; nothing is cut.
 */
export const MAX_POST_BYTES = 16 * 1024 * 1024;
/** The largest index cache read (about 100,000 posts); a larger or odd one (a link to a device) is ignored and rebuilt. */
export const MAX_INDEX_BYTES = 64 * 1024 * 1024;
/** How many posts the background check after open re-reads at a time (between other work). */
export const VERIFY_BATCH = 8;
/**
 * How long after open the background check starts: re-reading 10,000 posts takes about 1.4 s of CPU,
 * which must not compete with the start (the list, the first post, the page's own code).
 */
export const VERIFY_START_DELAY_MS = 3000;
/** The steps that delay is waited in (a journal closed meanwhile stops the wait within one). */
export const VERIFY_START_STEP_MS = 100;
/** The pause between two batches of the background check, so that it takes a small share of a core and requests never wait long. */
export const VERIFY_PAUSE_MS = 4;
/** The tag-rename plan, relative to the journal folder: finished on the next open when a rename was interrupted. */
export const RETAG_PLAN_FILE = ".tsuzuri/retag-plan.json";
