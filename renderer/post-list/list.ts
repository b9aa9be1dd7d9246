// The post list: newest first, every post a real list item (so it is all reachable and searchable),
// built in chunks so that ten thousand posts never freeze the window, and laid out lazily by the
// browser (content-visibility: auto in the stylesheet). Arrow keys move between items.
import type { PostSummary } from "../../core/contract/index.js";
import { LIST_CHUNK_BUDGET_MS, LIST_CHUNK_SIZE, LIST_FIRST_CHUNK } from "../app/constants.js";
import { h } from "../dom/index.js";
import { createItem, itemButton, updateItem } from "./item.js";
import { compareNewestFirst, insertionIndex } from "./order.js";
import { handleListKey } from "./keyboard.js";

/** A PostSummary without the body a Post carries (the list keeps no bodies). */
function summaryOf(post: PostSummary & { body?: string }): PostSummary {
  if (post.body === undefined) return post;
  const { body: _body, ...summary } = post;
  return summary;
}

/** The list of posts in the sidebar. */
export class PostList {
  /** The `<ul aria-label="Posts">`. */
  readonly element: HTMLUListElement;
  private posts: PostSummary[] = [];
  private readonly items = new Map<string, HTMLLIElement>();
  private rendered = 0;
  private chunkTimer = 0;
  private current: string | null = null;
  /** Called with the number of posts whenever it changes. */
  onSizeChange: ((size: number) => void) | null = null;

  constructor(label: string, private readonly onOpen: (path: string) => void) {
    this.element = h("ul", { class: "post-list", "aria-label": label });
    this.element.addEventListener("click", (e) => {
      const li = (e.target as Element).closest("li.post-item") as HTMLLIElement | null;
      if (li?.dataset.path) this.onOpen(li.dataset.path);
    });
    this.element.addEventListener("keydown", (e) => {
      if (handleListKey(e, this.element, () => this.finishRendering())) e.preventDefault();
    });
    this.element.addEventListener("focusin", (e) => this.rove(e.target as HTMLElement));
  }

  /** Number of posts. */
  get size(): number {
    return this.posts.length;
  }

  /** Replaces the whole list. The first screenful appears at once, the rest in chunks. */
  setPosts(posts: readonly PostSummary[]): void {
    clearTimeout(this.chunkTimer);
    this.posts = [...posts].sort(compareNewestFirst);
    this.items.clear();
    this.element.replaceChildren();
    this.rendered = 0;
    this.renderChunk(LIST_FIRST_CHUNK);
    this.scheduleChunk();
    this.onSizeChange?.(this.posts.length);
  }

  private renderChunk(count: number): void {
    const end = Math.min(this.posts.length, this.rendered + count);
    const fragment = document.createDocumentFragment();
    for (let i = this.rendered; i < end; i++) {
      const post = this.posts[i]!;
      const li = createItem(post);
      this.items.set(post.path, li);
      fragment.append(li);
    }
    this.element.append(fragment);
    this.rendered = end;
    this.markCurrent();
  }

  private scheduleChunk(): void {
    if (this.rendered >= this.posts.length) return;
    this.chunkTimer = window.setTimeout(() => {
      // Small batches until the time budget is spent, then yield so input and painting go first.
      const start = performance.now();
      do this.renderChunk(LIST_CHUNK_SIZE);
      while (this.rendered < this.posts.length && performance.now() - start < LIST_CHUNK_BUDGET_MS);
      this.scheduleChunk();
    }, 0);
  }

  /** Renders whatever is still pending, now (before edits to the list, or a jump to its end). */
  finishRendering(): void {
    clearTimeout(this.chunkTimer);
    if (this.rendered < this.posts.length) this.renderChunk(this.posts.length - this.rendered);
  }

  /** The summary of a post in the list. */
  get(path: string): PostSummary | undefined {
    return this.posts.find((p) => p.path === path);
  }

  /** True when the post is in the list. */
  has(path: string): boolean {
    return this.items.has(path) || this.posts.some((p) => p.path === path);
  }

  /** The newest post. */
  first(): string | null {
    return this.posts[0]?.path ?? null;
  }

  /** The post to show once `path` is gone: the one below it, else the one above. */
  neighbour(path: string): string | null {
    const i = this.posts.findIndex((p) => p.path === path);
    if (i < 0) return this.first();
    return this.posts[i + 1]?.path ?? this.posts[i - 1]?.path ?? null;
  }

  /** Adds a post or updates its entry (moving it if its date changed). `oldPath` when it was renamed. */
  upsert(input: PostSummary, oldPath = input.path): void {
    this.finishRendering();
    const post = summaryOf(input);
    const was = this.posts.findIndex((p) => p.path === oldPath || p.path === post.path);
    let li = this.items.get(oldPath) ?? this.items.get(post.path);
    if (was >= 0) this.posts.splice(was, 1);
    this.items.delete(oldPath);
    const at = insertionIndex(this.posts, post);
    this.posts.splice(at, 0, post);
    if (li) updateItem(li, post);
    else li = createItem(post);
    this.items.set(post.path, li);
    const next = this.posts[at + 1];
    const before = next ? this.items.get(next.path) ?? null : null;
    if (li.nextSibling !== before || li.parentNode !== this.element) {
      const hadFocus = li.contains(document.activeElement);
      this.element.insertBefore(li, before);
      if (hadFocus) itemButton(li)?.focus();
    }
    this.rendered = this.posts.length;
    if (this.current === oldPath) this.current = post.path;
    this.markCurrent();
    if (was < 0) this.onSizeChange?.(this.posts.length);
  }

  /** Removes a post. */
  remove(path: string): void {
    this.finishRendering();
    const i = this.posts.findIndex((p) => p.path === path);
    if (i >= 0) this.posts.splice(i, 1);
    this.items.get(path)?.remove();
    this.items.delete(path);
    this.rendered = this.posts.length;
    if (i >= 0) this.onSizeChange?.(this.posts.length);
  }

  /** Marks the open post (aria-current) and makes it the list's tab stop. */
  setCurrent(path: string | null): void {
    this.current = path;
    this.markCurrent();
    const li = path ? this.items.get(path) : undefined;
    if (li && !this.element.contains(document.activeElement)) this.rove(itemButton(li));
  }

  /** Scrolls the open post into view. */
  revealCurrent(): void {
    const li = this.current ? this.items.get(this.current) : undefined;
    li?.scrollIntoView({ block: "nearest" });
  }

  private markCurrent(): void {
    for (const el of this.element.querySelectorAll('[aria-current="true"]')) {
      el.removeAttribute("aria-current");
      el.closest("li")?.classList.remove("is-current");
    }
    const li = this.current ? this.items.get(this.current) : undefined;
    if (li) {
      itemButton(li)?.setAttribute("aria-current", "true");
      li.classList.add("is-current");
    }
    if (!this.element.querySelector('button[tabindex="0"]')) this.rove(itemButton(li ?? this.element.firstElementChild));
  }

  /** Roving tab stop: only one button of the list is in the Tab order. */
  private rove(button: HTMLElement | null): void {
    if (!button || !button.classList.contains("post-button")) return;
    for (const el of this.element.querySelectorAll('button[tabindex="0"]')) if (el !== button) el.setAttribute("tabindex", "-1");
    button.setAttribute("tabindex", "0");
  }
}
