// The Atom feed (RFC 4287) of a site: its newest posts with their full bodies. Deterministic: the
// feed's `updated` is the newest post's, never the time of the export.
import { FEED_FILE, GENERATOR, INDEX_FILE } from "./constants.js";
import { rfc3339 } from "./dates.js";
import { escapeXml } from "./escape.js";
import { encodePath } from "./paths.js";

/** A post in the feed. */
export interface FeedEntry {
  title: string;
  /** Site path of its page. */
  page: string;
  date: string | null;
  updated: string | null;
  lang: string;
  excerpt: string;
  /** The body as HTML whose relative URLs are relative to the site's root. */
  contentHtml: string;
  /** A stable identifier (hex digest) of the post, used for its id when there is no base URL. */
  idHash: string;
}

/** The feed. */
export interface FeedInput {
  title: string;
  lang: string;
  /** Absolute URL of the site's folder ending in "/", or null: links are then relative to the feed. */
  baseUrl: string | null;
  /** Identifier of the site (hex digest) for the feed's id when there is no base URL. */
  idHash: string;
  entries: readonly FeedEntry[];
}

/** "urn:uuid:…" made from a hex digest (name-based UUID layout: version 5, RFC 4122 variant). */
export function uuidUrn(hex: string): string {
  const h = hex.padEnd(32, "0").slice(0, 32).toLowerCase();
  const variant = ((parseInt(h[16] ?? "0", 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** `site path` as a link in the feed: absolute under the base URL, else relative to the feed (which sits at the root). */
function link(path: string, baseUrl: string | null): string {
  return (baseUrl ?? "") + encodePath(path);
}

/** The Atom document; entries without a date are left out (Atom requires one). */
export function renderFeed(feed: FeedInput): string {
  const dated = feed.entries.filter((e) => rfc3339(e.updated ?? e.date) !== null && rfc3339(e.date) !== null);
  const times = dated.map((e) => rfc3339(e.updated ?? e.date) ?? "");
  const newest = dated.reduce<string | null>((best, e, i) => {
    const t = times[i] ?? "";
    return best === null || Date.parse(t) > Date.parse(best) ? t : best;
  }, null);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}"${feed.baseUrl ? ` xml:base="${escapeXml(feed.baseUrl)}"` : ""}>`,
    `<title>${escapeXml(feed.title)}</title>`,
    `<id>${escapeXml(feed.baseUrl ?? uuidUrn(feed.idHash))}</id>`,
    `<updated>${escapeXml(newest ?? "1970-01-01T00:00:00Z")}</updated>`,
    `<author><name>${escapeXml(feed.title)}</name></author>`,
    `<generator>${escapeXml(GENERATOR)}</generator>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(link(INDEX_FILE, feed.baseUrl))}"/>`,
    ...(feed.baseUrl ? [`<link rel="self" type="application/atom+xml" href="${escapeXml(link(FEED_FILE, feed.baseUrl))}"/>`] : []),
  ];
  dated.forEach((e, i) => {
    const href = link(e.page, feed.baseUrl);
    lines.push(
      `<entry xml:lang="${escapeXml(e.lang)}">`,
      `<title>${escapeXml(e.title)}</title>`,
      `<link rel="alternate" type="text/html" href="${escapeXml(href)}"/>`,
      `<id>${escapeXml(feed.baseUrl ? href : uuidUrn(e.idHash))}</id>`,
      `<published>${escapeXml(rfc3339(e.date) ?? "")}</published>`,
      `<updated>${escapeXml(times[i] ?? "")}</updated>`,
      ...(e.excerpt ? [`<summary>${escapeXml(e.excerpt)}</summary>`] : []),
      `<content type="html">${escapeXml(e.contentHtml)}</content>`,
      "</entry>",
    );
  });
  lines.push("</feed>", "");
  return lines.join("\n");
}
