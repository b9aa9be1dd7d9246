// Tuning constants and fixed names of the Hatena Blog link, in one place.

/** How long one request may take before it is abandoned (connect, send and the whole answer), in ms. */
export const REQUEST_TIMEOUT_MS = 30_000;
/** The most pages of the entry collection a pull reads (7 entries a page: 35,000 entries). */
export const MAX_PAGES = 5_000;
/** The largest answer read from the blog or Fotolife, in bytes. */
export const MAX_RESPONSE_BYTES = 32 * 1024 * 1024;
/** The largest image sent to Fotolife, in bytes. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

/** The environment variable holding the API key (never stored in the journal). */
export const API_KEY_ENV = "HATENA_API_KEY";
/** Where the remembered endpoint, user and Fotolife URL are kept, in the journal. */
export const SETTINGS_FILE = ".tsuzuri/hatena.json";
/** Fotolife's AtomAPI root (uploads go to `<root>/post`). */
export const DEFAULT_FOTOLIFE = "https://f.hatena.ne.jp/atom";
/** The Fotolife folder uploads land in: the one Hatena Blog's own editor uses. */
export const FOTOLIFE_FOLDER = "Hatena Blog";

/** The front-matter key of a post's link to its entry. */
export const LINK_KEY = "hatena";
/** The front-matter key of a conflict copy: the entry it holds the blog's text of. */
export const CONFLICT_KEY = "hatena_conflict_of";
/** What a conflict copy's file name gets before `.md`. */
export const CONFLICT_SUFFIX = ".hatena-conflict";

/** XML namespaces. */
export const NS = {
  atom: "http://www.w3.org/2005/Atom",
  app: "http://www.w3.org/2007/app",
  hatena: "http://www.hatena.ne.jp/info/xmlns#",
  hatenablog: "http://www.hatena.ne.jp/info/xmlns#hatenablog",
  atom03: "http://purl.org/atom/ns#",
  dc: "http://purl.org/dc/elements/1.1/",
} as const;

/** A blog's (or an entry's) syntax setting, by the content type Hatena names it with. */
export const SYNTAX_TYPES = {
  markdown: "text/x-markdown",
  hatena: "text/x-hatena-syntax",
  html: "text/html",
} as const;

/** One of Hatena Blog's syntax settings: Markdown, Hatena syntax (はてな記法), or the WYSIWYG editor (見たままモード, HTML). */
export type Syntax = keyof typeof SYNTAX_TYPES;
