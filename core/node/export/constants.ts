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

/** How many files of the site are made and written at once (rendering is synchronous: this overlaps it with the disk). */
export const WRITE_CONCURRENCY = 8;

/** Names in an output folder that do not make it "not empty" (version control and OS litter). */
export const IGNORABLE_ENTRY = /^\./;

/** The note added to a failed write's message. */
export const INCOMPLETE_NOTE = "The export is incomplete; run it again once the problem is solved.";

/** How many foreign files an export names when it refuses to replace them. */
export const FOREIGN_FILES_LISTED = 5;
