// `tsuzuri serve`: a loopback HTTP host of the renderer. Also the journal-file rules both hosts share.
export { startServe, type ServeOptions, type ServeSession } from "./session.js";
export { startServer, type ServerOptions, type RunningServer } from "./server.js";
export { resolveJournalFile, type JournalFile } from "./journal-file.js";
export { safeSegments } from "./url-path.js";
export { resolveStaticFile } from "./static-files.js";
export { Activity, type WaitTimes } from "./activity.js";
export { mediaContentType, staticContentType } from "./content-types.js";
export { JOURNAL_FILE_HEADERS } from "./respond.js";
export { TOKEN_HEADER, TOKEN_META, JOURNAL_ROUTE, MAX_BODY_BYTES, FLUSH_WAIT_MS, FLUSH_QUIET_MS, FLUSH_SETTLE_MS } from "./constants.js";
export { cookieName } from "./request-guard.js";
