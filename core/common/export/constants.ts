// Fixed names and tuning constants of HTML export, named in one place.

/** Posts listed per index page (the same on every page, so a post's page only moves when newer posts arrive). */
export const PAGE_SIZE = 20;

/** Newest posts in the Atom feed. */
export const FEED_ENTRIES = 20;

/** The first index page, at the root of the site. */
export const INDEX_FILE = "index.html";
/** Index page n ≥ 2 lives at `${PAGES_DIR}/n.html`. */
export const PAGES_DIR = "page";
/** Post pages live at `${POSTS_DIR}/<slug>.html`. */
export const POSTS_DIR = "posts";
/** Tag pages live at `${TAGS_DIR}/<level>/<level>.html`; the list of tags at `${TAGS_DIR}/index.html`. */
export const TAGS_DIR = "tags";
/** The list of every tag. */
export const TAGS_INDEX_FILE = `${TAGS_DIR}/index.html`;
/** Copied images keep their journal path under this folder. */
export const MEDIA_DIR = "media";
/** The one stylesheet of a site (content.css followed by site.css). */
export const STYLESHEET_FILE = "style.css";
/** The Atom feed. */
export const FEED_FILE = "feed.xml";

/** What a level of a tag's page path becomes when nothing usable is left of it. */
export const FALLBACK_TAG_SLUG = "tag";

/** The id of the <main> element (the skip link's target). Heading ids never contain ":" (see the pipeline's headingId). */
export const MAIN_ID = "tz:main";

/** The generator named in every page and the feed. */
export const GENERATOR = "Tsuzuri";

/**
 * Version of the export's output format. Bump it whenever a template, the stylesheet layout or a
 * path rule changes: pages of an earlier export are then rebuilt even when their posts did not change.
 */
export const EXPORT_FORMAT_VERSION = 2;

/** Content-Security-Policy of a site page: its stylesheet and images from the site, https: and data: images, nothing that runs. */
export const SITE_CSP = "default-src 'none'; img-src 'self' data: https:; style-src 'self'; base-uri 'none'; form-action 'none'";

/** Content-Security-Policy of a single-file export: inline styles, embedded or https: images, nothing that runs. */
export const SINGLE_FILE_CSP = "default-src 'none'; img-src data: https:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** Image files export copies or embeds, by lower-case extension, with their MIME type. */
export const IMAGE_TYPES: Readonly<Record<string, string>> = Object.freeze({
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  avif: "image/avif",
  svg: "image/svg+xml",
});

/** Share of letters that must be Japanese (kana or kanji) for text to count as Japanese. */
export const JAPANESE_SHARE = 0.25;
