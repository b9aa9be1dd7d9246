// URLs written in a post that point at other files of the journal: links to posts ("other.md"),
// images ("img/photo.png"). Relative to the post's own folder, or to the journal with a leading "/".
import { IMAGE_TYPES } from "./constants.js";

/** A file of the journal a URL points at. */
export interface LocalTarget {
  /** Journal path ("/"-separated, decoded). */
  path: string;
  /** The fragment as written (without "#"), or undefined. */
  fragment: string | undefined;
}

const SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;

/**
 * What a URL that climbs out of the journal resolves to: this prefix and the path as written. No
 * journal path starts with a NUL, so these never have a target: exports drop them, with a warning.
 */
const OUTSIDE = "\0outside:";

/** True for a ref (see resolveLocalUrl) of a URL that climbs out of the journal. */
export function isOutsideRef(path: string): boolean {
  return path.startsWith(OUTSIDE);
}

/** The path as written of an outside ref (see isOutsideRef). */
export function outsidePath(ref: string): string {
  return ref.slice(OUTSIDE.length);
}

/**
 * The journal file `url` (an href or src as found in the rendered HTML) points at from the post at
 * `postPath`; null for URLs with a scheme, "//host" URLs and fragments of the page itself. A path
 * that climbs out of the journal (or holds a NUL) gives an outside ref (isOutsideRef), which is no
 * file of the journal. Percent-escapes are decoded, backslashes are slashes (as browsers read them); a
 * query is ignored.
 */
export function resolveLocalUrl(url: string, postPath: string): LocalTarget | null {
  const raw = url.trim();
  if (raw === "" || raw.startsWith("#") || SCHEME.test(raw) || /^[/\\]{2}/.test(raw)) return null;
  const hash = raw.indexOf("#");
  const fragment = hash === -1 ? undefined : raw.slice(hash + 1);
  const beforeHash = hash === -1 ? raw : raw.slice(0, hash);
  const query = beforeHash.indexOf("?");
  const pathPart = decode(query === -1 ? beforeHash : beforeHash.slice(0, query)).replace(/\\/g, "/");
  if (pathPart === "") return null;
  const outside = { path: `${OUTSIDE}${pathPart.replace(/\0/g, "")}`, fragment };
  if (pathPart.includes("\0")) return outside;
  const segments = pathPart.startsWith("/") ? [] : postPath.split("/").slice(0, -1);
  for (const segment of pathPart.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (segments.length === 0) return outside;
      segments.pop();
    } else segments.push(segment);
  }
  return segments.length ? { path: segments.join("/"), fragment } : outside; // the journal folder itself ("/", "."): no file
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** True for a journal path of a post (a .md file). */
export function isPostTarget(path: string): boolean {
  return /\.md$/i.test(path);
}

/** The MIME type of an image file export may copy or embed, by its extension; null for anything else. */
export function imageTypeOf(path: string): string | null {
  const dot = path.lastIndexOf(".");
  if (dot === -1 || dot < path.lastIndexOf("/")) return null;
  return IMAGE_TYPES[path.slice(dot + 1).toLowerCase()] ?? null;
}
