// One entry of the post list: a button whose text starts with the title, then the date, tags and
// excerpt — or, in search results, the title and a snippet with the matched words marked.
import type { PostSummary, SearchHit } from "../../core/contract/index.js";
import { h, highlighted } from "../dom/index.js";
import { formatDate, isoDate, lang, tr } from "../i18n/index.js";

/** Tags shown on an item, at most. */
const SHOWN_TAGS = 3;

/** Creates the list item of a post. */
export function createItem(post: PostSummary, hit?: SearchHit): HTMLLIElement {
  const li = h("li", { class: "post-item" }, h("button", { type: "button", class: "post-button", tabindex: "-1" }));
  updateItem(li, post, hit);
  return li;
}

/** Fills the item with the post's title, date, tags and first line (or a search hit's snippet). */
export function updateItem(li: HTMLLIElement, post: PostSummary, hit?: SearchHit): void {
  li.dataset.path = post.path;
  li.classList.toggle("has-hit", hit !== undefined);
  const button = itemButton(li)!;
  const when = post.date ?? post.mtimeMs;
  const title = h("span", { class: "post-title" });
  if (!post.title) title.append(tr("postList.untitled"));
  else if (hit && hit.title === post.title && hit.titleRanges.length) title.append(highlighted(hit.title, hit.titleRanges));
  else title.append(post.title);
  if (!post.title) title.classList.add("is-untitled");
  const tags = post.tags.slice(0, SHOWN_TAGS);
  const meta = h(
    "span",
    { class: "post-meta" },
    h("time", { datetime: isoDate(when) }, formatDate(when, lang())),
    post.draft && h("span", { class: "post-draft" }, tr("postList.draft")),
    tags.length > 0 && h("span", { class: "post-tags" }, tags.join(" · ") + (post.tags.length > SHOWN_TAGS ? " …" : "")),
  );
  button.replaceChildren(title, meta, hit && (hit.snippet.text.trim() || !post.excerpt) ? snippetOf(hit) : excerptOf(post));
}

function excerptOf(post: PostSummary): HTMLElement {
  const excerpt = h("span", { class: "post-excerpt" }, post.excerpt || tr("postList.noExcerpt"));
  if (!post.excerpt) excerpt.classList.add("is-empty");
  return excerpt;
}

function snippetOf(hit: SearchHit): HTMLElement {
  const { text, ranges, cutBefore, cutAfter } = hit.snippet;
  const el = h(
    "span",
    { class: "post-excerpt post-snippet" },
    cutBefore && "…",
    highlighted(text.trim() ? text : "", ranges),
    cutAfter && "…",
  );
  if (!text.trim()) el.replaceChildren(tr("postList.noExcerpt"));
  return el;
}

/** The button of an item. */
export function itemButton(li: Element | null | undefined): HTMLButtonElement | null {
  return li?.querySelector<HTMLButtonElement>(":scope > .post-button") ?? null;
}
