// Finding posts in an open journal: the full-text index (in shards, built in the background) and the
// tag catalog, both following every change to the journal.
export { Finder, type FindArgs, type FinderOptions } from "./finder.js";

export { openFinder, type OpenFinder } from "./open-finder.js";

export { quickSearch, type QuickResult } from "./quick-search.js";
