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
