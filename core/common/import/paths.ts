// "/"-separated relative paths (journal paths, paths inside an imported folder), handled as plain strings.

/** The folder part of `p` ("" for a top-level name). */
export function dirOf(p: string): string {
  const i = p.lastIndexOf("/");
  return i < 0 ? "" : p.slice(0, i);
}

/** The last segment of `p`. */
export function baseOf(p: string): string {
  return p.slice(p.lastIndexOf("/") + 1);
}

/** `p` without its extension (`a/b.md` → `a/b`). */
export function withoutExtension(p: string): string {
  const base = baseOf(p);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? p.slice(0, p.length - (base.length - dot)) : p;
}

/** The lower-case extension of `p` with its dot (".png"), or "". */
export function extensionOf(p: string): string {
  const base = baseOf(p);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot).toLowerCase() : "";
}

/**
 * `rel` taken from folder `dir`, with "." and ".." resolved; null when it climbs above the top
 * (outside the folder being imported). A leading "/" means the top itself.
 */
export function joinRelative(dir: string, rel: string): string | null {
  const parts = rel.startsWith("/") ? [] : dir.split("/").filter(Boolean);
  for (const seg of rel.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(seg);
  }
  return parts.join("/");
}

/** The relative link from the file `from` to the file `to` (both paths from the same top), e.g. `../../assets/x.png`. */
export function relativeLink(from: string, to: string): string {
  const a = dirOf(from).split("/").filter(Boolean);
  const b = to.split("/");
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...Array<string>(a.length - i).fill(".."), ...b.slice(i)].join("/");
}

/** A path made safe to write as a Markdown link destination: spaces, parentheses, angle brackets and "%" percent-encoded. */
export function encodeLinkPath(p: string): string {
  return p.replace(/[%\s()<>]/g, (c) => (c === "(" ? "%28" : c === ")" ? "%29" : encodeURIComponent(c)));
}
