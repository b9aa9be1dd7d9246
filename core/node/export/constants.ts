// Fixed names and tuning constants of the export writer, named in one place.

/** The manifest an export keeps in its folder: which files it wrote, with their hashes and inputs. */
export const MANIFEST_FILE = ".tsuzuri-export.json";

/** The manifest's format marker and version; a manifest of another version makes every page be rebuilt. */
export const MANIFEST_FORMAT = "tsuzuri-export";
export const MANIFEST_VERSION = 1;

/** How many post files are read at once. */
export const READ_CONCURRENCY = 16;

/** How many files of an earlier export are checked (hashed) at once. */
export const CHECK_CONCURRENCY = 16;

/**
 * The journal's folder of export caches, under .tsuzuri/ (derived data only: removing it makes the
 * next export slower, nothing else), with the version of its layout: a folder of another version is removed.
 */
export const CACHE_DIR = ["export-cache", "v2"] as const;

/** The file of the export cache folder that keeps the export fingerprint of this code (fingerprint.ts). */
export const FINGERPRINT_FILE = "fingerprint.json";

/**
 * A page whose recorded modification time is this close to the time its stamps were saved (or later)
 * is hashed on the next export rather than trusted by its size and time: file times are only as fine
 * as the kernel's clock tick, so a change made just after our write may have kept the time.
 */
export const RACY_MS = 50;

/** At most this many worker threads render bodies (one per core below that). */
export const RENDER_WORKERS_MAX = 4;

/** An export renders its bodies in worker threads when it has at least this many to render (below, starting them costs more). */
export const RENDER_POOL_MIN_BODIES = 48;

/** How many bodies are asked for at once while learning what posts refer to (enough to keep every worker busy). */
export const RENDER_CONCURRENCY = 32;

/** How many files of the site are made and written at once (rendering is synchronous: this overlaps it with the disk). */
export const WRITE_CONCURRENCY = 8;

/** The note added to a failed write's message. */
export const INCOMPLETE_NOTE = "The export is incomplete; run it again once the problem is solved.";

/** How many foreign files an export names when it refuses to replace them. */
export const FOREIGN_FILES_LISTED = 5;
