// Searching a journal straight from its saved index, for the `search` command: no post is read
// when the index is current. Every post file is stat'ed and must be the one the index holds (same
// paths, mtimes and sizes; see fresh-files.ts), else the caller falls back to opening the journal
// (which refreshes the index). Of each shard only the head is read whole (the posts as columns,
// decoded only for what is found, and the gram tables); a gram's postings and first positions are
// read when a query asks for them, each block checked against its CRC. A term of three units or
// more is confirmed by where each post first has its pairs of units (consecutive first positions
// prove the term is there); for the posts this leaves open, they also bound where the term can
// first be, and the text is read from there (the term's length first, which most often settles it).
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import path from "node:path";
import { compareKeys, orderKeys } from "../../common/post/order.js";
import {
  bigram,
  matchFieldsOf,
  matchPosts,
  NO_POSITION,
  parseQuery,
  type MatchFields,
  type QueryError,
  type SnapshotPost,
} from "../../common/search/index.js";
import { realPathInside } from "../store/paths.js";
import { SEARCH_INDEX_DIR } from "./constants.js";
import { provesCurrent, type SavedFile } from "./fresh-files.js";
import { readManifest } from "./manifest.js";
import type { PostColumns } from "./post-columns.js";
import { BLOCK, checkBlocks, headSpan, readHead, readStartSync, sectionBytes, type SectionName, type ShardHeader } from "./shard-file.js";
import { SlicedPostings } from "./sliced-postings.js";

/** The answer of a quick search: the posts found, newest first, or the query's errors. */
export type QuickResult = { posts: SnapshotPost[]; errors: [] } | { posts: []; errors: QueryError[] };

/** What the match is given for each post when the query has no qualifier (tag:, before:, after:, is:draft). */
const NO_QUALIFIERS: MatchFields = { draft: false, day: null, tagKeys: [] };

/** One shard file, open: its posts, its gram tables, and the rest read (and checked) a slice at a time. */
class DiskShard {
  /** Per gram: its first positions (null: none kept) and whether they are one per post (dense) or per list entry; read once. */
  private readonly positions = new Map<number, { slots: Uint16Array | null; dense: boolean }>();
  private readonly fields: (MatchFields | undefined)[] = [];
  private readonly checked: Uint8Array;
  readonly postings: SlicedPostings;

  private constructor(
    private readonly fd: number,
    private readonly header: ShardHeader,
    readonly posts: PostColumns,
    private readonly blocks: Uint32Array,
    private readonly textIndex: Uint32Array,
    head: Uint8Array,
  ) {
    this.checked = new Uint8Array(blocks.length);
    const [base] = headSpan(header);
    const view = <T>(name: SectionName, Ctor: { new (b: ArrayBufferLike, o: number, l: number): T; BYTES_PER_ELEMENT: number }): T => {
      const b = sectionBytes(head, base, header, name, Ctor.BYTES_PER_ELEMENT);
      return new Ctor(b.buffer, b.byteOffset, b.byteLength / Ctor.BYTES_PER_ELEMENT);
    };
    const s = header.sections;
    this.postings = new SlicedPostings(
      {
        posts: header.count,
        grams: view("grams", Uint32Array),
        counts: view("counts", Uint32Array),
        offsets: view("offsets", Uint32Array),
        dense: view("dense", Uint8Array),
        order: view("order", Uint32Array),
        listWords: s.lists[1] / 4,
        bitsWords: s.bits[1] / 4,
      },
      (name, from, count) => {
        const b = this.readChecked(s[name][0] + from * 4, count * 4);
        return new Uint32Array(b.buffer, b.byteOffset, count);
      },
    );
  }

  /** Opens shard file `file`; throws when it is not a whole shard of this version. */
  static open(file: string): DiskShard {
    const fd = openSync(file, "r");
    try {
      const header = readStartSync(fd, fstatSync(fd).size);
      const [off, len] = headSpan(header);
      const head = read(fd, off, len);
      const { posts, blocks } = readHead(header, head);
      const t = sectionBytes(head, off, header, "textIndex", 4);
      const textIndex = new Uint32Array(t.buffer, t.byteOffset, t.byteLength / 4);
      if (textIndex.length !== header.count * 2) throw new Error("search index shard: text index of another length");
      return new DiskShard(fd, header, posts, blocks, textIndex, head);
    } catch (e) {
      closeSync(fd);
      throw e;
    }
  }

  close(): void {
    closeSync(this.fd);
  }

  /** The posts of this shard matching the valid query `q`. */
  match(q: ReturnType<typeof parseQuery>): SnapshotPost[] {
    // Without qualifiers no post's front matter is looked at, so none is decoded but those found.
    const qualified = q.draft || q.after !== null || q.before !== null || q.tags.length > 0;
    return matchPosts(q, {
      postings: this.postings,
      count: this.header.count,
      fields: qualified ? (n) => (this.fields[n] ??= matchFieldsOf(this.posts.post(n))) : () => NO_QUALIFIERS,
      contains: (n, term) => this.contains(n, term),
    }).map((n) => this.posts.post(n));
  }

  /** `len` bytes of the data from file offset `off`, their blocks checked against their CRCs (each block once). */
  private readChecked(off: number, len: number): Buffer {
    const dataStart = this.header.sections.lists[0];
    const end = this.header.sections.positions[0] + this.header.sections.positions[1];
    if (off < dataStart || off + len > end) throw new Error("search index shard: a read out of bounds");
    if (len === 0) return Buffer.alloc(0);
    const b0 = Math.floor((off - dataStart) / BLOCK);
    const b1 = Math.ceil((off + len - dataStart) / BLOCK);
    const from = dataStart + b0 * BLOCK;
    const bytes = read(this.fd, from, Math.min(end, dataStart + b1 * BLOCK) - from);
    for (let b = b0; b < b1; b++) {
      if (this.checked[b]) continue;
      checkBlocks(this.header, this.blocks, dataStart + b * BLOCK, bytes.subarray((b - b0) * BLOCK, (b - b0 + 1) * BLOCK));
      this.checked[b] = 1;
    }
    return bytes.subarray(off - from, off - from + len);
  }
  /**
   * True when post `n`'s text contains `term`. The first positions of the term's pairs of units
   * bound where it can first be: at or after (first position of pair i) − i for every pair. When
   * they are consecutive the term is there, with nothing read; else the text is read from that
   * bound on, the term's length first (most often the term is right there), the rest only if not.
   */
  private contains(n: number, term: string): boolean {
    let from = 0;
    let consecutive = true;
    let first = -1;
    for (let i = 0; i + 1 < term.length; i++) {
      const at = this.firstPosition(bigram(term.charCodeAt(i), term.charCodeAt(i + 1)), n);
      if (i === 0) first = at;
      if (at < 0 || at === NO_POSITION || at !== first + i) consecutive = false;
      // NO_POSITION: the post lacks the pair or first has it at 0xffff or later.
      if (at >= 0) from = Math.max(from, at - i);
    }
    if (consecutive && first >= 0 && first !== NO_POSITION) return true;
    const [off, len] = this.header.sections.text;
    const start = (this.textIndex[n * 2] as number) * 2;
    const units = this.textIndex[n * 2 + 1] as number;
    if (start + units * 2 > len) throw new Error("search index shard: text out of bounds");
    if (from + term.length > units) return false;
    const wanted = utf16(term);
    const base = off + start + from * 2;
    // The text is read where the term can be, not whole blocks: its blocks are checked when the index loads in the app.
    if (read(this.fd, base, wanted.length, scratch).equals(wanted)) return true;
    return evenIndexOf(read(this.fd, base + 2, (units - from - 1) * 2, scratch), wanted) >= 0;
  }

  /** Where post `n` first has `gram` (NO_POSITION: lacks it, or at 0xffff or later), or -1 when not known. */
  private firstPosition(gram: number, n: number): number {
    let known = this.positions.get(gram);
    if (known === undefined) {
      const range = this.postings.slotsOf(gram);
      known = { slots: range ? this.readPositions(range.from, range.to) : null, dense: range?.dense ?? false };
      this.positions.set(gram, known);
    }
    const { slots, dense } = known;
    if (!slots) return -1;
    const at = dense ? n : this.postings.listIndexOf(gram, n);
    return at < 0 || at >= slots.length ? -1 : (slots[at] as number);
  }

  private readPositions(from: number, to: number): Uint16Array | null {
    const [off, len] = this.header.sections.positions;
    if (to * 2 > len) return null;
    const bytes = this.readChecked(off + from * 2, (to - from) * 2);
    return new Uint16Array(bytes.buffer, bytes.byteOffset, to - from);
  }
}

const encoded = new Map<string, Buffer>();
/** `term` as UTF-16LE bytes, made once per term. */
function utf16(term: string): Buffer {
  let bytes = encoded.get(term);
  if (!bytes) encoded.set(term, (bytes = Buffer.from(term, "utf16le")));
  return bytes;
}

/** Where `wanted` starts at an even byte offset of `bytes` (a whole UTF-16 unit), or -1. */
function evenIndexOf(bytes: Buffer, wanted: Buffer): number {
  for (let at = bytes.indexOf(wanted); at >= 0; at = bytes.indexOf(wanted, at + 1)) if (at % 2 === 0) return at;
  return -1;
}

/** A buffer for reads whose bytes are used at once and not kept. */
const scratch = { buffer: Buffer.allocUnsafeSlow(1 << 16) };

/** `length` bytes of `fd` from `position`: in a new buffer, or in `reuse`'s (grown as needed) when given. */
function read(fd: number, position: number, length: number, reuse?: { buffer: Buffer }): Buffer {
  if (reuse && reuse.buffer.length < length) reuse.buffer = Buffer.allocUnsafeSlow(length);
  const buffer = reuse ? reuse.buffer.subarray(0, length) : Buffer.allocUnsafeSlow(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, buffer, done, length - done, position + done);
    if (n === 0) throw new Error("search index shard: truncated");
    done += n;
  }
  return buffer;
}

/** What the shards say of each post file: its mtime and size as saved, by journal path. */
function savedFiles(shards: readonly DiskShard[]): Map<string, SavedFile> {
  const saved = new Map<string, SavedFile>();
  for (const { posts } of shards) posts.paths().forEach((p, n) => saved.set(p, { mtimeMs: posts.mtimeMs(n), size: posts.size(n) }));
  return saved;
}

/**
 * The posts of the journal in `dir` (absolute) matching `query`, newest first, as the app's
 * search finds them, from the saved index alone; null when there is none, or it is damaged,
 * of another version or not current (then open the journal and search it).
 */
export async function quickSearch(dir: string, query: string): Promise<QuickResult | null> {
  const folder = await realPathInside(dir, SEARCH_INDEX_DIR).catch(() => null);
  const manifest = folder ? await readManifest(folder) : null;
  if (!folder || !manifest) return null;
  const shards: DiskShard[] = [];
  try {
    for (const file of manifest.shards) shards.push(DiskShard.open(path.join(folder, file)));
    // The files are listed and stat'ed in the thread pool while the shards are matched.
    const proof = provesCurrent(dir, savedFiles(shards)).catch(() => false);
    const q = parseQuery(query);
    const matched = q.errors.length > 0 ? [] : shards.flatMap((s) => s.match(q));
    if (!(await proof)) return null;
    if (q.errors.length > 0) return { posts: [], errors: q.errors };
    const found = matched.map((p) => ({
      p,
      k: orderKeys({ path: p.path, title: p.title, date: p.date, updated: null, mtimeMs: p.mtimeMs ?? 0 }),
    }));
    const newest = compareKeys("newest");
    return { posts: found.sort((a, b) => newest(a.k, b.k)).map((e) => e.p), errors: [] };
  } catch {
    return null;
  } finally {
    for (const s of shards) s.close();
  }
}
