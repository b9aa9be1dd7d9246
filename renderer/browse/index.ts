// Finding posts: the search box, the list's header (order, On this day, filter chips), the quick
// switcher and what the list is showing.
export { SearchBox } from "./search-box.js";
export { ListHeader, todayLabel, type ListHeaderActions } from "./list-header.js";
export { openQuickSwitcher, findTitles } from "./quick-switcher.js";
export { foldQuery, foldTitle, matchTitle, type TitleMatch } from "./fuzzy.js";
export { isFiltered, today, type BrowseState } from "./state.js";
