// Tuning constants of the post model, named in one place.

/** Longest excerpt, in characters (code points), ellipsis included. */
export const EXCERPT_LENGTH = 140;

/** Longest slug, in UTF-8 bytes: keeps whole file names far below the usual 255-byte limit. */
export const SLUG_MAX_BYTES = 100;

/** The slug of a title that has no usable characters. */
export const UNTITLED_SLUG = "untitled";

/** The front-matter keys Tsuzuri writes, in the order a new front matter lists them. */
export const MANAGED_KEYS = ["id", "title", "date", "updated", "tags", "draft"] as const;
