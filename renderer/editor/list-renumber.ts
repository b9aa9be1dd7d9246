// Renumbering ordered lists after an edit moved, added or removed items. Only the lists the edit
// touched are renumbered; a list keeps its start number (`5.` stays `5.`), a list formed by the edit
// starts at 1, and a list written with one number throughout (`1.` `1.` `1.`) stays that way.
import { parseForest, previousSibling, type Forest, type Item, type ItemShape, type Line } from "./list-structure.js";
import { setMarker } from "./list-lines.js";

/** Where an item stood before the edit. */
interface Before {
  first: boolean;
  parent: number | null;
  prev: number | null;
  number: number | null;
  lazy: boolean;
}

/** Items of one list: siblings of the same kind with nothing but blank lines between them. */
function runs(forest: Forest, lines: readonly Line[]): Item[][] {
  const out: Item[][] = [];
  const last = new Map<Item, Item[]>();
  for (const item of forest.items) {
    const prev = previousSibling(forest, lines, item);
    const run = prev && sameKind(prev.shape, item.shape) ? last.get(prev) : undefined;
    if (run) run.push(item);
    else out.push([item]);
    last.set(item, run ?? out[out.length - 1]!);
  }
  return out;
}

/** True when two items belong to one list: the same bullet, or numbers with the same delimiter. */
export function sameKind(a: ItemShape, b: ItemShape): boolean {
  return a.bullet === b.bullet && a.delimiter === b.delimiter;
}

const idOf = (lines: readonly Line[], item: Item | null | undefined): number | null => (item ? lines[item.line]!.id : null);

/** Records where each item stands, to compare with after the edit. */
export function snapshot(lines: readonly Line[]): Map<number, Before> {
  const forest = parseForest(lines);
  const out = new Map<number, Before>();
  for (const run of runs(forest, lines)) {
    const n = run[0]!.shape.number;
    const lazy = run.length > 1 && n !== null && run.every((i) => i.shape.number === n);
    run.forEach((item, k) => {
      out.set(lines[item.line]!.id, {
        first: k === 0,
        parent: idOf(lines, item.parent),
        prev: idOf(lines, run[k - 1]),
        number: item.shape.number,
        lazy,
      });
    });
  }
  return out;
}

/**
 * Renumbers the ordered lists of `lines` that the edit changed: those holding a `moved` item, a new
 * item (id -1), or an item whose parent or predecessor is not the one in `before`. Returns new lines.
 */
export function renumber(lines: readonly Line[], before: Map<number, Before>, moved: ReadonlySet<number>): Line[] {
  const out = lines.slice();
  const forest = parseForest(out);
  for (const run of runs(forest, out)) {
    if (run[0]!.shape.number === null) continue;
    const touched = run.some((item, k) => {
      const id = out[item.line]!.id;
      const was = before.get(id);
      return id < 0 || moved.has(id) || !was || was.parent !== idOf(out, item.parent) || was.prev !== idOf(out, run[k - 1]);
    });
    if (!touched) continue;
    const head = run[0]!;
    const was = before.get(out[head.line]!.id);
    const keepsStart = was && !moved.has(out[head.line]!.id) && was.first && was.parent === idOf(out, head.parent);
    const start = keepsStart ? (was.number ?? 1) : 1;
    run.forEach((item, k) => setMarker(out, item, `${was?.lazy ? was.number : start + k}${item.shape.delimiter}`));
  }
  return out;
}
