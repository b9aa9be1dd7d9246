// Updating the preview's blocks in place: the unchanged blocks before and after an edit keep their
// nodes, so images do not reload and the scroll position does not jump while the user types.

const isBlank = (n: Node) => n.nodeType === Node.TEXT_NODE && !n.textContent?.trim();

/** Makes `target`'s children equal to `fragment`'s top-level nodes, replacing only the changed middle. */
export function morphChildren(target: Element, fragment: DocumentFragment): void {
  for (const n of [...target.childNodes]) if (isBlank(n)) n.remove();
  const next = [...fragment.childNodes].filter((n) => !isBlank(n));
  const old = [...target.childNodes];
  const min = Math.min(old.length, next.length);
  let head = 0;
  while (head < min && old[head]!.isEqualNode(next[head]!)) head++;
  let tail = 0;
  while (tail < min - head && old[old.length - 1 - tail]!.isEqualNode(next[next.length - 1 - tail]!)) tail++;
  for (let i = head; i < old.length - tail; i++) old[i]!.remove();
  const before = tail ? old[old.length - tail]! : null;
  const doc = target.ownerDocument;
  const insert = doc.createDocumentFragment();
  for (let i = head; i < next.length - tail; i++) insert.append(doc.importNode(next[i]!, true));
  target.insertBefore(insert, before);
}
