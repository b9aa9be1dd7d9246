// Tuning constants of the Markdown pipeline, named in one place.

/** Deepest nesting of blocks and inline markup the parser follows (markdown-it's `maxNesting`). */
export const MAX_NESTING = 100;

/** Heading levels that get an `id` (all of them). */
export const ANCHOR_LEVELS = [1, 2, 3, 4, 5, 6];

/** The first number markdown-it-anchor appends to a repeated heading id ("-1", "-2" …). */
export const ANCHOR_START_INDEX = 1;

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

/**
 * The elements markdown-it and Tsuzuri's plugins write (highlight.js adds <span>). The fast path of the
 * sanitiser accepts only these, and only those of them SANITIZE_CONFIG allows; any other sends the HTML to DOMPurify.
 */
export const OWN_MARKUP_TAGS = [
  "a",
  "blockquote",
  "br",
  "code",
  "em",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "hr",
  "img",
  "input",
  "li",
  "ol",
  "p",
  "pre",
  "s",
  "section",
  "span",
  "strong",
  "sup",
  "table",
  "tbody",
  "td",
  "th",
  "thead",
  "tr",
  "ul",
  "ruby",
  "rt",
  "rp",
] as const;

/** The attributes markdown-it and Tsuzuri's plugins write (besides LINE_ATTR); as OWN_MARKUP_TAGS. */
export const OWN_MARKUP_ATTRIBUTES = [
  "href",
  "src",
  "alt",
  "title",
  "class",
  "id",
  "start",
  "align",
  "type",
  "checked",
  "disabled",
] as const;

/**
 * Attributes whose value DOMPurify does not test as a URL (its URI-safe list, as far as OWN_MARKUP_ATTRIBUTES
 * goes); every other attribute value must pass SANITIZE_CONFIG.ALLOWED_URI_REGEXP or be empty.
 */
export const URI_SAFE_ATTRIBUTES = ["alt", "class", "id", "title"] as const;

/** Ruby (ruby.ts): the longest base and the longest reading, in UTF-16 units, that make ruby; longer stays text. */
export const RUBY_MAX_BASE = 30;
export const RUBY_MAX_READING = 40;

/** Incremental render (incremental.ts): rendered pieces are kept, of any post, up to this many characters of HTML. */
export const INCREMENTAL_CACHE_CHARS = 4_000_000;
