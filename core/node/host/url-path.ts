// Splitting a request path into safe, decoded segments. Anything that could climb out of a folder
// ("..", ".", empty segments, encoded slashes or backslashes, NUL) makes the whole path invalid.

/** The path part of a raw request target, without the query. */
export function pathOf(target: string): string {
  const q = target.indexOf("?");
  return q < 0 ? target : target.slice(0, q);
}

/** The query of a raw request target. */
export function queryOf(target: string): URLSearchParams {
  const q = target.indexOf("?");
  return new URLSearchParams(q < 0 ? "" : target.slice(q + 1));
}

/**
 * Decodes the segments of `path` (which must start with "/"); null when any segment is empty,
 * "." or "..", undecodable, or would smuggle a separator ("/" or "\" encoded, NUL, or a drive colon on Windows).
 */
export function safeSegments(path: string): string[] | null {
  if (!path.startsWith("/")) return null;
  const out: string[] = [];
  for (const raw of path.slice(1).split("/")) {
    let seg: string;
    try {
      seg = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (seg === "" || seg === "." || seg === ".." || /[/\\\0]/.test(seg)) return null;
    if (process.platform === "win32" && seg.includes(":")) return null;
    out.push(seg);
  }
  return out;
}
