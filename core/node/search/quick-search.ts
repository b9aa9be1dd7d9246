// Searching a journal straight from its saved index, for the `search` command: no post is read
// when the index is current. Every post file is stat'ed and must be the one the index holds (same
// paths, mtimes and sizes), else the caller falls back to opening the journal (which refreshes
// the index). Of each shard only the postings are read whole; a term of three units or more is
// confirmed by where each post first has its pairs of units (consecutive first positions prove the
// term is there); for the posts this leaves open, they also bound where the term can first be,
// and the text is read from there (the term's length first, which most often settles it).
import { closeSync, openSync, readSync, statSync } from "node:fs";
import path from "node:path";
import { compareKeys, orderKeys } from "../../common/post/order.js";
import {
  bigram,
  matchFieldsOf,
  matchPosts,
  NO_POSITION,
  parseQuery,
  type MatchFields,
  type Postings,
  type QueryError,
  type SnapshotPost,
} from "../../common/search/index.js";
import { walkPosts } from "../store/walk.js";
import { realPathInside } from "../store/paths.js";
import { SEARCH_INDEX_DIR } from "./constants.js";
import { readManifest } from "./manifest.js";
import { headSpan, readHead, readStartSync, type ShardHeader } from "./shard-file.js";

/** The answer of a quick search: the posts found, newest first, or the query's errors. */
export type QuickResult = { posts: SnapshotPost[]; errors: [] } | { posts: []; errors: QueryError[] };

/** One shard file, open: its header, postings and where its texts lie. */
class DiskShard {
  private readonly positions = new Map<number, Uint16Array | null>();
  private readonly fields: (MatchFields | undefined)[] = [];

  private constructor(
    private readonly fd: number,
    readonly header: ShardHeader,
    readonly postings: Postings,
    private readonly textIndex: Uint32Array,
  ) {}

  /** Opens shard file `file`; throws when it is not a whole shard of this version. */
  static open(file: string): DiskShard {
    const fd = openSync(file, "r");
    try {
      const header = readStartSync(fd, statSync(file).size);
      const [off, len] = headSpan(header);
      const { postings, textIndex } = readHead(header, read(fd, off, len));
      return new DiskShard(fd, header, postings, textIndex);
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
    const posts = this.header.posts;
    return matchPosts(q, {
      postings: this.postings,
      count: posts.length,
      fields: (n) => (this.fields[n] ??= matchFieldsOf(posts[n] as SnapshotPost)),
      contains: (n, term) => this.contains(n, term),
    }).map((n) => posts[n] as SnapshotPost);
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
    if (read(this.fd, base, wanted.length).equals(wanted)) return true;
    return evenIndexOf(read(this.fd, base + 2, (units - from - 1) * 2), wanted) >= 0;
  }

  /** Where post `n` first has `gram` (NO_POSITION: lacks it, or at 0xffff or later), or -1 when not known. */
  private firstPosition(gram: number, n: number): number {
    let slots = this.positions.get(gram);
    const range = this.postings.slotsOf(gram);
    if (slots === undefined) {
      slots = range ? this.readPositions(range.from, range.to) : null;
      this.positions.set(gram, slots);
    }
    if (!slots || !range) return -1;
    const at = range.dense ? n : this.postings.listIndexOf(gram, n);
    return at < 0 || at >= slots.length ? -1 : (slots[at] as number);
  }

  private readPositions(from: number, to: number): Uint16Array | null {
    const [off, len] = this.header.sections.positions;
    if (to * 2 > len) return null;
    const bytes = read(this.fd, off + from * 2, (to - from) * 2);
    return new Uint16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
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

function read(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, buffer, done, length - done, position + done);
    if (n === 0) throw new Error("search index shard: truncated");
    done += n;
  }
  return buffer;
}

/** True when every post file of the journal is one `posts` holds, unchanged (path, mtime, size), and there are no others. */
async function current(dir: string, posts: ReadonlyMap<string, SnapshotPost>): Promise<boolean> {
  const files = await walkPosts(dir);
  if (files.length !== posts.size) return false;
  // Journal paths are "/"-separated: on POSIX a plain concatenation (path.join costs a fifth of the stats).
  const join = path.sep === "/" ? (rel: string): string => `${dir}/${rel}` : (rel: string): string => path.join(dir, ...rel.split("/"));
  for (const rel of files) {
    const post = posts.get(rel);
    const st = post ? statSync(join(rel), { throwIfNoEntry: false }) : undefined;
    if (!post || !st || st.mtimeMs !== post.mtimeMs || st.size !== post.size) return false;
  }
  return true;
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
    const posts = new Map<string, SnapshotPost>();
    for (const shard of shards) for (const p of shard.header.posts) posts.set(p.path, p);
    if (!(await current(dir, posts))) return null;
    const q = parseQuery(query);
    if (q.errors.length > 0) return { posts: [], errors: q.errors };
    const found = shards
      .flatMap((s) => s.match(q))
      .map((p) => ({ p, k: orderKeys({ path: p.path, title: p.title, date: p.date, updated: null, mtimeMs: p.mtimeMs ?? 0 }) }));
    const newest = compareKeys("newest");
    return { posts: found.sort((a, b) => newest(a.k, b.k)).map((e) => e.p), errors: [] };
  } catch {
    return null;
  } finally {
    for (const s of shards) s.close();
  }
}
