// Rewriting the URLs of links and images in a Markdown body: inline links and images, reference
// definitions, and src/href of HTML tags, in prose only (code is left as written).
import { mapProse } from "./markdown-scan.js";

/** Whether a URL is a link's or an image's (for reference definitions it is not known: "link"). */
export type UrlKind = "link" | "image";

/** Decides a URL's new form from the URL as written (angle brackets removed, escapes and %-encoding kept); null leaves it. */
export type UrlMapper = (url: string, kind: UrlKind) => string | null;

const INLINE = /(!?)(\[(?:[^[\]\\]|\\.|\[(?:[^[\]\\]|\\.)*\])*\]\()([ \t]*)(<[^<>\n]*>|(?:[^\s()<>\\]|\\.|\((?:[^\s()\\]|\\.)*\))+)/g;
const DEFINITION = /^( {0,3}\[(?:[^\]\\]|\\.)+\]:[ \t]*)(<[^<>\n]*>|\S+)/;
const HTML_ATTR = /(<(img|a|source|video|audio)\b[^>]*?\s(?:src|href)[ \t]*=[ \t]*)(?:"([^"]*)"|'([^']*)')/gi;

function bare(dest: string): string {
  return dest.startsWith("<") && dest.endsWith(">") ? dest.slice(1, -1) : dest;
}

/**
 * `body` with the destinations of its links and images passed through `map`. A new destination with
 * spaces should already be encoded (see encodeLinkPath); it is written as it is given.
 */
export function rewriteUrls(body: string, map: UrlMapper): string {
  const lines = body.split("\n");
  const defined = lines.map((line) => {
    const m = DEFINITION.exec(line);
    if (!m?.[1] || !m[2]) return line;
    const next = map(bare(m[2]), "link");
    return next === null ? line : m[1] + next + line.slice(m[0].length);
  });
  return mapProse(defined.join("\n"), (text) =>
    text
      .replace(INLINE, (all, bang: string, open: string, space: string, dest: string) => {
        const next = map(bare(dest), bang ? "image" : "link");
        return next === null ? all : `${bang}${open}${space}${next}`;
      })
      .replace(HTML_ATTR, (all, head: string, tag: string, dq: string | undefined, sq: string | undefined) => {
        const next = map(dq ?? sq ?? "", tag.toLowerCase() === "a" ? "link" : "image");
        return next === null ? all : `${head}"${next.replace(/"/g, "&quot;")}"`;
      }),
  );
}

/** The path part of a relative URL (before "?" or "#"), %-decoded when possible, and the rest ("#x", "?y"). */
export function splitUrl(url: string): { path: string; suffix: string } {
  const cut = url.search(/[?#]/);
  const raw = cut < 0 ? url : url.slice(0, cut);
  let path = raw.replace(/\\(.)/g, "$1");
  try {
    path = decodeURIComponent(path);
  } catch {
    // Not %-encoded text (a lone "%"): keep it as written.
  }
  return { path, suffix: cut < 0 ? "" : url.slice(cut) };
}

/** True for a URL with a scheme (http:, mailto:, data:…) or "//host", i.e. not a path inside the imported folder. */
export function isExternalUrl(url: string): boolean {
  return /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(url) || url.startsWith("//") || url.startsWith("#") || url === "";
}
