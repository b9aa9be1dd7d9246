// What both hosts (Electron's main process and `tsuzuri serve`) share: which journal and renderer
// files may be served and with which headers, request paths split safely, and the activity a closing
// host waits on. Neither host imports the other.
export { Activity, type WaitTimes } from "./activity.js";
export { staticContentType } from "./content-types.js";
export { resolveJournalFile, type JournalFile } from "./journal-file.js";
export { resolveStaticFile } from "./static-file.js";
export { pathOf, queryOf, safeSegments } from "./url-path.js";
export { BASE_HEADERS, JOURNAL_FILE_HEADERS } from "./headers.js";
export { FLUSH_WAIT_MS, FLUSH_QUIET_MS, FLUSH_SETTLE_MS } from "./constants.js";
