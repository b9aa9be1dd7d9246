// The document around every exported page: head (charset, CSP, stylesheet, feed), skip link, site
// header with its navigation, the page's <main>, footer. Every value is escaped here or by the caller.
import { GENERATOR, MAIN_ID } from "../constants.js";
import { escapeAttr, escapeHtml } from "../escape.js";
import type { Labels } from "../labels.js";

/** Links of the site header, relative to the page (absent for a single-file export). */
export interface SiteNav {
  siteTitle: string;
  home: string;
  tags: string;
  feed: string;
  /** Which of the header's links is this page (marked aria-current="page"). */
  current?: "home" | "tags";
}

/** Everything a page is made of. */
export interface PageInput {
  lang: string;
  /** Contents of <title>. */
  title: string;
  /** The page's description (an excerpt), if any. */
  description?: string;
  csp: string;
  /** The site stylesheet (href relative to the page), or the CSS itself for a self-contained file. */
  style: { href: string } | { inline: string };
  labels: Labels;
  /** The site header; none for a single-file export. */
  nav?: SiteNav;
  /** HTML inside <main> (already escaped). */
  main: string;
}

const attr = (name: string, value: string): string => ` ${name}="${escapeAttr(value)}"`;

function head(page: PageInput): string {
  const style =
    "href" in page.style
      ? `<link rel="stylesheet"${attr("href", page.style.href)}>`
      : `<style>\n${page.style.inline.replace(/<\/(style)/gi, "<\\/$1")}\n</style>`;
  return [
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy"${attr("content", page.csp)}>`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<meta name="generator"${attr("content", GENERATOR)}>`,
    `<title>${escapeHtml(page.title)}</title>`,
    // No icon of its own: an empty one saves every reader a request that would end in a 404.
    '<link rel="icon" href="data:,">',
    ...(page.description ? [`<meta name="description"${attr("content", page.description)}>`] : []),
    ...(page.nav
      ? [`<link rel="alternate" type="application/atom+xml"${attr("title", page.nav.siteTitle)}${attr("href", page.nav.feed)}>`]
      : []),
    style,
    "</head>",
  ].join("\n");
}

function header(nav: SiteNav, labels: Labels): string {
  const link = (href: string, text: string, current: boolean, extra = "") =>
    `<li><a${attr("href", href)}${extra}${current ? ' aria-current="page"' : ""}>${escapeHtml(text)}</a></li>`;
  return [
    '<header class="site-header">',
    `<p class="site-title"><a${attr("href", nav.home)}>${escapeHtml(nav.siteTitle)}</a></p>`,
    `<nav class="site-nav"${attr("aria-label", labels.siteNav)}><ul>`,
    link(nav.home, labels.posts, nav.current === "home"),
    link(nav.tags, labels.tags, nav.current === "tags"),
    link(nav.feed, labels.feed, false, ' type="application/atom+xml"'),
    "</ul></nav>",
    "</header>",
  ].join("\n");
}

/** A complete HTML document. */
export function renderPage(page: PageInput): string {
  return [
    "<!DOCTYPE html>",
    `<html${attr("lang", page.lang)}>`,
    head(page),
    `<body${page.nav ? "" : ' class="single"'}>`,
    `<a class="skip-link"${attr("href", `#${MAIN_ID}`)}>${escapeHtml(page.labels.skip)}</a>`,
    ...(page.nav ? [header(page.nav, page.labels)] : []),
    `<main${attr("id", MAIN_ID)}>`,
    page.main,
    "</main>",
    `<footer class="site-footer"><p>${escapeHtml(page.labels.generatedBy)}</p></footer>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/** ` lang="…"` when `lang` differs from the page's, else "". */
export function langAttr(lang: string, pageLang: string): string {
  return lang === pageLang ? "" : attr("lang", lang);
}

/** A <time> of a post's date, or "" for an undated post. */
export function timeElement(datetime: string | null, shown: string | null): string {
  return datetime && shown ? `<time${attr("datetime", datetime)}>${escapeHtml(shown)}</time>` : "";
}
