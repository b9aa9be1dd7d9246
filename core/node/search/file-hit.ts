// A search hit made from a post's text in hand: the same title ranges and snippet the index gives,
// for posts listed in an order the index does not keep (by title, by update, filtered).
import { FIELD_SEPARATOR, makeSnippet, matchRanges, normalizeForSearch, type SearchHit, type TextRange } from "../../common/search/index.js";
import type { SearchablePost } from "../../common/search/index.js";

const clean = (field: string): string => field.split(FIELD_SEPARATOR).join(" ");

/** The hit of `post` for the normalised `terms` (as SearchIndex#search would give it). */
export function hitOf(post: SearchablePost, terms: readonly string[]): SearchHit {
  const nt = normalizeForSearch([clean(post.title), clean(post.body), ...post.tags.map(clean)].join(FIELD_SEPARATOR) + FIELD_SEPARATOR);
  const text = nt.text;
  const bodyFrom = text.indexOf(FIELD_SEPARATOR) + 1;
  const bodyTo = text.indexOf(FIELD_SEPARATOR, bodyFrom);
  const title = nt.restore(0, bodyFrom - 1);
  const titleRanges = matchRanges(text, terms, title.from, title.to).map(
    ([s, e]): TextRange => [nt.toOriginal(s, "start") - title.originalFrom, nt.toOriginal(e, "end") - title.originalFrom],
  );
  const inField = (from: number, to: number): boolean => terms.some((t) => {
    const p = text.indexOf(t, from);
    return p !== -1 && p < to;
  });
  return {
    path: post.path,
    title: title.text,
    date: post.date,
    draft: post.draft,
    inTitle: titleRanges.length > 0,
    inBody: inField(bodyFrom, bodyTo),
    inTags: inField(bodyTo + 1, text.length),
    titleRanges,
    snippet: makeSnippet(nt, terms, bodyFrom, bodyTo),
  };
}
