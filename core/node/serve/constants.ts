// Tuning constants and fixed names of `tsuzuri serve`, in one place.

/** The only address the server listens on. */
export const LOOPBACK_HOST = "127.0.0.1";
/** Random bytes in the access token (base64url-encoded). */
export const TOKEN_BYTES = 32;
/** The token's header (required on every POST and on anything that reads the journal) and meta tag: named in the contract. */
export { TOKEN_HEADER, TOKEN_META } from "../../contract/wire.js";
/** How long an event-stream ticket stays valid once handed out (it is used once, right away). */
export const TICKET_TTL_MS = 30_000;
/** Most tickets outstanding at once; the oldest is dropped beyond this. */
export const MAX_TICKETS = 64;
/** Query parameter that carries the token, accepted only on GET of the page `/`. */
export const TOKEN_QUERY = "token";
/** Largest JSON body an operation accepts (a post body may be up to 50 MB). */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;
/** Interval of keep-alive comments on the event stream. */
export const SSE_KEEPALIVE_MS = 15_000;
/** Suggested reconnect delay sent to EventSource clients. */
export const SSE_RETRY_MS = 2_000;
/** Route prefix under which files of the open journal are served; HostInfo.assetBase adds the session's media key. */
export const JOURNAL_ROUTE = "/journal/";
/** The renderer's page. */
export const PAGE_FILE = "index.html";
