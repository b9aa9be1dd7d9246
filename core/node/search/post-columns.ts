// The posts of a search index shard as binary columns (paths, titles, dates, hashes and tag names as
// UTF-8 with end offsets, tags as numbers into a table, mtimes and sizes as float64, flags): read
// with one read and no JSON parse, and each post decoded only when it is asked for (the quick
// search decodes the paths to prove the index current, and whole posts only for what it found).
import { isAscii } from "node:buffer";
import type { SnapshotPost } from "../../common/search/index.js";

/** The sections the posts take, in file order. */
export const POST_SECTIONS = [
  "pathBytes",
  "pathEnds",
  "titleBytes",
  "titleEnds",
  "dateBytes",
  "dateEnds",
  "hashBytes",
  "hashEnds",
  "tagBytes",
  "tagEnds",
  "tagStarts",
  "tagIds",
  "mtimes",
  "sizes",
  "flags",
] as const;
type PostSection = (typeof POST_SECTIONS)[number];

/** The columns' arrays, by section. */
export type PostColumnArrays = Record<PostSection, Uint8Array | Uint32Array | Float64Array>;

const DRAFT = 1;
const HAS_DATE = 2;
const HAS_MTIME = 4;
const HAS_HASH = 8;
const HAS_SIZE = 16;

/** Strings as UTF-8 bytes and the end offset of each. */
function stringColumn(values: readonly string[]): { bytes: Uint8Array; ends: Uint32Array } {
  const ends = new Uint32Array(values.length);
  const chunks = values.map((v) => Buffer.from(v, "utf8"));
  let at = 0;
  chunks.forEach((c, i) => (ends[i] = at += c.length));
  return { bytes: Buffer.concat(chunks, at), ends };
}

/** The arrays of `posts`' columns. */
export function encodePostColumns(posts: readonly SnapshotPost[]): PostColumnArrays {
  const n = posts.length;
  const tagNumbers = new Map<string, number>();
  const tagStarts = new Uint32Array(n + 1);
  const tagIds: number[] = [];
  const mtimes = new Float64Array(n);
  const sizes = new Float64Array(n);
  const flags = new Uint8Array(n);
  posts.forEach((p, i) => {
    for (const t of p.tags) {
      let id = tagNumbers.get(t);
      if (id === undefined) tagNumbers.set(t, (id = tagNumbers.size));
      tagIds.push(id);
    }
    tagStarts[i + 1] = tagIds.length;
    mtimes[i] = p.mtimeMs ?? 0;
    sizes[i] = p.size ?? 0;
    flags[i] =
      (p.draft ? DRAFT : 0) |
      (p.date !== null ? HAS_DATE : 0) |
      (p.mtimeMs !== undefined ? HAS_MTIME : 0) |
      (p.hash !== undefined ? HAS_HASH : 0) |
      (p.size !== undefined ? HAS_SIZE : 0);
  });
  const paths = stringColumn(posts.map((p) => p.path));
  const titles = stringColumn(posts.map((p) => p.title));
  const dates = stringColumn(posts.map((p) => p.date ?? ""));
  const hashes = stringColumn(posts.map((p) => p.hash ?? ""));
  const tags = stringColumn([...tagNumbers.keys()]);
  return {
    pathBytes: paths.bytes,
    pathEnds: paths.ends,
    titleBytes: titles.bytes,
    titleEnds: titles.ends,
    dateBytes: dates.bytes,
    dateEnds: dates.ends,
    hashBytes: hashes.bytes,
    hashEnds: hashes.ends,
    tagBytes: tags.bytes,
    tagEnds: tags.ends,
    tagStarts,
    tagIds: Uint32Array.from(tagIds),
    mtimes,
    sizes,
    flags,
  };
}

/** A view of `length` bytes of `bytes` from `offset` as a typed array (copied when not aligned). */
type Slice = (name: PostSection, elementBytes: number) => Uint8Array;

/** The posts of a shard, decoded one at a time from their columns. */
export class PostColumns {
  private readonly pathBytes: Buffer;
  private readonly pathEnds: Uint32Array;
  private readonly titleBytes: Buffer;
  private readonly titleEnds: Uint32Array;
  private readonly dateBytes: Buffer;
  private readonly dateEnds: Uint32Array;
  private readonly hashBytes: Buffer;
  private readonly hashEnds: Uint32Array;
  private readonly tagStarts: Uint32Array;
  private readonly tagIds: Uint32Array;
  private readonly tagNames: string[];
  private readonly mtimes: Float64Array;
  private readonly sizes: Float64Array;
  private readonly flags: Uint8Array;
  private readonly decoded: (SnapshotPost | undefined)[] = [];

  /** The columns of `count` posts, each section's bytes given by `slice`; throws when they do not fit together. */
  constructor(
    readonly count: number,
    slice: Slice,
  ) {
    const bytes = (name: PostSection): Buffer => {
      const b = slice(name, 1);
      return Buffer.from(b.buffer, b.byteOffset, b.byteLength);
    };
    const u32 = (name: PostSection): Uint32Array => {
      const b = slice(name, 4);
      return new Uint32Array(b.buffer, b.byteOffset, b.byteLength / 4);
    };
    const f64 = (name: PostSection): Float64Array => {
      const b = slice(name, 8);
      return new Float64Array(b.buffer, b.byteOffset, b.byteLength / 8);
    };
    this.pathBytes = bytes("pathBytes");
    this.pathEnds = u32("pathEnds");
    this.titleBytes = bytes("titleBytes");
    this.titleEnds = u32("titleEnds");
    this.dateBytes = bytes("dateBytes");
    this.dateEnds = u32("dateEnds");
    this.hashBytes = bytes("hashBytes");
    this.hashEnds = u32("hashEnds");
    this.tagStarts = u32("tagStarts");
    this.tagIds = u32("tagIds");
    this.mtimes = f64("mtimes");
    this.sizes = f64("sizes");
    this.flags = slice("flags", 1);
    const tagBytes = bytes("tagBytes");
    const tagEnds = u32("tagEnds");
    this.tagNames = Array.from(tagEnds, (end, i) => tagBytes.toString("utf8", i === 0 ? 0 : (tagEnds[i - 1] as number), end));
    const fits = (ends: Uint32Array, b: Buffer): boolean => ends.length === count && (count === 0 || ends[count - 1] === b.length);
    if (
      !fits(this.pathEnds, this.pathBytes) ||
      !fits(this.titleEnds, this.titleBytes) ||
      !fits(this.dateEnds, this.dateBytes) ||
      !fits(this.hashEnds, this.hashBytes) ||
      (tagEnds.length > 0 && tagEnds[tagEnds.length - 1] !== tagBytes.length) ||
      this.tagStarts.length !== count + 1 ||
      this.tagStarts[count] !== this.tagIds.length ||
      this.mtimes.length !== count ||
      this.sizes.length !== count ||
      this.flags.length !== count ||
      this.tagIds.some((id) => id >= this.tagNames.length)
    )
      throw new Error("search index shard: post columns do not fit together");
  }

  /** The journal path of post `n`. */
  path(n: number): string {
    return str(this.pathBytes, this.pathEnds, n);
  }

  /** The journal path of every post, in order (ASCII paths, the usual ones, in one decode). */
  paths(): string[] {
    if (!isAscii(this.pathBytes)) return Array.from({ length: this.count }, (_, n) => this.path(n));
    const all = this.pathBytes.toString("latin1");
    return Array.from(this.pathEnds, (end, n) => all.slice(n === 0 ? 0 : (this.pathEnds[n - 1] as number), end));
  }

  /** The mtime and size of post `n` as saved (NaN where none was), to compare with the file's. */
  mtimeMs(n: number): number {
    return (this.flags[n] as number) & HAS_MTIME ? (this.mtimes[n] as number) : NaN;
  }

  size(n: number): number {
    return (this.flags[n] as number) & HAS_SIZE ? (this.sizes[n] as number) : NaN;
  }

  /** Post `n`, decoded once. */
  post(n: number): SnapshotPost {
    let p = this.decoded[n];
    if (p) return p;
    const f = this.flags[n] as number;
    const tags: string[] = [];
    for (let i = this.tagStarts[n] as number; i < (this.tagStarts[n + 1] as number); i++)
      tags.push(this.tagNames[this.tagIds[i] as number] as string);
    p = {
      path: this.path(n),
      title: str(this.titleBytes, this.titleEnds, n),
      tags,
      date: f & HAS_DATE ? str(this.dateBytes, this.dateEnds, n) : null,
      draft: (f & DRAFT) !== 0,
    };
    if (f & HAS_MTIME) p.mtimeMs = this.mtimes[n] as number;
    if (f & HAS_HASH) p.hash = str(this.hashBytes, this.hashEnds, n);
    if (f & HAS_SIZE) p.size = this.sizes[n] as number;
    return (this.decoded[n] = p);
  }

  /** Every post, decoded. */
  all(): SnapshotPost[] {
    return Array.from({ length: this.count }, (_, n) => this.post(n));
  }
}

function str(bytes: Buffer, ends: Uint32Array, n: number): string {
  return bytes.toString("utf8", n === 0 ? 0 : (ends[n - 1] as number), ends[n] as number);
}
