// The quick switcher (Ctrl/Cmd+P): a dialog named "Go to post" with a field and the posts whose title
// matches what is typed (see fuzzy.ts), best first. Arrow keys choose, Enter opens, Escape closes.
import type { PostSummary } from "../../core/contract/index.js";
import { h, highlighted, icon, isComposing, Listbox } from "../dom/index.js";
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
  if (document.querySelector("dialog.switcher")) return;
  const input = h("input", { type: "text", class: "switcher-input", "aria-label": tr("switcher.input"), placeholder: tr("switcher.placeholder"), autocomplete: "off", spellcheck: "false" });
  let chosen: string | null = null;
  const dialog = h("dialog", { class: "dialog switcher", "aria-label": tr("switcher.title") });
  const listbox = new Listbox<Found>(input, tr("switcher.results"), (f, li) => {
    li.append(
      h("span", { class: "switcher-title" }, f.post.title ? highlighted(f.post.title, f.match.ranges) : tr("postList.untitled")),
      h("span", { class: "switcher-date" }, formatDate(f.post.date ?? f.post.mtimeMs, lang())));
  }, (f) => {
    chosen = f.post.path;
    dialog.close();
  });
  listbox.element.classList.add("switcher-results");
  const empty = h("p", { class: "switcher-empty", hidden: true }, tr("switcher.none"));
  dialog.append(
    h("div", { class: "switcher-field" }, icon("search"), input),
    listbox.element, empty,
    h("p", { class: "switcher-hint", "aria-hidden": "true" }, tr("switcher.hint")));
  const update = () => {
    const found = findTitles(posts(), input.value);
    listbox.show(found, 0);
    empty.hidden = found.length > 0;
  };
  input.addEventListener("input", update);
  input.addEventListener("keydown", (e) => {
    if (isComposing(e)) return;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") listbox.move(e.key === "ArrowDown" ? 1 : -1);
    else if (e.key === "Enter") {
      const f = listbox.activeItem();
      if (f) {
        chosen = f.post.path;
        dialog.close();
      }
    } else return;
    e.preventDefault();
  });
  const opener = document.activeElement as HTMLElement | null;
  dialog.addEventListener("close", () => {
    dialog.remove();
    if (chosen) open(chosen);
    else if (opener?.isConnected) opener.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
  input.focus();
  update();
}
