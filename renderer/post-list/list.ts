// The post list: every post of the journal, or the posts a search or filter found, in the chosen
// order, grouped by year and month. Every post shown is a real list item (so it is all reachable and
// searchable), built in chunks so that ten thousand posts never freeze the window, and laid out lazily
// by the browser (content-visibility: auto in the stylesheet). Arrow keys move between items.
import type { PostSort, PostSummary, SearchHit } from "../../core/contract/index.js";
import { LIST_CHUNK_BUDGET_MS, LIST_CHUNK_SIZE, LIST_FIRST_CHUNK } from "./constants.js";
import { h } from "../dom/index.js";
import { countGroups, createHeader, groupOf, refreshCounts, startsGroup, type Group } from "./groups.js";
import { createItem, itemButton, updateItem } from "./item.js";
import { insertionIndex, sortPosts } from "../../core/common/post/index.js";
import { handleListKey } from "./keyboard.js";
import { HitWatcher } from "./hit-watcher.js";

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
  /** Every post of the journal, by path. */
  private readonly all = new Map<string, PostSummary>();
  /** The posts shown, in order. */
  private shown: PostSummary[] = [];
  /** The paths a search found (null: every post is shown). */
  private found: Set<string> | null = null;
  private hits = new Map<string, SearchHit>();
  private sort: PostSort = "newest";
  private counts = new Map<string, number>();
  private readonly items = new Map<string, HTMLLIElement>();
  private rendered = 0;
  private chunkTimer = 0;
  private current: string | null = null;
  private readonly hitWatcher: HitWatcher;
  /** Called with the number of posts of the journal whenever it changes. */
  onSizeChange: ((size: number) => void) | null = null;
  /** Called when the item at `index` of the shown posts is seen without its search hit (to fetch it). */
  onNeedHit: ((index: number) => void) | null = null;

  constructor(label: string, private readonly onOpen: (path: string) => void) {
    this.element = h("ul", { class: "post-list", "aria-label": label });
    this.element.addEventListener("click", (e) => {
      const button = (e.target as Element).closest(".post-button");
      const li = button?.closest("li.post-item") as HTMLLIElement | null;
      if (li?.dataset.path) this.onOpen(li.dataset.path);
    });
    this.element.addEventListener("keydown", (e) => {
      if (handleListKey(e, this.element, () => this.finishRendering())) e.preventDefault();
    });
    this.element.addEventListener("focusin", (e) => this.rove(e.target as HTMLElement));
    this.hitWatcher = new HitWatcher(() => this.element.parentElement, (li) => {
      const path = li.dataset.path;
      if (path && this.found && !this.hits.has(path)) this.onNeedHit?.(this.shown.findIndex((p) => p.path === path));
    });
  }

  /** Number of posts in the journal. */
  get size(): number {
    return this.all.size;
  }

  /** Number of posts shown. */
  get shownCount(): number {
    return this.shown.length;
  }

  /** True while a search or filter chooses what is shown. */
  get filtered(): boolean {
    return this.found !== null;
  }

  /** Replaces the journal's posts (keeping the order and any search shown). */
  setPosts(posts: readonly PostSummary[]): void {
    this.all.clear();
    for (const p of posts) this.all.set(p.path, summaryOf(p));
    if (this.found) this.found = new Set([...this.found].filter((p) => this.all.has(p)));
    this.rebuild(undefined, true);
    this.onSizeChange?.(this.all.size);
  }

  /** Shows every post, in `sort` order. */
  showAll(sort: PostSort = this.sort): void {
    this.sort = sort;
    this.found = null;
    this.hits = new Map();
    this.rebuild();
  }

  /** Shows the posts a search found, in the order given (the host's, in `sort` order), with the hits known so far. */
  showFound(paths: readonly string[], hits: readonly SearchHit[], sort: PostSort, keepScroll = false): void {
    this.sort = sort;
    this.found = new Set(paths);
    this.hits = new Map(hits.map((hit) => [hit.path, hit]));
    this.rebuild(paths, keepScroll);
  }

  /** Adds hits (snippets) of posts already shown. */
  addHits(hits: readonly SearchHit[]): void {
    for (const hit of hits) {
      this.hits.set(hit.path, hit);
      const li = this.items.get(hit.path);
      const post = this.all.get(hit.path);
      if (li && post) {
        updateItem(li, post, hit);
        this.hitWatcher.unwatch(li);
      }
    }
  }

  private rebuild(order?: readonly string[], keepScroll = false): void {
    clearTimeout(this.chunkTimer);
    const scroller = this.element.parentElement;
    const scrollTop = keepScroll ? scroller?.scrollTop ?? 0 : 0;
    const focused = this.element.contains(document.activeElement);
    const paths = order ?? (this.found ? this.shown.map((p) => p.path) : null);
    this.shown = paths ? paths.map((p) => this.all.get(p)).filter((p) => p !== undefined) : sortPosts(this.all.values(), this.sort);
    this.counts = countGroups(this.shown, this.sort);
    this.items.clear();
    this.hitWatcher.clear();
    this.empty();
    this.rendered = 0;
    this.renderChunk(LIST_FIRST_CHUNK);
    if (scroller) {
      if (scrollTop > 0 && scroller.scrollHeight - scroller.clientHeight < scrollTop) this.finishRendering();
      scroller.scrollTop = scrollTop;
    }
    this.scheduleChunk();
    if (focused && !this.element.contains(document.activeElement)) itemButton(this.element.firstElementChild)?.focus();
  }

  /**
   * Removes every item. Items laid out (content-visibility: auto) are slow to remove one by one — about
   * a second for 10,000 — so the list is taken out of the layout first (display: none, style applied),
   * which makes the removal a matter of milliseconds.
   */
  private empty(): void {
    if (!this.element.firstChild) return;
    this.element.style.display = "none";
    void getComputedStyle(this.element).display;
    this.element.replaceChildren();
    this.element.style.display = "";
  }

  private renderChunk(count: number): void {
    const end = Math.min(this.shown.length, this.rendered + count);
    const fragment = document.createDocumentFragment();
    let previous: Group | null = this.rendered > 0 ? groupOf(this.shown[this.rendered - 1]!, this.sort) : null;
    for (let i = this.rendered; i < end; i++) {
      const post = this.shown[i]!;
      const li = createItem(post, this.hits.get(post.path));
      const group = groupOf(post, this.sort);
      this.setHeader(li, previous, group);
      previous = group;
      this.items.set(post.path, li);
      if (this.found && !this.hits.has(post.path)) this.hitWatcher.watch(li);
      fragment.append(li);
    }
    this.element.append(fragment);
    this.rendered = end;
    this.markCurrent();
  }

  private scheduleChunk(): void {
    if (this.rendered >= this.shown.length) return;
    this.chunkTimer = window.setTimeout(() => {
      // Small batches until the time budget is spent, then yield so input and painting go first.
      const start = performance.now();
      do this.renderChunk(LIST_CHUNK_SIZE);
      while (this.rendered < this.shown.length && performance.now() - start < LIST_CHUNK_BUDGET_MS);
      this.scheduleChunk();
    }, 0);
  }

  /** Renders whatever is still pending, now (before edits to the list, or a jump to its end). */
  finishRendering(): void {
    clearTimeout(this.chunkTimer);
    if (this.rendered < this.shown.length) this.renderChunk(this.shown.length - this.rendered);
  }

  /** The summary of a post of the journal. */
  get(path: string): PostSummary | undefined {
    return this.all.get(path);
  }

  /** True when the post is in the journal. */
  has(path: string): boolean {
    return this.all.has(path);
  }

  /** Every post of the journal (in no particular order). */
  posts(): IterableIterator<PostSummary> {
    return this.all.values();
  }

  /** The first post shown, else the newest of the journal. */
  first(): string | null {
    return this.shown[0]?.path ?? sortPosts(this.all.values(), "newest")[0]?.path ?? null;
  }

  /** The post to show once `path` is gone: the one below it, else the one above. */
  neighbour(path: string): string | null {
    const i = this.shown.findIndex((p) => p.path === path);
    if (i < 0) return this.first();
    return this.shown[i + 1]?.path ?? this.shown[i - 1]?.path ?? null;
  }

  /**
   * Adds a post or updates its entry (`oldPath` when its file was renamed). With every post shown it
   * moves to its place in the order; in search results it is updated where it is (a post being edited
   * does not jump out of the results), and a new post is not added to them.
   */
  upsert(input: PostSummary, oldPath = input.path): void {
    this.finishRendering();
    const post = summaryOf(input);
    const isNew = !this.all.has(oldPath) && !this.all.has(post.path);
    this.all.delete(oldPath);
    this.all.set(post.path, post);
    if (oldPath !== post.path && this.found?.delete(oldPath)) this.found.add(post.path);
    const was = this.shown.findIndex((p) => p.path === oldPath || p.path === post.path);
    let li = this.items.get(oldPath) ?? this.items.get(post.path);
    this.items.delete(oldPath);
    if (this.found && was < 0) {
      if (isNew) this.onSizeChange?.(this.all.size);
      return;
    }
    let at = was;
    if (this.found) this.shown[was] = post;
    else {
      if (was >= 0) this.shown.splice(was, 1);
      at = insertionIndex(this.shown, post, this.sort);
      this.shown.splice(at, 0, post);
    }
    if (li) updateItem(li, post, this.hits.get(post.path));
    else li = createItem(post, this.hits.get(post.path));
    this.items.set(post.path, li);
    const next = this.shown[at + 1];
    const before = next ? this.items.get(next.path) ?? null : null;
    if (li.nextSibling !== before || li.parentNode !== this.element) {
      const hadFocus = li.contains(document.activeElement);
      this.element.insertBefore(li, before);
      if (hadFocus) itemButton(li)?.focus();
    }
    this.rendered = this.shown.length;
    if (this.current === oldPath) this.current = post.path;
    this.regroup();
    this.markCurrent();
    if (isNew) this.onSizeChange?.(this.all.size);
  }

  /** Removes a post. */
  remove(path: string): void {
    this.finishRendering();
    const had = this.all.delete(path);
    this.found?.delete(path);
    const i = this.shown.findIndex((p) => p.path === path);
    if (i >= 0) this.shown.splice(i, 1);
    this.items.get(path)?.remove();
    this.items.delete(path);
    this.rendered = this.shown.length;
    if (i >= 0) this.regroup();
    if (had) this.onSizeChange?.(this.all.size);
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
    itemButton(li)?.scrollIntoView({ block: "nearest" });
  }

  /** Moves the keyboard focus to the open post's item, else the first one. */
  focus(): void {
    const li = (this.current ? this.items.get(this.current) : undefined) ?? this.element.querySelector("li.post-item");
    itemButton(li)?.focus();
  }

  /** Puts every group header where it belongs again, and refreshes the counts (after a post moved). */
  private regroup(): void {
    this.counts = countGroups(this.shown, this.sort);
    let previous: Group | null = null;
    for (const post of this.shown) {
      const li = this.items.get(post.path);
      const group = groupOf(post, this.sort);
      if (li) this.setHeader(li, previous, group);
      previous = group;
    }
    refreshCounts(this.element, this.counts);
  }

  /** Gives `li` the header it needs after `previous` (or none), rebuilding it only when it differs. */
  private setHeader(li: HTMLLIElement, previous: Group | null, group: Group | null): void {
    const starts = startsGroup(previous, group);
    const want = group && starts.month ? `${starts.year ? "y" : ""}${group.month}` : "";
    if ((li.dataset.group ?? "") === want) return;
    li.querySelector(":scope > .group-header")?.remove();
    if (want && group) li.prepend(createHeader(group, starts.year, this.counts));
    li.dataset.group = want;
    li.classList.toggle("starts-group", want !== "");
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
