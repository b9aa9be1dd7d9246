// Tuning of the recovery files (unsaved editor text kept under .tsuzuri/ until it is saved).

/** The folder, in the journal, of the recovery files. */
export const RECOVERY_DIR = ".tsuzuri/recovery";
/** Version of a recovery file; a file of another version is left alone and not offered. */
export const RECOVERY_VERSION = 1;
/** A recovery file larger than this is not read (a post body is capped well below it). */
export const MAX_RECOVERY_BYTES = 64 * 1024 * 1024;
