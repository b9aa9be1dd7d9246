// Tuning constants of the journal's search index and tag catalog, named in one place.

/**
 * Posts per shard of the search index. Compacting a shard of 500 long posts takes about 0.06 s, so
 * the host never stops answering for long while the index is built or rebuilt; queries over 20
 * shards cost about what they cost over one index.
 */
export const SHARD_SIZE = 500;

/** Files read at once while the index is built in the background. */
export const READ_CONCURRENCY = 8;

/** Hits with snippets a search returns unless it asks for another number. */
export const DEFAULT_HIT_LIMIT = 50;

/** Version of the saved search index's files; files of another version are ignored and rebuilt. */
export const SHARD_FORMAT_VERSION = 2;

/** The saved search index, relative to the journal folder: a manifest and one file per shard. */
export const SEARCH_INDEX_DIR = ".tsuzuri/search";

/** The manifest's name in SEARCH_INDEX_DIR: which shard files make the index. Written last. */
export const SEARCH_MANIFEST = "manifest.json";

/**
 * How long after a change the search index is saved (changes in between share one save). Saving
 * compacts and writes only the shards that changed.
 */
export const SEARCH_SAVE_DEBOUNCE_MS = 3000;

/**
 * How long after a journal opens the index starts loading in the background: long enough for a
 * host to finish starting (serve prints its URL, a window shows the list) before the load takes the
 * CPU; a search asked for before then starts it at once.
 */
export const INDEX_START_DELAY_MS = 1500;

/**
 * Searches run at once; more wait their turn (first come, first served), and identical ones share a run.
 * A search is mostly CPU on one thread: running 200 together makes every one of them wait for all.
 */
export const SEARCH_CONCURRENCY = 2;
