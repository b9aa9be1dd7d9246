// The <main> of list pages: an index page (posts with excerpts, paginated), a tag's page, the tags index.
import { displayDate, rfc3339 } from "../dates.js";
import { escapeAttr, escapeHtml } from "../escape.js";
import type { Labels } from "../labels.js";
import { langAttr, timeElement } from "./layout.js";

/** A post in a list. */
export interface ListedPost {
  href: string;
  title: string;
  date: string | null;
  lang: string;
  excerpt?: string;
}

/** Links to the other pages of a paginated list. */
export interface Pager {
  number: number;
  count: number;
  newer: string | null;
  older: string | null;
}

function postItem(post: ListedPost, pageLang: string, withExcerpt: boolean, level: 2 | 3): string {
  const time = timeElement(rfc3339(post.date), displayDate(post.date, post.lang));
  return [
    `<li class="post-item"${langAttr(post.lang, pageLang)}>`,
    `<h${level} class="post-item-title"><a href="${escapeAttr(post.href)}">${escapeHtml(post.title)}</a></h${level}>`,
    time ? `<p class="post-date">${time}</p>` : "",
    withExcerpt && post.excerpt ? `<p class="post-excerpt">${escapeHtml(post.excerpt)}</p>` : "",
    "</li>",
  ]
    .filter((s) => s !== "")
    .join("");
}

function postList(posts: readonly ListedPost[], pageLang: string, labels: Labels, withExcerpt: boolean, level: 2 | 3 = 2): string {
  if (!posts.length) return `<p class="empty">${escapeHtml(labels.noPosts)}</p>`;
  return `<ol class="post-list">\n${posts.map((p) => postItem(p, pageLang, withExcerpt, level)).join("\n")}\n</ol>`;
}

function pagerNav(pager: Pager, labels: Labels): string {
  if (pager.count <= 1) return "";
  return [
    `<nav class="pager" aria-label="${escapeAttr(labels.pages)}"><ul>`,
    pager.newer ? `<li><a href="${escapeAttr(pager.newer)}" rel="prev">${escapeHtml(labels.newerPosts)}</a></li>` : "",
    `<li aria-current="page">${escapeHtml(labels.page(pager.number, pager.count))}</li>`,
    pager.older ? `<li><a href="${escapeAttr(pager.older)}" rel="next">${escapeHtml(labels.olderPosts)}</a></li>` : "",
    "</ul></nav>",
  ].join("");
}

/** An index page: heading, posts with dates and excerpts, links to newer and older pages. */
export function renderIndexMain(heading: string, posts: readonly ListedPost[], pager: Pager, pageLang: string, labels: Labels): string {
  return [`<h1>${escapeHtml(heading)}</h1>`, postList(posts, pageLang, labels, true), pagerNav(pager, labels)]
    .filter((s) => s !== "")
    .join("\n");
}

/** A tag's page: its parent, its nested tags and its posts. */
export function renderTagMain(
  tag: string,
  parent: { href: string; tag: string } | null,
  children: readonly { href: string; tag: string; count: number }[],
  posts: readonly ListedPost[],
  pageLang: string,
  labels: Labels,
): string {
  const parts = [`<h1>${escapeHtml(labels.tagTitle(tag))}</h1>`];
  if (parent)
    parts.push(
      `<p class="tag-parent">${escapeHtml(labels.parentTag)}: <a href="${escapeAttr(parent.href)}">${escapeHtml(parent.tag)}</a></p>`,
    );
  if (children.length) {
    parts.push(`<h2 class="tag-children-heading">${escapeHtml(labels.nestedTags)}</h2>`);
    parts.push(
      `<ul class="tag-cloud">${children.map((c) => `<li><a href="${escapeAttr(c.href)}">${escapeHtml(c.tag)}</a> <span class="count">(${escapeHtml(labels.postCount(c.count))})</span></li>`).join("")}</ul>`,
    );
    parts.push(`<h2 class="tag-posts-heading">${escapeHtml(labels.posts)}</h2>`);
  }
  parts.push(postList(posts, pageLang, labels, false, children.length ? 3 : 2));
  return parts.join("\n");
}

/** A tag in the tags index. */
export interface TagTreeItem {
  href: string;
  name: string;
  count: number;
  children: TagTreeItem[];
}

function tagTree(items: readonly TagTreeItem[], labels: Labels): string {
  return `<ul class="tag-tree">${items
    .map(
      (t) =>
        `<li><a href="${escapeAttr(t.href)}">${escapeHtml(t.name)}</a> <span class="count">(${escapeHtml(labels.postCount(t.count))})</span>` +
        (t.children.length ? tagTree(t.children, labels) : "") +
        "</li>",
    )
    .join("")}</ul>`;
}

/** The list of every tag, nested tags under their parents, with the number of posts of each. */
export function renderTagsIndexMain(items: readonly TagTreeItem[], labels: Labels): string {
  return [
    `<h1>${escapeHtml(labels.tags)}</h1>`,
    items.length ? tagTree(items, labels) : `<p class="empty">${escapeHtml(labels.noPosts)}</p>`,
  ].join("\n");
}
