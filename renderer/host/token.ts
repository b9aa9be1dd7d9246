// The access token of `tsuzuri serve`: given once in the address (`?token=`), then kept for the tab
// (sessionStorage is per origin, port included, unlike cookies, which other local ports would receive).
import { TOKEN_META } from "../../core/contract/index.js";
import { TOKEN_PARAM, TOKEN_STORAGE_KEY } from "./constants.js";

/**
 * The serve token: from `?token=` (then removed from the address bar, and kept in sessionStorage
 * so a reload still works: the server gives the reloaded page no token), else from sessionStorage, else
 * from the `<meta name="tsuzuri-token">` the server puts into a page opened with the token. Empty when none is known.
 */
export function takeToken(): string {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get(TOKEN_PARAM);
  if (fromUrl) {
    try {
      sessionStorage.setItem(TOKEN_STORAGE_KEY, fromUrl);
    } catch {
      // Storage may be disabled; the token still works for this page.
    }
    url.searchParams.delete(TOKEN_PARAM);
    history.replaceState(history.state, "", url.pathname + url.search + url.hash);
    return fromUrl;
  }
  let stored: string | null = null;
  try {
    stored = sessionStorage.getItem(TOKEN_STORAGE_KEY);
  } catch {
    stored = null;
  }
  return stored ?? document.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META}"]`)?.content ?? "";
}
