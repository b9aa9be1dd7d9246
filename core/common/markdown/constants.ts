// Tuning constants of the Markdown pipeline, named in one place.

/** Deepest nesting of blocks and inline markup the parser follows (markdown-it's `maxNesting`). */
export const MAX_NESTING = 100;

/** Heading levels that get an `id` (all of them). */
export const ANCHOR_LEVELS = [1, 2, 3, 4, 5, 6];

/** The id of a heading whose text has no letter or digit left after slugifying. */
export const EMPTY_SLUG = "section";

/** Schemes a link (`a[href]`) may use; anything else loses its href. Relative and `#` links are always fine. */
export const LINK_SCHEMES = ["http", "https", "mailto"] as const;

/** Schemes an image (`img[src]`) may use besides relative paths and the data: images below. */
export const IMAGE_SCHEMES = ["https"] as const;

/** MIME types an image may carry in a `data:` URL. */
export const IMAGE_DATA_TYPES = ["image/png", "image/jpeg", "image/gif", "image/webp", "image/avif", "image/svg+xml"] as const;

/** The `rel` of a link that leaves the page for the web. */
export const EXTERNAL_LINK_REL = "noopener noreferrer";

/**
 * The attribute that carries a top-level block's 0-based source line through sanitising; it is taken
 * out of the HTML again before anyone sees it.
 */
export const LINE_ATTR = "data-tsuzuri-line";

/** The empty element that carries the line of a raw HTML block (whose tags the renderer cannot annotate). */
export const LINE_MARK_TAG = "tsuzuri-line-mark";
