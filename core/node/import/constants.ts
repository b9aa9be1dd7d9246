// Tuning constants and fixed names of importing into a journal, named in one place.

/** Where copied images and other files go, relative to the journal (then a folder per post). */
export const ASSETS_DIR = "assets";
/** Folders of a Markdown source never imported (besides dot-folders): build output and dependencies. */
export const SKIPPED_SOURCE_DIRS: readonly string[] = ["node_modules", "_site", "public", "resources", "vendor"];
/** Hugo's section pages: list-page settings, not posts. */
export const HUGO_SECTION_PAGE = "_index.md";
/** Jekyll's folder of unpublished posts: what is in it is a draft. */
export const JEKYLL_DRAFTS_DIR = "_drafts";
/** The folder whose presence makes a folder an Obsidian vault. */
export const OBSIDIAN_DIR = ".obsidian";
/** Files read (or written) at once. */
export const IO_CONCURRENCY = 16;
/** How much of a .txt file is looked at to recognise a Movable Type export. */
export const DETECT_BYTES = 64 * 1024;
/** Image extensions: such a file named by a link is copied into the journal and shown inline. */
export const IMAGE_EXTENSIONS: readonly string[] = [".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".avif", ".bmp", ".ico"];
/** Text encodings tried, in order, for an export that is not UTF-8 (old Japanese blogs). */
export const LEGACY_ENCODINGS: readonly string[] = ["shift_jis", "euc-jp"];
/** Hosts of Hatena blogs: links to `/entry/<basename>` on them point at imported entries. */
export const HATENA_BLOG_HOSTS = /(^|\.)(hatenablog\.com|hatenablog\.jp|hateblo\.jp|hatenadiary\.com|hatenadiary\.jp|hatenadiary\.org)$/;
/** Longest stretch of work (ms) before the import lets other work of the process run (UI messages, the abort signal). */
export const YIELD_EVERY_MS = 25;
/** Posts written at once: each write waits for the disk (fsync), so several overlap. */
export const WRITE_CONCURRENCY = 8;
/** Downloading an entry's images (--download-images): longest wait for one image, start to end. */
export const DOWNLOAD_TIMEOUT_MS = 20_000;
/** Images downloaded at once. */
export const DOWNLOAD_CONCURRENCY = 4;
