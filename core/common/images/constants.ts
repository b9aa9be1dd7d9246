// Limits and fixed names of images added to posts (paste, drop, Insert image…, imported downloads).

/** The image types a post may get by paste, drop or download; the bytes decide, never a given name or type. */
export const IMAGE_TYPES = ["image/png", "image/jpeg", "image/gif", "image/webp", "image/avif", "image/svg+xml"] as const;
/** Largest image added to a journal (bytes). Base64 of it still fits a `serve` request. */
export const MAX_IMAGE_BYTES = 40 * 1024 * 1024;
/** Length of MAX_IMAGE_BYTES written as base64. */
export const MAX_IMAGE_BASE64 = Math.ceil(MAX_IMAGE_BYTES / 3) * 4;
/** Where a post's images go, relative to the journal: `assets/<post file name without .md>/<image>`. */
export const ASSETS_DIR = "assets";
/** Longest file name stem kept from an image's own name (code points). */
export const MAX_IMAGE_STEM = 80;
/** How much of a file is looked at to recognise an SVG image. */
export const SVG_SNIFF_CHARS = 4096;
