// Relative URLs in a post are relative to the post's file. The preview document cannot carry a
// <base> (the app's CSP has base-uri 'none', which it inherits), so before the HTML goes in, the
// URLs of images and media are made absolute against the post's folder under the asset base.

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** The URL of the folder of `postPath` (journal-relative, "/"-separated) under `assetBase`. */
export function postFolderUrl(assetBase: URL, postPath: string): URL {
  const parts = postPath.split("/").slice(0, -1).map(encodeURIComponent);
  return new URL(parts.length ? parts.join("/") + "/" : "", assetBase);
}

/**
 * The absolute form of a URL written in a post: untouched when it has a scheme (the sanitiser has
 * already decided about it) or is a fragment; "/x" is taken from the journal's root; anything else
 * from the post's folder. Null when it cannot be parsed.
 */
export function resolvePostUrl(raw: string, folder: URL, assetBase: URL): string | null {
  const url = raw.trim();
  if (!url || url.startsWith("#") || SCHEME.test(url)) return url;
  try {
    if (url.startsWith("//")) return null;
    if (url.startsWith("/")) return new URL(url.slice(1), assetBase).href;
    return new URL(url, folder).href;
  } catch {
    return null;
  }
}

const ATTRS: [selector: string, attr: string][] = [
  ["img[src]", "src"],
  ["source[src]", "src"],
  ["video[src]", "src"],
  ["video[poster]", "poster"],
  ["audio[src]", "src"],
];

/** Rewrites the resource URLs under `root` (an inert fragment: nothing has loaded yet). */
export function resolveResourceUrls(root: DocumentFragment | Element, folder: URL, assetBase: URL): void {
  for (const [selector, attr] of ATTRS) {
    for (const el of root.querySelectorAll(selector)) {
      const resolved = resolvePostUrl(el.getAttribute(attr) ?? "", folder, assetBase);
      if (resolved === null) el.removeAttribute(attr);
      else el.setAttribute(attr, resolved);
    }
  }
  // srcset lists several URLs; a post rarely needs it, so it is dropped rather than half-resolved.
  for (const el of root.querySelectorAll("[srcset]")) el.removeAttribute("srcset");
}
