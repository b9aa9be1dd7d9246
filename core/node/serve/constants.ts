// Tuning constants and fixed names of `tsuzuri serve`, in one place.

/** The only address the server listens on. */
export const LOOPBACK_HOST = "127.0.0.1";
/** Random bytes in the access token (base64url-encoded). */
export const TOKEN_BYTES = 32;
/** Cookie that carries the token after the page was opened with `?token=`. */
export const TOKEN_COOKIE = "tsuzuri_token";
/** The token's header (required on every POST: a cookie alone does not do, CSRF) and meta tag: named in the contract. */
export { TOKEN_HEADER, TOKEN_META } from "../../contract/wire.js";
/** Query parameter that carries the token, accepted only on GET of the page `/`. */
export const TOKEN_QUERY = "token";
/** Largest JSON body an operation accepts (a post body may be up to 50 MB). */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;
/** Interval of keep-alive comments on the event stream. */
export const SSE_KEEPALIVE_MS = 15_000;
/** Suggested reconnect delay sent to EventSource clients. */
export const SSE_RETRY_MS = 2_000;
/** Route prefix under which files of the open journal are served (HostInfo.assetBase). */
export const JOURNAL_ROUTE = "/journal/";
/** The renderer's page. */
export const PAGE_FILE = "index.html";
