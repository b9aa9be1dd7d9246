// The Content Security Policy of the preview document: it may show images from the journal and
// the web, use the app's content theme, and nothing else. No script can run at all (the iframe's
// sandbox has no allow-scripts); this policy also keeps a post from loading other resources.

/** A CSP source expression allowing `url`'s folder: origin + path for http(s), the scheme otherwise. */
export function cspSource(url: URL): string {
  if (url.protocol === "http:" || url.protocol === "https:") return url.origin + url.pathname;
  return url.protocol;
}

/**
 * The preview's policy. `assets` is the journal's asset base (absolute), `styles` the app folder
 * holding the content theme. Inline styles stay allowed: markdown-it aligns table cells with
 * `style="text-align:…"`.
 */
export function previewCsp(assets: URL, styles: URL): string {
  const a = cspSource(assets);
  const s = cspSource(styles);
  return [
    "default-src 'none'",
    `img-src ${a} https: data:`,
    `media-src ${a} https:`,
    `style-src ${s} 'unsafe-inline'`,
    `font-src ${s} data:`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}
