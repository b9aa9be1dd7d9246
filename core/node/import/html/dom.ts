// The few DOM properties the conversion rules read. Turndown parses with its own DOM (domino in Node),
// and core/ has no DOM types, so the rules see nodes through this interface.

/** A DOM node as the rules use it. */
export interface DomNode {
  nodeName: string;
  nodeType: number;
  nodeValue: string | null;
  textContent: string | null;
  parentNode: DomNode | null;
  childNodes: ArrayLike<DomNode>;
  firstChild: DomNode | null;
  lastElementChild?: DomNode | null;
  previousSibling: DomNode | null;
  nextSibling: DomNode | null;
  ownerDocument: DomNode | null;
  outerHTML?: string;
  /** Set by turndown: the node is a block element. */
  isBlock?: boolean;
  getAttribute(name: string): string | null;
  querySelectorAll(selectors: string): ArrayLike<DomNode>;
}

/** Turndown's node type seen as a DomNode. */
export const asDom = (node: unknown): DomNode => node as DomNode;

/** The classes of an element. */
export function classesOf(node: DomNode): string[] {
  return (node.getAttribute("class") ?? "").split(/\s+/).filter(Boolean);
}

/** True when `node` is an element named `name` (upper case). */
export function isElement(node: DomNode | null | undefined, name?: string): boolean {
  return !!node && node.nodeType === 1 && (name === undefined || node.nodeName === name);
}

/** The nearest ancestor of `node` (itself excluded) that `test` accepts, or null. */
export function closest(node: DomNode, test: (n: DomNode) => boolean): DomNode | null {
  for (let p = node.parentNode; p; p = p.parentNode) if (p.nodeType === 1 && test(p)) return p;
  return null;
}

/** The element children of `node`. */
export function elementChildren(node: DomNode): DomNode[] {
  return Array.from(node.childNodes).filter((c) => c.nodeType === 1);
}

/** Text content, never null. */
export function textOf(node: DomNode): string {
  return node.textContent ?? "";
}
