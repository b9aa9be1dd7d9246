// Tuning constants and fixed names of the renderer's host connection, in one place.

/** While the page is hidden, requests up to this size are sent with `keepalive` so they outlive it. */
export const KEEPALIVE_MAX_BYTES = 60_000;
/** Query parameter that carries the serve token (removed from the address bar once read). */
export const TOKEN_PARAM = "token";
/** sessionStorage key where the serve token is kept for reloads. */
export const TOKEN_STORAGE_KEY = "tsuzuri.token";
/** Wait before reopening a dropped event stream (with a fresh ticket). */
export const EVENTS_RETRY_MS = 2_000;
