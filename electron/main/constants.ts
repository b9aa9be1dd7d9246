// Fixed names and tuning constants of the Electron shell, in one place.

/** The privileged scheme the renderer is loaded from. */
export const SCHEME = "tsuzuri";
/** The host of the app under the scheme: tsuzuri://app/… */
export const APP_HOST = "app";
/** The origin of the renderer. */
export const APP_ORIGIN = `${SCHEME}://${APP_HOST}`;
/** The page the window loads. */
export const APP_URL = `${APP_ORIGIN}/`;
/** The host of the pages a PDF export prints (tsuzuri://print/…): another origin than the app's. */
export const PRINT_HOST = "print";
/** The origin of those pages. */
export const PRINT_ORIGIN = `${SCHEME}://${PRINT_HOST}`;
/** How PDFs are printed: A4 unless the stylesheet's @page says otherwise, with the page's backgrounds. */
export const PDF_OPTIONS = { pageSize: "A4", printBackground: true, preferCSSPageSize: true } as const;
/** Longest a PDF may take to load and print before the export gives up. */
export const PDF_TIMEOUT_MS = 60_000;
/** Journal files (images) live under this prefix: same origin as the page, so one CSP fits both hosts. */
export const ASSET_PATH = "/journal/";
/** HostInfo.assetBase in Electron. */
export const ASSET_BASE = `${APP_ORIGIN}${ASSET_PATH}`;
/** Longest wait for the renderer's pending saves when the window closes or the app quits. */
export const FLUSH_TIMEOUT_MS = 2_000;
/** The file (in userData) that remembers the window's size and place. */
export const WINDOW_STATE_FILE = "window-state.json";
/** The window's size the first time. */
export const DEFAULT_WIDTH = 1200;
export const DEFAULT_HEIGHT = 800;
/** The window may not be made smaller than this. */
export const MIN_WIDTH = 480;
export const MIN_HEIGHT = 320;
/** Link schemes handed to the system (browser, mail program). */
export const EXTERNAL_SCHEMES: ReadonlySet<string> = new Set(["http:", "https:", "mailto:"]);
/** Permissions the page may use (everything else is denied). */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(["clipboard-sanitized-write"]);
