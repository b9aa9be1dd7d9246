// A post's <main>: its title, date and tags, the rendered body, and links to the older and newer post.
import { displayDate, rfc3339 } from "../dates.js";
import { escapeAttr, escapeHtml } from "../escape.js";
import type { Labels } from "../labels.js";
import { langAttr, timeElement } from "./layout.js";

/** A link to another page with a title. */
export interface TitledLink {
  href: string;
  title: string;
  lang: string;
}

/** What a post's article shows. */
export interface PostArticle {
  title: string;
  date: string | null;
  lang: string;
  /** Tags with hrefs to their pages; `href` null when there are no tag pages (single file). */
  tags: { tag: string; href: string | null }[];
  /** The rendered body (the pipeline's HTML, links already rewritten). */
  bodyHtml: string;
  newer?: TitledLink | null;
  older?: TitledLink | null;
}

function tagList(tags: PostArticle["tags"], labels: Labels): string {
  if (!tags.length) return "";
  const items = tags.map(({ tag, href }) =>
    href === null
      ? `<li><span class="tag">${escapeHtml(tag)}</span></li>`
      : `<li><a class="tag" href="${escapeAttr(href)}" rel="tag">${escapeHtml(tag)}</a></li>`,
  );
  return `<ul class="tag-list" aria-label="${escapeAttr(labels.tagsOfPost)}">${items.join("")}</ul>`;
}

function postNav(post: PostArticle, pageLang: string, labels: Labels): string {
  if (!post.newer && !post.older) return "";
  const item = (link: TitledLink, cls: string, rel: string, label: string) =>
    `<li class="${cls}"><a href="${escapeAttr(link.href)}" rel="${rel}"><span class="post-nav-label">${escapeHtml(label)}</span> ` +
    `<span class="post-nav-title"${langAttr(link.lang, pageLang)}>${escapeHtml(link.title)}</span></a></li>`;
  return [
    `<nav class="post-nav" aria-label="${escapeAttr(labels.postNav)}"><ul>`,
    post.older ? item(post.older, "post-nav-older", "prev", labels.older) : "",
    post.newer ? item(post.newer, "post-nav-newer", "next", labels.newer) : "",
    "</ul></nav>",
  ].join("");
}

/** The <main> content of a post's page in a page of language `pageLang`. */
export function renderPostMain(post: PostArticle, pageLang: string, labels: Labels): string {
  const time = timeElement(rfc3339(post.date), displayDate(post.date, post.lang));
  return [
    `<article class="post"${langAttr(post.lang, pageLang)}>`,
    '<header class="post-header">',
    `<h1 class="post-title">${escapeHtml(post.title)}</h1>`,
    time || post.tags.length
      ? `<div class="post-meta">${time ? `<p class="post-date">${time}</p>` : ""}${tagList(post.tags, labels)}</div>`
      : "",
    "</header>",
    '<div class="tsuzuri-content">',
    post.bodyHtml,
    "</div>",
    "</article>",
    postNav(post, pageLang, labels),
  ]
    .filter((s) => s !== "")
    .join("\n");
}
