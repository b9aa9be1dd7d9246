// Fixed names and tuning constants of importing, named in one place.

/** The front-matter key that remembers where an imported post came from (its source identity). */
export const IMPORTED_FROM_KEY = "imported_from";

/** The line that ends an entry of a Movable Type export. */
export const MT_ENTRY_SEPARATOR = "--------";
/** The line that ends a section of a Movable Type entry. */
export const MT_SECTION_SEPARATOR = "-----";
/** Sections of a Movable Type entry whose text runs over several lines, up to the section separator. */
export const MT_MULTILINE_SECTIONS: readonly string[] = ["BODY", "EXTENDED BODY", "EXCERPT", "KEYWORDS", "COMMENT", "PING"];
/** Keys of a Movable Type entry's header (one `KEY: value` per line). */
export const MT_HEADER_KEYS: readonly string[] = [
  "AUTHOR",
  "TITLE",
  "BASENAME",
  "STATUS",
  "ALLOW COMMENTS",
  "ALLOW PINGS",
  "CONVERT BREAKS",
  "DATE",
  "CATEGORY",
  "PRIMARY CATEGORY",
  "TAGS",
  "IMAGE",
  "NO ENTRY",
];
/** Keys at the top of a COMMENT or PING section, before its text. */
export const MT_FEEDBACK_KEYS: readonly string[] = ["AUTHOR", "EMAIL", "URL", "IP", "DATE", "TITLE", "BLOG NAME"];

/** The zone of Movable Type (Hatena Blog) dates, which carry none, unless told otherwise. */
export const DEFAULT_MT_ZONE = "Asia/Tokyo";

/** What separates the part of a post shown in lists from the rest (Hatena "続きを読む", MT extended body, Hugo summary). */
export const MORE_MARKER = "<!-- more -->";

/** Headings of the sections that keep an imported post's comments and trackbacks, by language. */
export const FEEDBACK_HEADINGS = {
  ja: { comments: "コメント", pings: "トラックバック" },
  en: { comments: "Comments", pings: "Trackbacks" },
} as const;

/** Extensions of Markdown files that become posts (compared in lower case). */
export const MARKDOWN_EXTENSIONS: readonly string[] = [".md", ".markdown"];

/** How many hex digits of a hash name an entry that has no basename (or, for one Markdown file imported alone, its bytes). */
export const IDENTITY_HASH_DIGITS = 12;
