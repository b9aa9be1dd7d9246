// The links of an imported Markdown file pointed at the journal: links to other imported files become
// relative links to their posts, images and other files are copied in (assets/) and linked there,
// wikilinks and Jekyll/Hugo template links are resolved first. What cannot be found stays as written.
import {
  baseOf,
  convertWikilinks,
  encodeLinkPath,
  extensionOf,
  isExternalUrl,
  MARKDOWN_EXTENSIONS,
  relativeLink,
  replaceSiteRefs,
  rewriteUrls,
  splitUrl,
  stripSiteUrlVariables,
  type SiteRef,
  type WikiTarget,
} from "../../common/import/index.js";
import type { BodyContext } from "./candidate.js";
import { IMAGE_EXTENSIONS } from "./constants.js";
import { SourceTree, type Found } from "./source-tree.js";

/** Where a link's target goes in the journal: a post's path or a copied file's path (journal paths). */
type Placed = Map<string, string | null>;

function siteRefTarget(tree: SourceTree, fromRel: string, ref: SiteRef): Found | null {
  if (ref.kind === "post_url") {
    const rel = tree.postByStem(baseOf(ref.target), "_posts");
    return rel ? { kind: "post", rel } : null;
  }
  const target = ref.target.replace(/^\//, "");
  const found = tree.exact(target) ?? tree.resolvePath(fromRel, ref.target);
  if (found || ref.kind === "link") return found;
  const byStem = tree.postByStem(baseOf(target).replace(/\.(md|markdown)$/i, ""));
  return byStem ? { kind: "post", rel: byStem } : null;
}

function wikiTarget(tree: SourceTree, fromRel: string, t: WikiTarget): Found | null {
  const ext = extensionOf(t.target);
  if (ext && !MARKDOWN_EXTENSIONS.includes(ext)) {
    const byPath = tree.exact(t.target) ?? tree.resolvePath(fromRel, t.target);
    if (byPath) return byPath;
    const byName = tree.fileByName(baseOf(t.target), fromRel);
    return byName ? { kind: "file", rel: byName } : null;
  }
  const hit = tree.exact(t.target) ?? tree.resolvePath(fromRel, t.target);
  if (hit?.kind === "post") return hit;
  const byStem = tree.postByStem(baseOf(t.target).replace(/\.(md|markdown)$/i, ""));
  return byStem ? { kind: "post", rel: byStem } : null;
}

function urlTarget(tree: SourceTree, fromRel: string, url: string): { found: Found | null; suffix: string } | null {
  if (isExternalUrl(url) || /[{}]/.test(url)) return null;
  const { path, suffix } = splitUrl(url);
  if (!path) return null;
  return { found: tree.resolvePath(fromRel, path), suffix };
}

/** The relative link from the post to where `found` went, or null when it went nowhere. */
async function place(found: Found, placed: Placed, ctx: BodyContext): Promise<string | null> {
  const key = `${found.kind}:${found.rel}`;
  if (!placed.has(key)) placed.set(key, found.kind === "post" ? ctx.postFor(found.rel) : await ctx.asset(found.rel));
  const to = placed.get(key);
  return to ? encodeLinkPath(relativeLink(ctx.postPath, to)) : null;
}

/** What the links of `body` (of the file `fromRel`) name in `tree`. */
function targetsOf(body: string, fromRel: string, tree: SourceTree): Found[] {
  const targets: Found[] = [];
  const note = (f: Found | null): null => {
    if (f) targets.push(f);
    return null;
  };
  replaceSiteRefs(body, (ref) => note(siteRefTarget(tree, fromRel, ref)));
  convertWikilinks(body, (t) => note(wikiTarget(tree, fromRel, t)));
  rewriteUrls(body, (url) => note(urlTarget(tree, fromRel, url)?.found ?? null));
  return targets;
}

/** The file paths the links of `source` (the file `fromRel`, imported alone) may name: the ones to check with `SourceTree.one`. */
export function linkedPaths(source: string, fromRel: string): string[] {
  const probe = SourceTree.probe(fromRel);
  targetsOf(stripSiteUrlVariables(source), fromRel, probe);
  return probe.askedPaths();
}

/** `body` of the file `fromRel` with its links pointed at the journal (files copied through ctx.asset). */
export async function linkBody(source: string, fromRel: string, tree: SourceTree, ctx: BodyContext): Promise<string> {
  const body = stripSiteUrlVariables(source);
  // Placing a file is asynchronous (it is copied) and the rewriters are not: find every target first, then rewrite.
  const targets = targetsOf(body, fromRel, tree);
  const placed: Placed = new Map();
  const links = new Map<string, string | null>();
  for (const f of targets) links.set(`${f.kind}:${f.rel}`, await place(f, placed, ctx));
  const linkOf = (f: Found | null): string | null => (f ? (links.get(`${f.kind}:${f.rel}`) ?? null) : null);

  // URLs first: the links the other two make are journal paths already.
  let out = rewriteUrls(body, (url) => {
    const t = urlTarget(tree, fromRel, url);
    if (!t) return null;
    const link = linkOf(t.found);
    if (link === null)
      ctx.warn(
        t.found
          ? `${url} was not imported, so the link to it was left as written`
          : `${url} is not in the imported folder; the link was left as written`,
      );
    return link === null ? null : link + t.suffix;
  });
  out = replaceSiteRefs(out, (ref) => linkOf(siteRefTarget(tree, fromRel, ref)));
  return convertWikilinks(
    out,
    (t) => {
      const f = wikiTarget(tree, fromRel, t);
      const url = linkOf(f);
      return url && f ? { url, image: f.kind === "file" && IMAGE_EXTENSIONS.includes(extensionOf(f.rel)) } : null;
    },
    (target) => ctx.warn(`the wikilink [[${target}]] names nothing that was imported; left as written`),
  );
}
