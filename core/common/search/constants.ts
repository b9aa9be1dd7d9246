// Tuning constants of full-text search, named in one place.

/** Length of a snippet, in UTF-16 units (about as many characters for Japanese text). */
export const SNIPPET_LENGTH = 80;

/** How much text a snippet shows before its first match, at most. */
export const SNIPPET_BEFORE = 24;

/** Hits returned with snippets unless a search asks for another number. */
export const DEFAULT_SEARCH_LIMIT = 100;

/**
 * A gram (one or two characters) on more than one post in DENSE_FRACTION is stored as a bitset
 * (one bit per post) instead of a sorted list of post numbers (32 bits per post that has it).
 */
export const DENSE_FRACTION = 32;

/**
 * Posts added or changed since the index was last compacted are kept in a small, slower side
 * index; once there are more than max(DELTA_MIN_POSTS, live posts / DELTA_FRACTION) of them, or
 * as many removed ones, the next search compacts everything again.
 */
export const DELTA_MIN_POSTS = 256;
/** See DELTA_MIN_POSTS. */
export const DELTA_FRACTION = 16;

/** Separates the title, the body and each tag in a post's searchable text. Never part of a term. */
export const FIELD_SEPARATOR = "\u0000";
