// The quick switcher (Ctrl/Cmd+P): a dialog named "Go to post" with a field and the posts whose title
// matches what is typed (see fuzzy.ts), best first. Arrow keys choose, Enter opens, Escape closes.
import type { PostSummary } from "../../core/contract/index.js";
import { h, highlighted, openPicker } from "../dom/index.js";
import { formatDate, lang, tr } from "../i18n/index.js";
import { SWITCHER_LIMIT } from "./constants.js";
import { sortPosts } from "../../core/common/post/index.js";
import { foldQuery, foldTitle, matchTitle, type TitleMatch } from "./fuzzy.js";

interface Found {
  post: PostSummary;
  match: TitleMatch;
}

/** The posts matching `query`, best first (newest first among equals; the newest when it is empty). */
export function findTitles(posts: Iterable<PostSummary>, query: string, limit = SWITCHER_LIMIT): Found[] {
  const q = foldQuery(query);
  const newest = sortPosts(posts, "newest");
  if (q === "") return newest.slice(0, limit).map((post) => ({ post, match: { score: 0, ranges: [] } }));
  const found: Found[] = [];
  for (const post of newest) {
    const match = matchTitle(q, foldTitle(post.title));
    if (match) found.push({ post, match });
  }
  // A stable sort: among equal scores the newest stays first.
  return found.sort((a, b) => b.match.score - a.match.score).slice(0, limit);
}

/** Opens the switcher over `posts`; `open` is called with the path chosen. */
export function openQuickSwitcher(posts: () => Iterable<PostSummary>, open: (path: string) => void): void {
  openPicker<Found>({
    className: "switcher",
    title: tr("switcher.title"),
    input: tr("switcher.input"),
    placeholder: tr("switcher.placeholder"),
    results: tr("switcher.results"),
    none: tr("switcher.none"),
    hint: tr("switcher.hint"),
    find: (query) => findTitles(posts(), query),
    render: (f, li) => {
      li.append(
        h("span", { class: "switcher-title" }, f.post.title ? highlighted(f.post.title, f.match.ranges) : tr("postList.untitled")),
        h("span", { class: "switcher-date" }, formatDate(f.post.date ?? f.post.mtimeMs, lang())),
      );
    },
    pick: (f) => open(f.post.path),
  });
}
