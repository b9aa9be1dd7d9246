// Numbering grams: gram (a uint32, never 0) → a dense gram number 0, 1, 2, … in the order first
// seen. Single units are looked up in a plain array; pairs in an open-addressing hash table, faster
// and smaller than a Map for keys above the small-integer range, which most pairs are.
import { bigram } from "./grams.js";

const EMPTY = 0;
const MAX_LOAD = 0.5;
const UNITS = 0x10000;
const SEPARATOR = 0;

/** Gram → gram number. */
export class GramTable {
  private readonly units = new Int32Array(UNITS).fill(-1);
  private keys: Uint32Array;
  private numbers: Int32Array;
  private shift: number;
  private pairs = 0;
  /** Gram of each number, in number order (grams[0, size)). */
  private order = new Uint32Array(1 << 10);
  /** How many grams have a number. */
  size = 0;

  constructor(capacity = 1 << 12) {
    const bits = Math.max(4, Math.ceil(Math.log2(capacity / MAX_LOAD)));
    this.keys = new Uint32Array(1 << bits);
    this.numbers = new Int32Array(1 << bits);
    this.shift = 32 - bits;
  }

  /** The number of `gram`, or -1. */
  get(gram: number): number {
    if (gram < UNITS) return this.units[gram] as number;
    const mask = this.keys.length - 1;
    for (let slot = Math.imul(gram, 0x9e3779b1) >>> this.shift; ; slot = (slot + 1) & mask) {
      const k = this.keys[slot] as number;
      if (k === gram) return this.numbers[slot] as number;
      if (k === EMPTY) return -1;
    }
  }

  /** The number of `gram`, giving it the next one if it has none. */
  intern(gram: number): number {
    if (gram < UNITS) {
      const n = this.units[gram] as number;
      if (n !== -1) return n;
      this.units[gram] = this.size;
      return this.number(gram);
    }
    const mask = this.keys.length - 1;
    for (let slot = Math.imul(gram, 0x9e3779b1) >>> this.shift; ; slot = (slot + 1) & mask) {
      const k = this.keys[slot] as number;
      if (k === gram) return this.numbers[slot] as number;
      if (k === EMPTY) {
        this.keys[slot] = gram;
        this.numbers[slot] = this.size;
        if (++this.pairs > this.keys.length * MAX_LOAD) this.grow();
        return this.number(gram);
      }
    }
  }

  /** Every gram, by number (a copy): interning them in this order into a new table gives the same numbers. */
  grams(): Uint32Array {
    return this.order.slice(0, this.size);
  }

  /** Bytes held. */
  get bytes(): number {
    return this.units.byteLength + this.keys.byteLength + this.numbers.byteLength + this.order.byteLength;
  }

  /** Gives `gram` the next number. */
  private number(gram: number): number {
    if (this.size === this.order.length) {
      const order = new Uint32Array(this.order.length * 2);
      order.set(this.order);
      this.order = order;
    }
    this.order[this.size] = gram;
    return this.size++;
  }

  private grow(): void {
    const keys = this.keys;
    const numbers = this.numbers;
    this.keys = new Uint32Array(keys.length * 2);
    this.numbers = new Int32Array(keys.length * 2);
    this.shift--;
    const mask = this.keys.length - 1;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i] as number;
      if (k === EMPTY) continue;
      let slot = Math.imul(k, 0x9e3779b1) >>> this.shift;
      while (this.keys[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.keys[slot] = k;
      this.numbers[slot] = numbers[i] as number;
    }
  }
}

/**
 * Lists the distinct gram numbers of one post's normalised text (numbering new grams), without
 * allocating: posts must be collected in increasing order of their number (or after `reset`).
 */
export class GramCollector {
  /** The grams of the last post collected: grams[0, count). */
  grams = new Uint32Array(1 << 12);
  /** Where each of them first occurs in the text (UTF-16 offset): positions[0, count). */
  positions = new Uint32Array(1 << 12);
  private last = new Int32Array(1 << 12).fill(-1);

  constructor(readonly table: GramTable) {}

  /** Forgets which posts were seen (before collecting post numbers again from 0). */
  reset(): void {
    this.last.fill(-1);
  }

  /** Collects the distinct grams of `text` (U+0000 never in a gram) as post `post`; returns how many. */
  collect(text: string, post: number): number {
    const table = this.table;
    const n = text.length;
    let count = 0;
    let c = n > 0 ? text.charCodeAt(0) : SEPARATOR;
    for (let i = 0; i < n; i++) {
      const next = i + 1 < n ? text.charCodeAt(i + 1) : SEPARATOR;
      if (c !== SEPARATOR) {
        count = this.note(table.intern(c), post, count, i);
        if (next !== SEPARATOR) count = this.note(table.intern(bigram(c, next)), post, count, i);
      }
      c = next;
    }
    return count;
  }

  private note(g: number, post: number, count: number, at: number): number {
    if (g >= this.last.length) {
      const last = new Int32Array(Math.max(this.last.length * 2, g + 1)).fill(-1);
      last.set(this.last);
      this.last = last;
    }
    if (this.last[g] === post) return count;
    this.last[g] = post;
    if (count === this.grams.length) {
      const grams = new Uint32Array(count * 2);
      grams.set(this.grams);
      this.grams = grams;
      const positions = new Uint32Array(count * 2);
      positions.set(this.positions);
      this.positions = positions;
    }
    this.grams[count] = g;
    this.positions[count] = at;
    return count + 1;
  }
}
