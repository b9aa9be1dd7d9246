// Finding posts in an open journal: the full-text index (in shards, built in the background) and the
// tag catalog, both following every change to the journal.
export { Finder, type FindArgs, type FinderOptions } from "./finder.js";
export { ShardedIndex } from "./sharded-index.js";
export { readBody } from "./read-body.js";
export { openFinder, type OpenFinder } from "./open-finder.js";
export { journalFolder } from "./journal-folder.js";
export { SHARD_SIZE, READ_CONCURRENCY, DEFAULT_HIT_LIMIT } from "./constants.js";
export { quickSearch, type QuickResult } from "./quick-search.js";
