// The pages of a site as strings, from its plan. Each page function takes exactly what the page
// shows, so a page's input (hashed by the writer) changes exactly when the page would.
import { exportBody, type TargetMap } from "./body-links.js";
import { FEED_FILE, INDEX_FILE, SITE_CSP, STYLESHEET_FILE, TAGS_INDEX_FILE } from "./constants.js";
import { labelsFor } from "./labels.js";
import { indexPagePath, relativeHref } from "./paths.js";
import type { PlannedPost, PlannedTag, SitePlan, TagRef } from "./site-plan.js";
import { renderIndexMain, renderTagMain, renderTagsIndexMain, type ListedPost, type TagTreeItem } from "./templates/lists.js";
import { renderPage, type SiteNav } from "./templates/layout.js";
import { renderPostMain } from "./templates/post.js";

/** What every page of a site shares. */
export interface SiteInfo {
  title: string;
  lang: string;
}

/** A page to write: its site path and contents. */
export interface SitePage {
  path: string;
  html: string;
}

/** A neighbour of a post, as its page links to it. */
export interface Neighbour {
  page: string;
  title: string;
  lang: string;
}

/** Everything a post's page shows but its body. */
export interface PostPageInput {
  site: SiteInfo;
  /** Journal path of the post (relative links in its body are relative to it). */
  path: string;
  page: string;
  title: string;
  date: string | null;
  lang: string;
  excerpt: string;
  tags: TagRef[];
  newer: Neighbour | null;
  older: Neighbour | null;
  /** Targets of the journal files its body links to. */
  targets: TargetMap;
}

function nav(site: SiteInfo, from: string, current?: SiteNav["current"]): SiteNav {
  return {
    siteTitle: site.title,
    home: relativeHref(from, INDEX_FILE),
    tags: relativeHref(from, TAGS_INDEX_FILE),
    feed: relativeHref(from, FEED_FILE),
    ...(current ? { current } : {}),
  };
}

function shell(
  site: SiteInfo,
  path: string,
  title: string,
  main: string,
  description: string | undefined,
  current?: SiteNav["current"],
): string {
  return renderPage({
    lang: site.lang,
    title,
    ...(description ? { description } : {}),
    csp: SITE_CSP,
    style: { href: relativeHref(path, STYLESHEET_FILE) },
    labels: labelsFor(site.lang),
    nav: nav(site, path, current),
    main,
  });
}

const neighbour = (p: PlannedPost | null): Neighbour | null => (p ? { page: p.page, title: p.title, lang: p.lang } : null);

/** The input of a post's page. */
export function postPageInput(site: SiteInfo, post: PlannedPost, targets: TargetMap): PostPageInput {
  return {
    site,
    path: post.path,
    page: post.page,
    title: post.title,
    date: post.date,
    lang: post.lang,
    excerpt: post.excerpt,
    tags: post.tagRefs,
    newer: neighbour(post.newer),
    older: neighbour(post.older),
    targets,
  };
}

/** A post's page, with its rendered body `bodyHtml` (the pipeline's HTML, links not yet rewritten). */
export function renderPostPage(input: PostPageInput, bodyHtml: string): string {
  const from = input.page;
  const link = (n: Neighbour | null) => (n ? { href: relativeHref(from, n.page), title: n.title, lang: n.lang } : null);
  const main = renderPostMain(
    {
      title: input.title,
      date: input.date,
      lang: input.lang,
      tags: input.tags.map((t) => ({ tag: t.tag, href: relativeHref(from, t.page) })),
      bodyHtml: exportBody(bodyHtml, input.path, from, input.targets),
      newer: link(input.newer),
      older: link(input.older),
    },
    input.site.lang,
    labelsFor(input.site.lang),
  );
  return shell(input.site, from, `${input.title} | ${input.site.title}`, main, input.excerpt);
}

function listed(from: string, posts: readonly PlannedPost[]): ListedPost[] {
  return posts.map((p) => ({ href: relativeHref(from, p.page), title: p.title, date: p.date, lang: p.lang, excerpt: p.excerpt }));
}

/** Every index page (newest posts first, constant page size). */
export function renderIndexPages(plan: SitePlan, site: SiteInfo): SitePage[] {
  const labels = labelsFor(site.lang);
  return plan.indexPages.map((page) => {
    const path = indexPagePath(page.number);
    const pager = {
      number: page.number,
      count: page.count,
      newer: page.number > 1 ? relativeHref(path, indexPagePath(page.number - 1)) : null,
      older: page.number < page.count ? relativeHref(path, indexPagePath(page.number + 1)) : null,
    };
    const title = page.number > 1 ? `${site.title} (${labels.page(page.number, page.count)})` : site.title;
    const main = renderIndexMain(labels.posts, listed(path, page.items), pager, site.lang, labels);
    return { path, html: shell(site, path, title, main, undefined, page.number === 1 ? "home" : undefined) };
  });
}

/** A tag's page. */
export function renderTagPage(tag: PlannedTag, site: SiteInfo): SitePage {
  const labels = labelsFor(site.lang);
  const from = tag.page;
  const main = renderTagMain(
    tag.tag,
    tag.parent ? { href: relativeHref(from, tag.parent.page), tag: tag.parent.tag } : null,
    tag.children.map((c) => ({ href: relativeHref(from, c.page), tag: c.tag, count: c.posts.length })),
    listed(from, tag.posts),
    site.lang,
    labels,
  );
  return { path: from, html: shell(site, from, `${labels.tagTitle(tag.tag)} | ${site.title}`, main, undefined) };
}

/** The list of all tags. */
export function renderTagsIndex(plan: SitePlan, site: SiteInfo): SitePage {
  const labels = labelsFor(site.lang);
  const from = TAGS_INDEX_FILE;
  const item = (t: PlannedTag): TagTreeItem => ({
    href: relativeHref(from, t.page),
    name: t.name,
    count: t.posts.length,
    children: t.children.map(item),
  });
  const main = renderTagsIndexMain(plan.tagTree.map(item), labels);
  return { path: from, html: shell(site, from, `${labels.tags} | ${site.title}`, main, undefined, "tags") };
}
