// One entry of the post list: a button whose text starts with the title, then the date and excerpt.
import type { PostSummary } from "../../core/contract/index.js";
import { h } from "../dom/index.js";
import { formatDate, isoDate, lang, tr } from "../i18n/index.js";

/** Creates the list item of a post. */
export function createItem(post: PostSummary): HTMLLIElement {
  const li = h("li", { class: "post-item" }, h("button", { type: "button", class: "post-button", tabindex: "-1" }));
  updateItem(li, post);
  return li;
}

/** Fills the item with the post's title, date and first line. */
export function updateItem(li: HTMLLIElement, post: PostSummary): void {
  li.dataset.path = post.path;
  const button = li.firstElementChild as HTMLButtonElement;
  const when = post.date ?? post.mtimeMs;
  const title = h("span", { class: "post-title" }, post.title || tr("postList.untitled"));
  if (!post.title) title.classList.add("is-untitled");
  const meta = h("span", { class: "post-meta" },
    h("time", { datetime: isoDate(when) }, formatDate(when, lang())),
    post.draft && h("span", { class: "post-draft" }, tr("postList.draft")));
  const excerpt = h("span", { class: "post-excerpt" }, post.excerpt || tr("postList.noExcerpt"));
  if (!post.excerpt) excerpt.classList.add("is-empty");
  button.replaceChildren(title, meta, excerpt);
}

/** The button of an item. */
export function itemButton(li: Element | null | undefined): HTMLButtonElement | null {
  return (li?.firstElementChild as HTMLButtonElement | null) ?? null;
}
