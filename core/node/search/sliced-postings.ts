// The postings of a shard file as the quick search reads them: the gram tables from the head (a
// binary search over the grams' sorted order finds a gram, no table is built), and each gram's
// list or bitset read from the file only when a query asks for it.

/** Reads `count` 32-bit words of section "lists" or "bits" from word `from`, checked. */
export type WordReader = (section: "lists" | "bits", from: number, count: number) => Uint32Array;

/** The gram tables of a shard's head. */
export interface GramTables {
  /** Posts in the shard. */
  posts: number;
  grams: Uint32Array;
  counts: Uint32Array;
  offsets: Uint32Array;
  dense: Uint8Array;
  /** Gram numbers, sorted by gram. */
  order: Uint32Array;
  /** Words in the "lists" and "bits" sections. */
  listWords: number;
  bitsWords: number;
}

/** Grams → posts of one shard file, read a gram at a time. */
export class SlicedPostings {
  private readonly words: number;
  private readonly read = new Map<number, Uint32Array>();

  constructor(
    private readonly t: GramTables,
    private readonly readWords: WordReader,
  ) {
    const n = t.grams.length;
    if (t.counts.length !== n || t.offsets.length !== n || t.dense.length !== n || t.order.length !== n)
      throw new Error("postings: arrays of different lengths");
    this.words = (t.posts + 31) >>> 5;
  }

  /** The number of `gram`, or -1. */
  private numberOf(gram: number): number {
    const { grams, order } = this.t;
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((grams[order[mid] as number] as number) < gram) lo = mid + 1;
      else hi = mid;
    }
    const g = lo < order.length ? (order[lo] as number) : -1;
    return g >= 0 && grams[g] === gram ? g : -1;
  }

  /** Gram number `g`'s list (sparse) or bitset (dense), read once. */
  private wordsOf(g: number): Uint32Array {
    let w = this.read.get(g);
    if (w) return w;
    const off = this.t.offsets[g] as number;
    const count = this.t.counts[g] as number;
    if (count > this.t.posts) throw new Error("postings: a gram does not fit");
    if (this.t.dense[g]) {
      if (off + this.words > this.t.bitsWords) throw new Error("postings: a gram does not fit");
      w = this.readWords("bits", off, this.words);
    } else {
      if (off + count > this.t.listWords) throw new Error("postings: a gram does not fit");
      w = this.readWords("lists", off, count);
    }
    this.read.set(g, w);
    return w;
  }

  /** Posts (ascending) that have every gram of `grams` (which must not be empty). */
  candidates(grams: readonly number[]): Uint32Array {
    const numbers: number[] = [];
    for (const gram of grams) {
      const g = this.numberOf(gram);
      if (g === -1 || this.t.counts[g] === 0) return new Uint32Array(0);
      numbers.push(g);
    }
    numbers.sort((a, b) => (this.t.counts[a] as number) - (this.t.counts[b] as number));
    let posts = this.postsOf(numbers[0] as number);
    for (let i = 1; i < numbers.length && posts.length > 0; i++) posts = this.keep(posts, numbers[i] as number);
    return posts;
  }

  /** The slots of `gram` in the first positions [from, to), and whether they are per post (dense) or per list entry; null when no post has it. */
  slotsOf(gram: number): { from: number; to: number; dense: boolean } | null {
    const g = this.numberOf(gram);
    if (g === -1 || this.t.counts[g] === 0) return null;
    const off = this.t.offsets[g] as number;
    if (this.t.dense[g]) return { from: this.t.listWords + off * 32, to: this.t.listWords + (off + this.words) * 32, dense: true };
    return { from: off, to: off + (this.t.counts[g] as number), dense: false };
  }

  /** For a sparse gram: the index of `post` in its list, or -1. */
  listIndexOf(gram: number, post: number): number {
    const g = this.numberOf(gram);
    if (g === -1 || this.t.dense[g] || this.t.counts[g] === 0) return -1;
    const list = this.wordsOf(g);
    const at = lowerBound(list, post);
    return at < list.length && list[at] === post ? at : -1;
  }

  private postsOf(g: number): Uint32Array {
    const w = this.wordsOf(g);
    if (!this.t.dense[g]) return w;
    const out = new Uint32Array(this.t.counts[g] as number);
    let n = 0;
    for (let i = 0; i < w.length; i++) {
      let word = w[i] as number;
      while (word !== 0 && n < out.length) {
        const low = word & -word;
        out[n++] = (i << 5) + 31 - Math.clz32(low);
        word ^= low;
      }
    }
    return out.subarray(0, n);
  }

  private keep(posts: Uint32Array, g: number): Uint32Array {
    const w = this.wordsOf(g);
    const out = new Uint32Array(posts.length);
    let n = 0;
    if (this.t.dense[g]) {
      for (const post of posts) if ((((w[post >>> 5] ?? 0) >>> (post & 31)) & 1) === 1) out[n++] = post;
    } else {
      let lo = 0;
      for (const post of posts) {
        lo = lowerBound(w, post, lo);
        if (lo < w.length && w[lo] === post) out[n++] = post;
      }
    }
    return out.subarray(0, n);
  }
}

/** Index of the first element ≥ `value` in sorted `a[lo, end)`. */
function lowerBound(a: Uint32Array, value: number, lo = 0): number {
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((a[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
