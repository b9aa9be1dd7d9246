// Where each page of a site lives, and relative links between them. Paths are "/"-separated and
// relative to the site's folder; every segment is safe as a file name on Windows, macOS and Linux.
import { titleSlug } from "../post/index.js";
import { FALLBACK_TAG_SLUG, INDEX_FILE, MEDIA_DIR, PAGES_DIR, POSTS_DIR, TAGS_DIR } from "./constants.js";

/**
 * The slug of a post's page: its front-matter `slug` if it has one, else its file name without
 * ".md". Made safe as a file name like new posts' names are (NFC, lower case so that case-insensitive
 * disks cannot merge two pages, characters Windows forbids and white space as "-"; "untitled" when
 * nothing is left). Japanese stays.
 */
export function postSlug(frontMatterSlug: unknown, postPath: string): string {
  const given = typeof frontMatterSlug === "string" || typeof frontMatterSlug === "number" ? String(frontMatterSlug) : "";
  const file = postPath.slice(postPath.lastIndexOf("/") + 1).replace(/\.md$/i, "");
  return titleSlug(given.trim() !== "" ? given : file);
}

/** The folder levels of a tag's page: each level of the tag key slugified, dots made "-" (so no folder looks like a page). */
export function tagSegments(tagKey: string): string[] {
  return tagKey.split("/").map((level) => titleSlug(level).replace(/\./g, "-") || FALLBACK_TAG_SLUG);
}

/** Index page `n` (1-based): the first is the site's index.html. */
export function indexPagePath(n: number): string {
  return n <= 1 ? INDEX_FILE : `${PAGES_DIR}/${n}.html`;
}

/** The page of a post with this slug. */
export function postPagePath(slug: string): string {
  return `${POSTS_DIR}/${slug}.html`;
}

/** The page of a tag with these segments (see tagSegments). */
export function tagPagePath(segments: readonly string[]): string {
  return `${TAGS_DIR}/${segments.join("/")}.html`;
}

/** Where a journal file (an image) is copied. */
export function mediaPath(journalPath: string): string {
  return `${MEDIA_DIR}/${journalPath}`;
}

/**
 * Hands out page paths without collisions: two paths that differ only in case or Unicode
 * normalisation are the same file on some disks, so the second gets "-2", "-3"… before its extension.
 * The result depends on the order of claims, so callers claim in a stable order.
 */
export class PathAllocator {
  private readonly taken = new Set<string>();

  /** Claims `path` exactly; false if it (or a variant of it) is already taken. */
  reserve(path: string): boolean {
    const key = foldPath(path);
    if (this.taken.has(key)) return false;
    this.taken.add(key);
    return true;
  }

  /** Claims `path`, or the first free numbered variant of it. */
  claim(path: string): string {
    if (this.reserve(path)) return path;
    const slash = path.lastIndexOf("/");
    const dot = path.lastIndexOf(".");
    const cut = dot > slash + 1 ? dot : path.length;
    for (let n = 2; ; n++) {
      const candidate = `${path.slice(0, cut)}-${n}${path.slice(cut)}`;
      if (this.reserve(candidate)) return candidate;
    }
  }
}

function foldPath(path: string): string {
  return path.normalize("NFC").toLowerCase();
}

/** A path's segments, percent-encoded for an href ("日記" → "%E6%97%A5%E8%A8%98", "a:b" → "a%3Ab"). */
export function encodePath(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}

/**
 * The relative href from the page at `from` to the file at `to` (both site paths), percent-encoded,
 * with `fragment` (without "#", already in URL form) appended. Works from file:// and any host.
 */
export function relativeHref(from: string, to: string, fragment?: string): string {
  const fromDirs = from.split("/").slice(0, -1);
  const target = to.split("/");
  let common = 0;
  while (common < fromDirs.length && common < target.length - 1 && fromDirs[common] === target[common]) common++;
  const up = fromDirs.length - common;
  const rest = target.slice(common);
  const href = "../".repeat(up) + encodePath(rest.join("/"));
  return fragment === undefined ? href : `${href}#${fragment}`;
}
