// Tuning constants of the tag rules, named in one place.

/** Separates the levels of a nested tag: `dev/frontend` is `frontend` under `dev`. */
export const TAG_SEPARATOR = "/";

/** Longest tag, in characters (code points), separators included. */
export const MAX_TAG_LENGTH = 100;

/** How many suggestions `TagCatalog#suggest` returns unless told otherwise. */
export const SUGGESTION_LIMIT = 10;

/** Shortest word that has a numeronym (`k8s` for kubernetes): shorter words are typed in full. */
export const NUMERONYM_MIN_LENGTH = 4;

/** Characters that split a tag (or one level of it) into words, for word-prefix and numeronym matches. */
export const WORD_SEPARATORS = /[\s\-_.+]+/u;
