// Text with some ranges marked (<mark>): matched words in search results and the quick switcher.

/** `text` as nodes, each of `ranges` ([from, to) UTF-16 offsets, sorted, not overlapping) in a <mark>. */
export function highlighted(text: string, ranges: readonly (readonly [number, number])[]): DocumentFragment {
  const out = document.createDocumentFragment();
  let at = 0;
  for (const [from, to] of ranges) {
    if (from < at || to <= from || to > text.length) continue;
    if (from > at) out.append(text.slice(at, from));
    const mark = document.createElement("mark");
    mark.textContent = text.slice(from, to);
    out.append(mark);
    at = to;
  }
  if (at < text.length) out.append(text.slice(at));
  return out;
}
