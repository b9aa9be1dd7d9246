// What the post list shows, and keeping it so: the search query, the tag filter, "Untagged", "On this
// day" and the order. With no filter the list shows every post it holds; otherwise the host searches
// (its index does the text, tags and dates) and the list shows the posts it found, with snippets
// fetched a page at a time as they scroll into view. The tag sidebar is listed again after changes.
import type { Client, PostSearchResult, PostSort, PostSummary } from "../../core/contract/index.js";
import { tagKey } from "../../core/common/tags/index.js";
import { isFiltered, today, todayLabel, type BrowseState, type ListHeader, type SearchBox } from "../browse/index.js";
import { tr } from "../i18n/index.js";
import { FILTER_REFRESH_MS, SEARCH_HITS_PAGE, TAGS_REFRESH_MS } from "./constants.js";
import { messageOf } from "./errors.js";
import type { PostList } from "../post-list/index.js";
import type { TagPane } from "../tags/index.js";
import type { Shell } from "./shell.js";

const sameTag = (a: string, b: string): boolean => tagKey(a) === tagKey(b);

/** What Browse works on: the host, the views it fills, and two things of the session. */
export interface BrowseDeps {
  client: Client;
  list: PostList;
  tagPane: TagPane;
  searchBox: SearchBox;
  listHeader: ListHeader;
  shell: Shell;
  /** Shows an error in the banner. */
  error(message: string): void;
  /** The open post's path, or null. */
  currentPath(): string | null;
}

/** The list's query, filters and order, and the work of applying them. */
export class Browse {
  readonly state: BrowseState;
  private seq = 0;
  private pages = new Set<number>();
  private refreshTimer = 0;
  private tagsTimer = 0;

  /** `sort`: the order to start in (the one last chosen). */
  constructor(
    private readonly ctx: BrowseDeps,
    sort: PostSort,
  ) {
    this.state = { query: "", tags: [], untagged: false, onThisDay: false, sort };
  }

  /** The search box's query changed. */
  setQuery(query: string): void {
    this.state.query = query;
    void this.run();
  }

  /** Adds a tag to the filter, or takes it out. */
  toggleTag(tag: string): void {
    const had = this.state.tags.some((t) => sameTag(t, tag));
    this.state.tags = had ? this.state.tags.filter((t) => !sameTag(t, tag)) : [...this.state.tags, tag];
    if (!had) this.state.untagged = false;
    void this.run();
  }

  /** Takes a tag out of the filter. */
  removeTag(tag: string): void {
    this.state.tags = this.state.tags.filter((t) => !sameTag(t, tag));
    void this.run();
  }

  /** Shows only untagged posts (no tag filter then), or stops. */
  toggleUntagged(): void {
    this.state.untagged = !this.state.untagged;
    if (this.state.untagged) this.state.tags = [];
    void this.run();
  }

  /** Shows only posts written on today's month and day in earlier years, or stops. */
  toggleOnThisDay(): void {
    this.state.onThisDay = !this.state.onThisDay;
    void this.run();
  }

  /** Changes the order. */
  setSort(sort: PostSort): void {
    this.state.sort = sort;
    void this.run();
  }

  /** Clears the query and every filter (the order stays). */
  clear(): Promise<void> {
    Object.assign(this.state, { query: "", tags: [], untagged: false, onThisDay: false });
    this.ctx.searchBox.input.value = "";
    return this.run();
  }

  /** A tag was renamed: the filter follows it. */
  tagRenamed(from: string, to: string): void {
    if (!this.state.tags.some((t) => sameTag(t, from))) return;
    this.state.tags = [...new Set(this.state.tags.map((t) => (sameTag(t, from) ? to : t)))];
  }

  /** A tag was deleted: it leaves the filter. */
  tagRemoved(tag: string): void {
    this.state.tags = this.state.tags.filter((t) => !sameTag(t, tag));
  }

  /** Posts changed on disk: the filter runs again shortly (the full list follows by itself), and the tags are listed again. */
  changed(): void {
    this.refreshTagsSoon();
    this.refilterSoon();
  }

  /**
   * One of our saves went through: the tag sidebar follows when the post's tags changed, and an active
   * search or filter runs again (a search typed before the save landed must still find the new words).
   */
  saved(before: PostSummary | undefined, after: PostSummary): void {
    if (!before || before.tags.join("\u0000") !== after.tags.join("\u0000")) this.refreshTagsSoon();
    this.refilterSoon();
  }

  /** The whole list arrived after its first screen: the header counts it, and an active search or filter runs again over it. */
  listedAll(): void {
    this.shown();
    if (isFiltered(this.state)) void this.run(true);
  }

  /** Runs the active search or filter again shortly, keeping the list's scroll (changes come in bursts). */
  private refilterSoon(): void {
    if (!isFiltered(this.state)) return;
    clearTimeout(this.refreshTimer);
    this.refreshTimer = window.setTimeout(() => void this.run(true), FILTER_REFRESH_MS);
  }

  /** Lists the journal's tags again soon (changes come in bursts). */
  refreshTagsSoon(): void {
    clearTimeout(this.tagsTimer);
    this.tagsTimer = window.setTimeout(() => void this.refreshTags(), TAGS_REFRESH_MS);
  }

  /** Lists the journal's tags in the sidebar now. */
  async refreshTags(): Promise<void> {
    clearTimeout(this.tagsTimer);
    try {
      this.ctx.tagPane.setList(await this.ctx.client.listTags({ sort: this.ctx.tagPane.sort }));
    } catch {
      // The sidebar keeps what it showed; the next change tries again.
    }
  }

  /** Applies the state to the list: every post, or what the host finds. `keepScroll` for a refresh the user did not ask for. */
  async run(keepScroll = false): Promise<void> {
    const seq = ++this.seq;
    const { list, tagPane, searchBox } = this.ctx;
    tagPane.setSelection(
      this.state.tags.map((t) => tagKey(t) ?? t),
      this.state.untagged,
    );
    if (!isFiltered(this.state)) {
      searchBox.setProblem(null);
      list.showAll(this.state.sort);
      return this.shown();
    }
    let result: PostSearchResult;
    try {
      result = await this.search(0);
    } catch (e) {
      if (seq === this.seq) this.ctx.error(tr("search.failed", { message: messageOf(e) }));
      return;
    }
    if (seq !== this.seq) return;
    const problem = result.errors[0];
    searchBox.setProblem(
      problem ? tr("search.badQualifier", { part: this.state.query.slice(problem.from, problem.to) || problem.message }) : null,
    );
    this.pages = new Set([0]);
    list.showFound(result.paths, result.hits, this.state.sort, keepScroll);
    this.shown();
  }

  /** The list shows an item whose snippet is not there yet: fetch the page of hits it is on. */
  async needHit(index: number): Promise<void> {
    const page = Math.floor(index / SEARCH_HITS_PAGE);
    if (index < 0 || this.pages.has(page) || !isFiltered(this.state)) return;
    this.pages.add(page);
    const seq = this.seq;
    try {
      const result = await this.search(page * SEARCH_HITS_PAGE);
      if (seq === this.seq) this.ctx.list.addHits(result.hits);
    } catch {
      this.pages.delete(page);
    }
  }

  private search(offset: number): Promise<PostSearchResult> {
    const s = this.state;
    return this.ctx.client.search({
      query: s.query,
      sort: s.sort,
      offset,
      limit: SEARCH_HITS_PAGE,
      ...(s.tags.length ? { tags: s.tags } : {}),
      ...(s.untagged ? { untagged: true } : {}),
      ...(s.onThisDay ? { onThisDay: today() } : {}),
    });
  }

  /** Updates what depends on the list shown: the header, the empty message, the open post's mark. */
  shown(): void {
    const { list, listHeader, shell } = this.ctx;
    listHeader.render(this.state, list.shownCount);
    const none = list.shownCount === 0 && isFiltered(this.state);
    shell.listEmpty.hidden = !none;
    shell.listEmpty.textContent = none
      ? this.state.onThisDay && !this.state.query.trim() && !this.state.tags.length && !this.state.untagged
        ? tr("onThisDay.none", { date: todayLabel() })
        : tr("filter.none")
      : "";
    const current = this.ctx.currentPath();
    if (current) list.setCurrent(current);
  }
}
