// Postings: for each gram, the posts (by number) whose text has it. Built in one go into compact
// arrays (sorted lists, or bitsets for grams most posts have); posts added later go to a small
// side index until the next rebuild.
import { DENSE_FRACTION } from "./constants.js";
import { GramCollector, GramTable } from "./gram-table.js";

/** Sizes of the postings, for benchmarks. */
export interface PostingsStats {
  grams: number;
  denseGrams: number;
  listEntries: number;
  deltaPosts: number;
  bytes: number;
}

/** The compact postings of a rebuilt index, as plain arrays (to save and load them). */
export interface PostingsSnapshot {
  /** Posts in the arrays (numbered 0 … posts - 1). */
  posts: number;
  /** The gram of each gram number. */
  grams: Uint32Array;
  /** Per gram number: how many posts have it. */
  counts: Uint32Array;
  /** Per gram number: offset into `lists` (sparse) or into `bits` (dense), see `dense`. */
  offsets: Uint32Array;
  /** Per gram number: 1 when its posts are a bitset. */
  dense: Uint8Array;
  lists: Uint32Array;
  bits: Uint32Array;
}

/** A first position too far into a post (or none) for the 16 bits a saved position has. */
export const NO_POSITION = 0xffff;

/** Index of the first element ≥ `value` in sorted `a[lo, hi)`. */
function lowerBound(a: Uint32Array | readonly number[], lo: number, hi: number, value: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((a[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where each gram's posts go in the compact arrays. */
interface Layout {
  /** Bitset words per dense gram (one bit per post). */
  words: number;
  /** Per gram: offset into `lists` (sparse grams) or into `bits` (dense grams). */
  offsets: Uint32Array;
  dense: Uint8Array;
  listTotal: number;
  bitsTotal: number;
}

/** Pass one: how many posts have each gram (numbering the grams). */
function countPosts(texts: readonly string[], collector: GramCollector): Uint32Array {
  let counts = new Uint32Array(1 << 12);
  texts.forEach((text, post) => {
    const n = collector.collect(text, post);
    if (collector.table.size > counts.length) {
      const bigger = new Uint32Array(Math.max(counts.length * 2, collector.table.size));
      bigger.set(counts);
      counts = bigger;
    }
    const found = collector.grams;
    for (let i = 0; i < n; i++) {
      const g = found[i] as number;
      counts[g] = (counts[g] as number) + 1;
    }
  });
  return counts.slice(0, collector.table.size);
}

/** A bitset for grams on more than 1/DENSE_FRACTION of the posts (it is then the smaller), a sorted list otherwise. */
function layOut(counts: Uint32Array, posts: number): Layout {
  const layout: Layout = {
    words: (posts + 31) >>> 5,
    offsets: new Uint32Array(counts.length),
    dense: new Uint8Array(counts.length),
    listTotal: 0,
    bitsTotal: 0,
  };
  counts.forEach((count, g) => {
    if (count * DENSE_FRACTION > posts) {
      layout.dense[g] = 1;
      layout.offsets[g] = layout.bitsTotal;
      layout.bitsTotal += layout.words;
    } else {
      layout.offsets[g] = layout.listTotal;
      layout.listTotal += count;
    }
  });
  return layout;
}

/** Pass two: writes every post into the lists and bitsets of its grams. */
function fill(texts: readonly string[], collector: GramCollector, layout: Layout): { lists: Uint32Array; bits: Uint32Array } {
  const { offsets, dense } = layout;
  const lists = new Uint32Array(layout.listTotal);
  const bits = new Uint32Array(layout.bitsTotal);
  const cursor = offsets.slice();
  collector.reset();
  texts.forEach((text, post) => {
    const n = collector.collect(text, post);
    const found = collector.grams;
    const word = post >>> 5;
    const bit = 1 << (post & 31);
    for (let i = 0; i < n; i++) {
      const g = found[i] as number;
      if (dense[g]) {
        const w = (offsets[g] as number) + word;
        bits[w] = (bits[w] as number) | bit;
      } else {
        const at = cursor[g] as number;
        lists[at] = post;
        cursor[g] = at + 1;
      }
    }
  });
  return { lists, bits };
}

/** Grams → posts. Posts are numbers; the caller says which are alive. */
export class Postings {
  private collector = new GramCollector(new GramTable());
  /** Posts numbered below this are in the compact arrays. */
  private frozenPosts = 0;
  private counts: Uint32Array = new Uint32Array(0);
  private layout = layOut(this.counts, 0);
  private lists: Uint32Array = new Uint32Array(0);
  private bits: Uint32Array = new Uint32Array(0);
  /** Gram number → posts added since the rebuild, ascending. */
  private delta = new Map<number, number[]>();
  private deltaPosts = 0;

  /** Posts added since the last rebuild. */
  get deltaSize(): number {
    return this.deltaPosts;
  }

  /** Rebuilds from scratch: post i has normalised text texts[i]. Two passes over the text, so memory stays at the final size. */
  rebuild(texts: readonly string[]): void {
    const collector = new GramCollector(new GramTable(Math.max(1 << 12, this.collector.table.size)));
    const counts = countPosts(texts, collector);
    const layout = layOut(counts, texts.length);
    const { lists, bits } = fill(texts, collector, layout);
    this.collector = collector;
    this.frozenPosts = texts.length;
    this.counts = counts;
    this.layout = layout;
    this.lists = lists;
    this.bits = bits;
    this.delta = new Map();
    this.deltaPosts = 0;
  }

  /** The compact arrays (only when nothing was added since the rebuild). */
  snapshot(): PostingsSnapshot {
    if (this.deltaPosts > 0) throw new Error("postings have a side index: rebuild before taking a snapshot");
    const { offsets, dense } = this.layout;
    return {
      posts: this.frozenPosts,
      grams: this.collector.table.grams(),
      counts: this.counts,
      offsets,
      dense,
      lists: this.lists,
      bits: this.bits,
    };
  }

  /** Postings made of a snapshot's arrays (kept, not copied). Throws when they do not fit together. */
  static fromSnapshot(s: PostingsSnapshot): Postings {
    const n = s.grams.length;
    const words = (s.posts + 31) >>> 5;
    if (s.counts.length !== n || s.offsets.length !== n || s.dense.length !== n) throw new Error("postings: arrays of different lengths");
    const table = new GramTable(Math.max(1 << 12, n));
    for (let g = 0; g < n; g++) {
      const gram = s.grams[g] as number;
      const count = s.counts[g] as number;
      const off = s.offsets[g] as number;
      const fits = s.dense[g] ? off + words <= s.bits.length : off + count <= s.lists.length;
      if (gram === 0 || table.intern(gram) !== g || count > s.posts || !fits) throw new Error("postings: a gram does not fit");
    }
    let listTotal = 0;
    let bitsTotal = 0;
    s.counts.forEach((c, g) => (s.dense[g] ? (bitsTotal += words) : (listTotal += c)));
    if (listTotal !== s.lists.length || bitsTotal !== s.bits.length) throw new Error("postings: sizes do not add up");
    const p = new Postings();
    p.collector = new GramCollector(table);
    p.frozenPosts = s.posts;
    p.counts = s.counts;
    p.layout = { words, offsets: s.offsets, dense: s.dense, listTotal, bitsTotal };
    p.lists = s.lists;
    p.bits = s.bits;
    return p;
  }

  /**
   * Where each post first has each gram, for saving beside the snapshot: one 16-bit slot per entry
   * of `lists` (same order), then 32 slots per bitset word of `bits` (slot = post); NO_POSITION
   * where a post lacks the gram or its first occurrence is beyond 16 bits. `texts` are the texts the
   * postings were rebuilt from.
   */
  firstPositions(texts: readonly string[]): Uint16Array {
    const { offsets, dense, listTotal } = this.layout;
    const out = new Uint16Array(listTotal + this.bits.length * 32).fill(NO_POSITION);
    const cursor = offsets.slice();
    const collector = new GramCollector(this.collector.table);
    texts.forEach((text, post) => {
      const n = collector.collect(text, post);
      for (let i = 0; i < n; i++) {
        const g = collector.grams[i] as number;
        const at = Math.min(NO_POSITION, collector.positions[i] as number);
        if (g >= this.counts.length) continue;
        if (dense[g]) out[listTotal + (offsets[g] as number) * 32 + post] = at;
        else {
          const slot = cursor[g] as number;
          out[slot] = at;
          cursor[g] = slot + 1;
        }
      }
    });
    return out;
  }

  /** The slots of gram `gram` in firstPositions' array [from, to), and whether they are per post (dense) or per list entry; null when no post has it. */
  slotsOf(gram: number): { from: number; to: number; dense: boolean } | null {
    const g = this.collector.table.get(gram);
    if (g === -1 || g >= this.counts.length || this.counts[g] === 0) return null;
    const off = this.layout.offsets[g] as number;
    if (this.layout.dense[g])
      return { from: this.layout.listTotal + off * 32, to: this.layout.listTotal + (off + this.layout.words) * 32, dense: true };
    return { from: off, to: off + (this.counts[g] as number), dense: false };
  }

  /** For a sparse gram (see slotsOf): the index of `post` in its list, relative to `from`, or -1. */
  listIndexOf(gram: number, post: number): number {
    const slots = this.slotsOf(gram);
    if (!slots || slots.dense) return -1;
    const at = lowerBound(this.lists, slots.from, slots.to, post);
    return at < slots.to && this.lists[at] === post ? at - slots.from : -1;
  }

  /** Adds post `post` (numbered above every post added before) with normalised text `text` to the side index. */
  add(post: number, text: string): void {
    const n = this.collector.collect(text, post);
    const found = this.collector.grams;
    for (let i = 0; i < n; i++) {
      const g = found[i] as number;
      const list = this.delta.get(g);
      if (list) list.push(post);
      else this.delta.set(g, [post]);
    }
    this.deltaPosts++;
  }

  /** Posts (ascending) that have every gram of `grams` (which must not be empty). Removed posts may be among them. */
  candidates(grams: readonly number[]): Uint32Array {
    const numbers: number[] = [];
    for (const gram of grams) {
      const g = this.collector.table.get(gram);
      if (g === -1 || this.sizeOf(g) === 0) return new Uint32Array(0);
      numbers.push(g);
    }
    numbers.sort((a, b) => this.sizeOf(a) - this.sizeOf(b));
    let posts = this.postsOf(numbers[0] as number);
    for (let i = 1; i < numbers.length && posts.length > 0; i++) posts = this.keep(posts, numbers[i] as number);
    return posts;
  }

  /** Sizes, for benchmarks. */
  stats(): PostingsStats {
    let deltaEntries = 0;
    for (const list of this.delta.values()) deltaEntries += list.length;
    let denseGrams = 0;
    for (const d of this.layout.dense) denseGrams += d;
    const arrays =
      this.counts.byteLength + this.layout.offsets.byteLength + this.layout.dense.byteLength + this.lists.byteLength + this.bits.byteLength;
    return {
      grams: this.collector.table.size,
      denseGrams,
      listEntries: this.lists.length,
      deltaPosts: this.deltaPosts,
      bytes: arrays + this.collector.table.bytes + deltaEntries * 8 + this.delta.size * 48,
    };
  }

  private sizeOf(g: number): number {
    return (g < this.counts.length ? (this.counts[g] as number) : 0) + (this.delta.get(g)?.length ?? 0);
  }

  /** Every post with gram number `g`, ascending. */
  private postsOf(g: number): Uint32Array {
    const out = new Uint32Array(this.sizeOf(g));
    let n = 0;
    if (g < this.counts.length) {
      const off = this.layout.offsets[g] as number;
      if (this.layout.dense[g]) {
        for (let w = 0; w < this.layout.words; w++) {
          let word = this.bits[off + w] as number;
          while (word !== 0) {
            const low = word & -word;
            out[n++] = (w << 5) + 31 - Math.clz32(low);
            word ^= low;
          }
        }
      } else {
        out.set(this.lists.subarray(off, off + (this.counts[g] as number)));
        n = this.counts[g] as number;
      }
    }
    for (const post of this.delta.get(g) ?? []) out[n++] = post;
    return out;
  }

  /** The posts of `posts` (ascending) that have gram number `g`. */
  private keep(posts: Uint32Array, g: number): Uint32Array {
    const out = new Uint32Array(posts.length);
    let n = 0;
    const frozen = g < this.counts.length;
    const off = frozen ? (this.layout.offsets[g] as number) : 0;
    const isDense = frozen && this.layout.dense[g] === 1;
    const end = frozen && !isDense ? off + (this.counts[g] as number) : 0;
    const delta = this.delta.get(g) ?? [];
    let lo = off;
    let deltaLo = 0;
    for (const post of posts) {
      let has: boolean;
      if (post < this.frozenPosts) {
        if (!frozen) has = false;
        else if (isDense) has = (((this.bits[off + (post >>> 5)] as number) >>> (post & 31)) & 1) === 1;
        else {
          lo = lowerBound(this.lists, lo, end, post);
          has = lo < end && this.lists[lo] === post;
        }
      } else {
        deltaLo = lowerBound(delta, deltaLo, delta.length, post);
        has = deltaLo < delta.length && delta[deltaLo] === post;
      }
      if (has) out[n++] = post;
    }
    return out.subarray(0, n);
  }
}
