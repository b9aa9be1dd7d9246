// Names and exit codes of the `tsuzuri` command line, in one place.

/** The program's name, as users type it. */
export const PROGRAM = "tsuzuri";
/** Exit code: success. */
export const EXIT_OK = 0;
/** Exit code: the command ran and failed (a journal that cannot be opened, a port in use …). */
export const EXIT_FAILURE = 1;
/** Exit code: the command line itself was wrong. */
export const EXIT_USAGE = 2;
/** Exit code when a second Ctrl+C cuts a shutdown short (128 + SIGINT). */
export const EXIT_INTERRUPTED = 130;
