// Fuzzy title matching for the quick switcher: the letters typed must occur in the title in order
// (a subsequence), after search normalisation (width, case, hiragana = katakana). A run of them
// together scores higher than letters spread out, and earlier and at word starts higher than later.
import { foldForSearch, normalizeForSearch, type NormalizedText } from "../../core/common/search/index.js";

/** How well a title matches, and where (ranges in the title as written). */
export interface TitleMatch {
  score: number;
  ranges: [number, number][];
}

const WORD_START = /[\s\-_/.・「『(（【]/u;

/** The query in search form, without spaces (so "kube conf" finds "Kubernetes conference"). */
export function foldQuery(query: string): string {
  return foldForSearch(query).replace(/\s+/gu, "");
}

const folded = new Map<string, NormalizedText>();

/** The search form of a title (kept, as titles are matched again at every keystroke). */
export function foldTitle(title: string): NormalizedText {
  let nt = folded.get(title);
  if (!nt) folded.set(title, (nt = normalizeForSearch(title)));
  return nt;
}

/** How `query` (from foldQuery) matches the title `nt`, or null when it does not. */
export function matchTitle(query: string, nt: NormalizedText): TitleMatch | null {
  const text = nt.text;
  if (query === "") return { score: 0, ranges: [] };
  const at = text.indexOf(query);
  let spans: [number, number][];
  let score: number;
  if (at >= 0) {
    spans = [[at, at + query.length]];
    score = 1000 - at + (at === 0 || WORD_START.test(text.charAt(at - 1)) ? 200 : 0);
  } else {
    spans = [];
    let from = 0;
    for (const ch of query) {
      const p = text.indexOf(ch, from);
      if (p < 0) return null;
      const last = spans[spans.length - 1];
      if (last && last[1] === p) last[1] = p + ch.length;
      else spans.push([p, p + ch.length]);
      from = p + ch.length;
    }
    const first = spans[0]![0];
    score = 500 - (spans.length - 1) * 40 - first - (from - first - query.length);
  }
  const ranges = spans.map(([s, e]): [number, number] => [nt.toOriginal(s, "start"), nt.toOriginal(e, "end")]);
  return { score, ranges };
}
