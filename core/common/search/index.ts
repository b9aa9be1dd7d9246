// Full-text search: normalisation (width, case, kana), the query language, and an incremental
// n-gram index whose answers are checked, with snippets of the original text.

export { normalizeForSearch, foldForSearch } from "./normalize.js";

export { NormalizedText, type RestoredSlice, type NormalizedParts } from "./normalized-text.js";
export { parseQuery, parseDay, type ParsedQuery, type QueryError } from "./query.js";
export {
  SearchIndex,
  searchHitOf,
  type SearchIndexSnapshot,
  type SnapshotPost,
  type SearchablePost,
  type SearchHit,
  type SearchResult,
  type SearchOptions,
  type SearchIndexStats,
} from "./search-index.js";
export type { Snippet, TextRange } from "./snippet.js";
export { findTerms, queryTerms } from "./find-terms.js";
export { NO_POSITION, type PostingsStats, type PostingsSnapshot } from "./postings.js";
export { matchPosts, matchFieldsOf, type MatchFields, type MatchSource } from "./match.js";
export { bigram } from "./grams.js";
