// The post list's view: every post of the journal, or the posts a search found, grouped by year and
// month, virtualised — only the rows near the viewport are list items in the DOM (plus the tab stop),
// placed at their offset in a list as tall as every row, so 10,000 posts scroll like ten. Each row
// tells its position (aria-posinset of aria-setsize); the arrow keys move through every post.
import type { PostSort, PostSummary, SearchHit } from "../../core/contract/index.js";
import { h } from "../dom/index.js";
import { tr } from "../i18n/index.js";
import { createHeader } from "./groups.js";
import { createItem, itemButton, updateItem } from "./item.js";
import { keyTarget } from "./keyboard.js";
import { PostListModel } from "./model.js";
import { LIST_OVERSCAN_PX, ROW_HEIGHTS } from "./constants.js";

/** The list of posts in the sidebar. */
export class PostList {
  /** The `<ul aria-label="Posts">`. */
  readonly element: HTMLUListElement;
  private readonly model = new PostListModel();
  private readonly items = new Map<string, HTMLLIElement>();
  private readonly heights: number[] = [...ROW_HEIGHTS];
  private readonly measuredKinds = new Set<number>();
  private offsets = new Float64Array(1);
  private current: string | null = null;
  private tabStop: string | null = null;
  private asked = new Set<string>();
  private scroller: HTMLElement | null = null;
  private frame = 0;
  /** Called with the number of posts of the journal whenever it changes. */
  onSizeChange: ((size: number) => void) | null = null;
  /** Called when the item at `index` of the shown posts is seen without its search hit (to fetch it). */
  onNeedHit: ((index: number) => void) | null = null;

  constructor(
    label: string,
    private readonly onOpen: (path: string) => void,
  ) {
    this.element = h("ul", { class: "post-list", "aria-label": label });
    this.element.addEventListener("click", (e) => {
      const li = (e.target as Element).closest(".post-button")?.closest("li.post-item") as HTMLLIElement | null;
      if (li?.dataset.path) this.onOpen(li.dataset.path);
    });
    this.element.addEventListener("keydown", (e) => this.onKey(e));
    this.element.addEventListener("focusin", (e) => {
      const li = (e.target as Element).closest("li.post-item") as HTMLLIElement | null;
      if (li?.dataset.path) this.rove(li.dataset.path);
    });
  }

  get size(): number {
    return this.model.size;
  }

  get shownCount(): number {
    return this.model.shown.length;
  }

  get filtered(): boolean {
    return this.model.found !== null;
  }

  get(path: string): PostSummary | undefined {
    return this.model.get(path);
  }

  has(path: string): boolean {
    return this.model.has(path);
  }

  /** Every post of the journal (in no particular order). */
  posts(): IterableIterator<PostSummary> {
    return this.model.posts();
  }

  first(): string | null {
    return this.model.first();
  }

  neighbour(path: string): string | null {
    return this.model.neighbour(path);
  }

  /** Replaces the journal's posts (keeping the order, scroll and any search shown). */
  setPosts(posts: readonly PostSummary[]): void {
    this.model.setPosts(posts);
    this.changed(true);
    this.onSizeChange?.(this.model.size);
  }

  /** Shows every post, in `sort` order. */
  showAll(sort: PostSort = this.model.sort): void {
    this.model.showAll(sort);
    this.changed(false);
  }

  /** Shows the posts a search found, in the order given, with the hits known so far. */
  showFound(paths: readonly string[], hits: readonly SearchHit[], sort: PostSort, keepScroll = false): void {
    this.model.showFound(paths, hits, sort);
    this.asked.clear();
    this.changed(keepScroll);
  }

  /** Adds hits (snippets) of posts shown. */
  addHits(hits: readonly SearchHit[]): void {
    for (const hit of hits) this.model.hits.set(hit.path, hit);
    this.render();
  }

  /** Adds a post or updates its entry (`oldPath` when its file was renamed); only its row moves. */
  upsert(post: PostSummary, oldPath = post.path): void {
    const li = this.items.get(oldPath);
    if (li && oldPath !== post.path) {
      this.items.delete(oldPath);
      this.items.set(post.path, li);
    }
    if (this.current === oldPath) this.current = post.path;
    if (this.tabStop === oldPath) this.tabStop = post.path;
    const isNew = this.model.upsert(post, oldPath);
    this.changed(true);
    if (isNew) this.onSizeChange?.(this.model.size);
  }

  /** Removes a post. */
  remove(path: string): void {
    const had = this.model.remove(path);
    if (this.tabStop === path) this.tabStop = null;
    this.changed(true);
    if (had) this.onSizeChange?.(this.model.size);
  }

  /** Marks the open post (aria-current) and makes it the list's tab stop. */
  setCurrent(path: string | null): void {
    this.current = path;
    if (path && !this.element.contains(document.activeElement)) this.tabStop = path;
    this.render();
  }

  /** Scrolls the open post into view. */
  revealCurrent(): void {
    const i = this.current ? this.model.indexOf(this.current) : -1;
    if (i >= 0) this.reveal(i);
  }

  /** Moves the keyboard focus to the open post's item, else the first one. */
  focus(): void {
    const i = this.current ? this.model.indexOf(this.current) : -1;
    this.focusRow(i >= 0 ? i : 0);
  }

  private get scrollBox(): HTMLElement | null {
    const parent = this.element.parentElement;
    if (parent && parent !== this.scroller) {
      this.scroller = parent;
      parent.addEventListener("scroll", () => this.render(), { passive: true });
      new ResizeObserver(() => this.render()).observe(parent);
    }
    return this.scroller;
  }

  /** The shown rows changed: lay them out again and render the window (at the top unless `keepScroll`). */
  private changed(keepScroll: boolean): void {
    const focused = this.element.contains(document.activeElement);
    this.layout();
    const box = this.scrollBox;
    if (box && !keepScroll) box.scrollTop = 0;
    this.render();
    if (focused && !this.element.contains(document.activeElement)) this.focusRow(0);
  }

  private layout(): void {
    const heads = this.model.heads;
    const offsets = new Float64Array(heads.length + 1);
    for (let i = 0; i < heads.length; i++) offsets[i + 1] = offsets[i]! + this.heights[heads[i]!]!;
    this.offsets = offsets;
    this.element.style.height = `${offsets[heads.length]}px`;
  }

  /** The first row whose bottom is below `y`. */
  private rowAt(y: number): number {
    let lo = 0;
    let hi = this.model.shown.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.offsets[mid + 1]! <= y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Renders the rows near the viewport (and the tab stop), reusing the items already there. */
  private render(): void {
    const { shown, hits, found, heads, groups, counts } = this.model;
    const box = this.scrollBox;
    const top = box ? box.scrollTop - this.element.offsetTop : 0;
    const height = box?.clientHeight || 900;
    const from = this.rowAt(Math.max(0, top - LIST_OVERSCAN_PX));
    const to = Math.min(shown.length, this.rowAt(top + height + LIST_OVERSCAN_PX) + 1);
    const want: number[] = [];
    const stop = this.tabStop ? this.model.indexOf(this.tabStop) : -1;
    if (stop >= 0 && stop < from) want.push(stop);
    for (let i = from; i < to; i++) want.push(i);
    if (stop >= to) want.push(stop);
    if (stop < 0 && shown.length) this.tabStop = shown[from]?.path ?? null;
    const keep = new Set(want.map((i) => shown[i]!.path));
    for (const [path, li] of this.items) {
      if (keep.has(path)) continue;
      li.remove();
      this.items.delete(path);
    }
    let cursor: ChildNode | null = this.element.firstChild;
    let measured = false;
    for (const i of want) {
      const post = shown[i]!;
      const hit = hits.get(post.path);
      let li = this.items.get(post.path);
      const key = `${heads[i]}${groups[i]?.month ?? ""}`;
      const state = li as (HTMLLIElement & { shown?: [PostSummary, SearchHit | undefined, string] }) | undefined;
      if (!li) {
        li = createItem(post, hit);
        this.items.set(post.path, li);
      } else if (state?.shown?.[0] !== post || state.shown[1] !== hit) updateItem(li, post, hit);
      if (state?.shown?.[2] !== key || !state) {
        li.querySelector(":scope > .group-header")?.remove();
        if (heads[i]) li.prepend(createHeader(groups[i]!, heads[i] === 2, counts));
        li.classList.toggle("starts-group", heads[i] !== 0);
      }
      (li as HTMLLIElement & { shown?: unknown }).shown = [post, hit, key];
      for (const el of li.querySelectorAll<HTMLElement>(".group-count")) {
        const text = tr("group.count", { count: counts.get(el.dataset.group ?? "") ?? 0 });
        if (el.textContent !== text) el.textContent = text;
      }
      li.style.top = `${this.offsets[i]}px`;
      li.setAttribute("aria-setsize", String(shown.length));
      li.setAttribute("aria-posinset", String(i + 1));
      li.classList.toggle("is-current", post.path === this.current);
      const button = itemButton(li)!;
      if (post.path === this.current) button.setAttribute("aria-current", "true");
      else button.removeAttribute("aria-current");
      button.tabIndex = post.path === this.tabStop ? 0 : -1;
      if (li !== cursor) this.element.insertBefore(li, cursor);
      cursor = li.nextSibling;
      // Each kind of row is measured once (the first row, with less padding above, is not a sample).
      const kind = heads[i]!;
      if (i > 0 && !this.measuredKinds.has(kind) && li.offsetHeight) {
        this.measuredKinds.add(kind);
        if (li.offsetHeight !== this.heights[kind]) {
          this.heights[kind] = li.offsetHeight;
          measured = true;
        }
      }
      if (found && !hit && !this.asked.has(post.path)) {
        this.asked.add(post.path);
        this.onNeedHit?.(i);
      }
    }
    if (measured) {
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => {
        this.layout();
        this.render();
      });
    }
  }

  private onKey(e: KeyboardEvent): void {
    const li = (e.target as Element).closest("li.post-item") as HTMLLIElement | null;
    if (!li?.dataset.path) return;
    const box = this.scrollBox;
    const page = Math.max(1, Math.floor((box?.clientHeight ?? 0) / this.heights[0]!) - 1);
    const to = keyTarget(e, this.model.indexOf(li.dataset.path), this.model.shown.length, page);
    if (to === null) return;
    e.preventDefault();
    this.focusRow(to);
  }

  /** Scrolls row `i` into view (nearest edge), renders it and focuses its button. */
  private focusRow(i: number): void {
    const post = this.model.shown[i];
    if (!post) return;
    this.tabStop = post.path;
    this.reveal(i);
    itemButton(this.items.get(post.path))?.focus({ preventScroll: true });
  }

  private reveal(i: number): void {
    const box = this.scrollBox;
    if (box) {
      const top = this.offsets[i]! + this.element.offsetTop;
      const bottom = this.offsets[i + 1]! + this.element.offsetTop;
      if (top < box.scrollTop) box.scrollTop = top;
      else if (bottom > box.scrollTop + box.clientHeight) box.scrollTop = bottom - box.clientHeight;
    }
    this.render();
  }

  private rove(path: string): void {
    if (this.tabStop === path) return;
    this.tabStop = path;
    for (const [p, li] of this.items) itemButton(li)!.tabIndex = p === path ? 0 : -1;
  }
}
