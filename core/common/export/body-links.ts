// Links and images of a rendered body that point into the journal, and their new targets in an
// export: the page of another post, a copied image, an embedded image, or nothing (the link stays
// as text, the image shows its alt text) when the target is not part of the export.
import { resolveLocalUrl } from "./local-url.js";
import { relativeHref } from "./paths.js";
import { rewriteBody, urlsInBody } from "./rewrite-html.js";

/** Where a journal file ends up: a file of the site (a page or a copied image), or a URL of its own (a data: image). */
export type ExportTarget = { file: string } | { url: string };

/** Journal path → its target, or null when it is not exported. Plain data, so it can be hashed. */
export type TargetMap = Record<string, ExportTarget | null>;

/** The journal paths the links and images of `html` (the body of the post at `postPath`) point at, sorted, each once. */
export function localRefs(html: string, postPath: string): string[] {
  const { links, images } = urlsInBody(html);
  const refs = new Set<string>();
  for (const url of [...links, ...images]) {
    const target = resolveLocalUrl(url, postPath);
    if (target) refs.add(target.path);
  }
  return [...refs].sort();
}

/** The journal paths the links (not images) of `html`, the body of the post at `postPath`, point at. */
export function linkedRefs(html: string, postPath: string): Set<string> {
  const refs = new Set<string>();
  for (const url of urlsInBody(html).links) {
    const target = resolveLocalUrl(url, postPath);
    if (target) refs.add(target.path);
  }
  return refs;
}

/**
 * The body `html` of the post at `postPath` as it appears in the file at site path `from`: links to
 * journal files point at their targets (relative to `from`, fragments kept), those without a target
 * lose their href or src, task checkboxes get their item's text as their name (see rewriteBody).
 * A target of its own URL (an embedded data: image) is for images only: a link to it loses its href,
 * since a page must never navigate to a data: URL. Nothing else changes.
 */
export function exportBody(html: string, postPath: string, from: string, targets: TargetMap): string {
  const rewrite =
    (isLink: boolean) =>
    (url: string): string | null | undefined => {
      const local = resolveLocalUrl(url, postPath);
      if (!local) return undefined;
      const target = targets[local.path] ?? null;
      if (target === null) return null;
      if ("url" in target) return isLink ? null : target.url;
      return relativeHref(from, target.file, isLink ? local.fragment : undefined);
    };
  return rewriteBody(html, { link: rewrite(true), image: rewrite(false), taskLabels: true });
}
