// One shard of the search index as a file: a short JSON header (where each section lies, a CRC-32)
// and binary sections. The head (the posts as columns, see post-columns.ts, the postings' gram
// tables, where each text lies, and a CRC-32 of every block of what follows) is read whole and
// checked by one CRC; the data (posting lists and bitsets, the texts in search form as UTF-16LE with
// what restores the originals, and last where each post first has each gram) is checked block by
// block, so the quick search can read and check only the slices a query needs. A file of another
// version, truncated or damaged is refused with an error, never half read.
import { readSync } from "node:fs";
import { open } from "node:fs/promises";
import { crc32 } from "node:zlib";
import type { NormalizedParts, PostingsSnapshot, SearchIndexSnapshot } from "../../common/search/index.js";
import { SHARD_FORMAT_VERSION } from "./constants.js";
import { encodePostColumns, POST_SECTIONS, PostColumns } from "./post-columns.js";

const MAGIC = 0x49535a54; // "TZSI" read as a little-endian u32
const PREFIX = 16; // magic, version, header length, header CRC
const ALIGN = 8;
/** Bytes of data under one CRC-32 of the "blocks" section: what a quick search reads at least to check a slice. */
export const BLOCK = 4096;
/** Per post in the "restore" section: flips offset and length, exceptions offset and length, exception text offset and length, original length. */
const RESTORE_FIELDS = 7;

/** The head: read whole, under one CRC. "order" is the gram numbers sorted by gram (a binary search finds a gram). */
const HEAD_SECTIONS = [...POST_SECTIONS, "grams", "counts", "offsets", "dense", "order", "textIndex", "blocks"] as const;
/** The data, checked block by block; the first positions last, from a block boundary (loading the index reads all before them). */
const DATA_SECTIONS = ["lists", "bits", "restore", "flips", "exceptions", "exceptionText", "text", "positions"] as const;
/** Section names. */
export type SectionName = (typeof HEAD_SECTIONS)[number] | (typeof DATA_SECTIONS)[number];
const ALL_SECTIONS: readonly SectionName[] = [...HEAD_SECTIONS, ...DATA_SECTIONS];
/** How much of a file is read first: the prefix and the header. */
const FIRST_READ = 1 << 14;

/** The JSON header of a shard file. */
export interface ShardHeader {
  version: number;
  /** Posts in the shard. */
  count: number;
  /** Byte offset and length of each section in the file. */
  sections: Record<SectionName, [number, number]>;
  /** CRC-32 of the head span. */
  crc: number;
}

type Typed = Uint8Array | Uint16Array | Uint32Array | Float64Array;

const align = (n: number, to = ALIGN): number => Math.ceil(n / to) * to;

/** Lays `names` out one after another from `at` (each aligned) into `out`; returns where the last ends, aligned. */
function lay(
  names: readonly SectionName[],
  bytes: (name: SectionName) => number,
  at: number,
  out: Record<SectionName, [number, number]>,
): number {
  for (const name of names) {
    const len = bytes(name);
    out[name] = [at, len];
    at = align(at + len);
  }
  return at;
}

/** A shard file's bytes for `snapshot`, with the first positions of its grams (see Postings#firstPositions). */
export function encodeShard(snapshot: SearchIndexSnapshot, positions: Uint16Array): Buffer {
  const p = snapshot.postings;
  const n = snapshot.posts.length;
  const textIndex = new Uint32Array(n * 2);
  const restore = new Uint32Array(n * RESTORE_FIELDS);
  let textUnits = 0;
  let flipBytes = 0;
  let exceptionWords = 0;
  let exceptionUnits = 0;
  snapshot.texts.forEach((t, i) => {
    const r = snapshot.restore[i] as NormalizedParts;
    textIndex.set([textUnits, t.length], i * 2);
    const row = [flipBytes, r.flips?.length ?? 0, exceptionWords, r.exceptions?.length ?? 0, exceptionUnits, r.exceptionText.length];
    restore.set([...row, r.originalLength], i * RESTORE_FIELDS);
    textUnits += t.length;
    flipBytes += r.flips?.length ?? 0;
    exceptionWords += r.exceptions?.length ?? 0;
    exceptionUnits += r.exceptionText.length;
  });
  const flips = new Uint8Array(flipBytes);
  const exceptions = new Uint32Array(exceptionWords);
  snapshot.restore.forEach((r, i) => {
    if (r.flips) flips.set(r.flips, restore[i * RESTORE_FIELDS] as number);
    if (r.exceptions) exceptions.set(r.exceptions, restore[i * RESTORE_FIELDS + 2] as number);
  });
  const order = Uint32Array.from(p.grams.keys()).sort((a, b) => (p.grams[a] as number) - (p.grams[b] as number));
  const arrays: Partial<Record<SectionName, Typed | number>> = {
    ...encodePostColumns(snapshot.posts),
    grams: p.grams,
    counts: p.counts,
    offsets: p.offsets,
    dense: p.dense,
    order,
    textIndex,
    lists: p.lists,
    bits: p.bits,
    restore,
    flips,
    exceptions,
    exceptionText: exceptionUnits * 2,
    text: textUnits * 2,
    positions,
  };
  const byteLength = (name: SectionName): number => {
    const a = arrays[name] as Typed | number;
    return typeof a === "number" ? a : a.byteLength;
  };
  // The data first, from 0 (the positions from a block boundary), then the head with room for one CRC a block.
  const data = {} as Record<SectionName, [number, number]>;
  const beforePositions = lay(DATA_SECTIONS.slice(0, -1), byteLength, 0, data);
  const dataBytes = lay(["positions"], byteLength, align(beforePositions, BLOCK), data);
  arrays.blocks = Math.ceil(dataBytes / BLOCK) * 4;
  const headRel = {} as Record<SectionName, [number, number]>;
  const headBytes = lay(HEAD_SECTIONS, byteLength, 0, headRel);
  // Offsets are known once the header's length is; the header is padded so that any change in its digits still fits.
  const draft = (base: number, crc: number): string => {
    const sections = {} as Record<SectionName, [number, number]>;
    for (const name of HEAD_SECTIONS) sections[name] = [base + (headRel[name] as [number, number])[0], byteLength(name)];
    for (const name of DATA_SECTIONS) sections[name] = [base + headBytes + (data[name] as [number, number])[0], byteLength(name)];
    return JSON.stringify({ version: SHARD_FORMAT_VERSION, count: n, sections, crc } satisfies ShardHeader);
  };
  let base = align(PREFIX + Buffer.byteLength(draft(0, 0xffffffff)));
  base = align(PREFIX + Buffer.byteLength(draft(base + 0x10000000, 0xffffffff)));
  const out = Buffer.alloc(base + headBytes + dataBytes);
  const inHead = new Set<SectionName>(HEAD_SECTIONS);
  const at = (name: SectionName): number => (inHead.has(name) ? base + headRel[name][0] : base + headBytes + data[name][0]);
  for (const name of ALL_SECTIONS) {
    const a = arrays[name];
    if (typeof a === "object") out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at(name));
  }
  let units = 0;
  for (const t of snapshot.texts) units += out.write(t, at("text") + units * 2, "utf16le") / 2;
  let exUnits = 0;
  for (const r of snapshot.restore) exUnits += out.write(r.exceptionText, at("exceptionText") + exUnits * 2, "utf16le") / 2;
  const dataStart = base + headBytes;
  for (let b = 0; b * BLOCK < dataBytes; b++)
    out.writeUInt32LE(crc32(out.subarray(dataStart + b * BLOCK, dataStart + Math.min(dataBytes, (b + 1) * BLOCK))), at("blocks") + b * 4);
  const headEnd = headRel.blocks[0] + byteLength("blocks");
  const header = Buffer.from(draft(base, crc32(out.subarray(base, base + headEnd))));
  if (PREFIX + header.length > base) throw new Error("shard header grew past its room");
  out.writeUInt32LE(MAGIC, 0);
  out.writeUInt32LE(SHARD_FORMAT_VERSION, 4);
  out.writeUInt32LE(header.length, 8);
  out.writeUInt32LE(crc32(header), 12);
  header.copy(out, PREFIX);
  out.fill(0x20, PREFIX + header.length, base);
  return out;
}

/** The header's length from a shard file's first PREFIX bytes; throws for another format. */
function headerLength(prefix: Buffer): number {
  if (prefix.length < PREFIX || prefix.readUInt32LE(0) !== MAGIC) throw new Error("not a search index shard");
  if (prefix.readUInt32LE(4) !== SHARD_FORMAT_VERSION) throw new Error("a search index shard of another version");
  return prefix.readUInt32LE(8);
}

/** The header of a shard file from its first bytes (at least PREFIX + headerLength); throws when damaged. */
function readHeader(start: Buffer, fileSize: number): ShardHeader {
  const length = headerLength(start);
  const bytes = start.subarray(PREFIX, PREFIX + length);
  if (bytes.length !== length || crc32(bytes) !== start.readUInt32LE(12)) throw new Error("damaged search index shard header");
  const h = JSON.parse(bytes.toString("utf8")) as ShardHeader;
  if (h.version !== SHARD_FORMAT_VERSION || !Number.isSafeInteger(h.count) || typeof h.sections !== "object" || h.sections === null)
    throw new Error("bad search index shard header");
  let end = 0;
  for (const name of ALL_SECTIONS) {
    const s = h.sections[name];
    const ok =
      Array.isArray(s) && Number.isSafeInteger(s[0]) && Number.isSafeInteger(s[1]) && s[0] >= end && s[1] >= 0 && s[0] % ALIGN === 0;
    if (!ok || s[0] + s[1] > fileSize) throw new Error("search index shard section out of bounds (truncated?)");
    end = s[0] + s[1];
  }
  if ((h.sections.positions[0] - h.sections.lists[0]) % BLOCK !== 0) throw new Error("bad search index shard layout");
  return h;
}

/** [offset, length] of the span from the first to the last of `names`. */
const span = (h: ShardHeader, names: readonly SectionName[]): [number, number] => {
  const first = h.sections[names[0] as SectionName];
  const last = h.sections[names[names.length - 1] as SectionName];
  return [first[0], last[0] + last[1] - first[0]];
};

/** Where the head lies: [offset, length]. */
export const headSpan = (h: ShardHeader): [number, number] => span(h, HEAD_SECTIONS);

/** The bytes of section `name`, found in `bytes` (which start at file offset `base`); a view when aligned for `elementBytes`, else a copy. */
export function sectionBytes(bytes: Uint8Array, base: number, h: ShardHeader, name: SectionName, elementBytes: number): Uint8Array {
  const [off, len] = h.sections[name];
  if (len % elementBytes !== 0) throw new Error(`search index shard: section ${name} has a bad length`);
  const view = bytes.subarray(off - base, off - base + len);
  if (view.length !== len) throw new Error(`search index shard: section ${name} not read`);
  return (bytes.byteOffset + off - base) % elementBytes === 0 ? view : new Uint8Array(view);
}

/** A copy of section `name` (found in `bytes`, which start at file offset `base`) as a typed array. */
function section<T extends Typed>(
  bytes: Uint8Array,
  base: number,
  h: ShardHeader,
  name: SectionName,
  Ctor: { new (b: ArrayBuffer): T; BYTES_PER_ELEMENT: number },
): T {
  return new Ctor(new Uint8Array(sectionBytes(bytes, base, h, name, Ctor.BYTES_PER_ELEMENT)).buffer);
}

/** The head of a shard (`head`: its bytes, see headSpan), checked against its CRC: the posts, and the block CRCs of the data. */
export function readHead(h: ShardHeader, head: Uint8Array): { posts: PostColumns; blocks: Uint32Array } {
  const [base, length] = headSpan(h);
  if (head.length !== length || crc32(head) !== h.crc) throw new Error("damaged search index shard head");
  const posts = new PostColumns(h.count, (name, size) => sectionBytes(head, base, h, name, size));
  const b = sectionBytes(head, base, h, "blocks", 4);
  const blocks = new Uint32Array(b.buffer, b.byteOffset, b.byteLength / 4);
  if (blocks.length !== Math.ceil((h.sections.positions[0] + h.sections.positions[1] - h.sections.lists[0]) / BLOCK))
    throw new Error("search index shard: block checks of another length");
  return { posts, blocks };
}

/** The postings' arrays and the text index from the head (see readHead), copied. */
export function headArrays(h: ShardHeader, head: Uint8Array): { postings: PostingsSnapshot; order: Uint32Array; textIndex: Uint32Array } {
  const [base] = headSpan(h);
  const postings: PostingsSnapshot = {
    posts: h.count,
    grams: section(head, base, h, "grams", Uint32Array),
    counts: section(head, base, h, "counts", Uint32Array),
    offsets: section(head, base, h, "offsets", Uint32Array),
    dense: section(head, base, h, "dense", Uint8Array),
    lists: new Uint32Array(0),
    bits: new Uint32Array(0),
  };
  const order = section(head, base, h, "order", Uint32Array);
  const textIndex = section(head, base, h, "textIndex", Uint32Array);
  if (textIndex.length !== h.count * 2 || order.length !== postings.grams.length)
    throw new Error("search index shard: head arrays of another length");
  return { postings, order, textIndex };
}

/** Throws unless the data bytes `bytes` (from file offset `from`, a block boundary of the data) match `blocks`. */
export function checkBlocks(h: ShardHeader, blocks: Uint32Array, from: number, bytes: Uint8Array): void {
  const dataStart = h.sections.lists[0];
  const end = h.sections.positions[0] + h.sections.positions[1];
  if ((from - dataStart) % BLOCK !== 0) throw new Error("search index shard: a check not from a block boundary");
  for (let at = 0; at < bytes.length; at += BLOCK) {
    const b = (from - dataStart + at) / BLOCK;
    const len = Math.min(BLOCK, end - from - at);
    if (at + len > bytes.length || crc32(bytes.subarray(at, at + len)) !== blocks[b]) throw new Error("damaged search index shard data");
  }
}

/** The header of the shard file open as `fd` (of `size` bytes), read synchronously (the quick search); throws when it is not one. */
export function readStartSync(fd: number, size: number): ShardHeader {
  const first = (length: number): Buffer => {
    const b = Buffer.alloc(length);
    if (readSync(fd, b, 0, length, 0) !== length) throw new Error("search index shard: truncated");
    return b;
  };
  let start = first(Math.min(size, FIRST_READ));
  const need = PREFIX + headerLength(start);
  if (need > start.length) start = first(Math.min(size, need));
  return readHeader(start, size);
}

/** Reads shard files into one buffer, grown as needed and reused (the snapshots keep no part of it). */
export class ShardReader {
  private buffer = Buffer.allocUnsafeSlow(0);

  /** The snapshot saved in the shard file `file` (its first positions not read); throws when it is of another version, truncated or damaged. */
  async load(file: string): Promise<SearchIndexSnapshot> {
    const handle = await open(file, "r");
    try {
      const size = (await handle.stat()).size;
      const start = Buffer.alloc(Math.min(size, FIRST_READ));
      await handle.read(start, 0, start.length, 0);
      const need = PREFIX + headerLength(start);
      const length = Math.min(size, Math.max(need, FIRST_READ));
      const header = readHeader(need > start.length ? await readAt(handle, Buffer.alloc(length), 0) : start, size);
      const upTo = header.sections.positions[0];
      if (this.buffer.length < upTo) this.buffer = Buffer.allocUnsafeSlow(upTo);
      return decodeShard(header, await readAt(handle, this.buffer.subarray(0, upTo), 0));
    } finally {
      await handle.close();
    }
  }
}

async function readAt(handle: Awaited<ReturnType<typeof open>>, into: Buffer, position: number): Promise<Buffer> {
  const { bytesRead } = await handle.read(into, 0, into.length, position);
  if (bytesRead !== into.length) throw new Error("search index shard: truncated");
  return into;
}

/** The snapshot in a shard file's bytes (from its start to at least its first positions); throws when damaged. */
function decodeShard(h: ShardHeader, file: Buffer): SearchIndexSnapshot {
  const [headOff, headLen] = headSpan(h);
  const { posts, blocks } = readHead(h, file.subarray(headOff, headOff + headLen));
  const { postings, textIndex } = headArrays(h, file.subarray(headOff, headOff + headLen));
  const dataStart = h.sections.lists[0];
  checkBlocks(h, blocks, dataStart, file.subarray(dataStart, h.sections.positions[0]));
  postings.lists = section(file, 0, h, "lists", Uint32Array);
  postings.bits = section(file, 0, h, "bits", Uint32Array);
  const n = h.count;
  const restore = section(file, 0, h, "restore", Uint32Array);
  const flips = section(file, 0, h, "flips", Uint8Array);
  const exceptions = section(file, 0, h, "exceptions", Uint32Array);
  if (restore.length !== n * RESTORE_FIELDS) throw new Error("search index shard: restore data of another length");
  const [textOff, textLen] = h.sections.text;
  const [exOff, exLen] = h.sections.exceptionText;
  const utf16 = (off: number, limit: number, from: number, units: number): string => {
    if ((from + units) * 2 > limit) throw new Error("search index shard: text out of bounds");
    return file.toString("utf16le", off + from * 2, off + (from + units) * 2);
  };
  const texts: string[] = [];
  const parts: NormalizedParts[] = [];
  const at = (i: number, field: number): number => restore[i * RESTORE_FIELDS + field] as number;
  for (let i = 0; i < n; i++) {
    texts.push(utf16(textOff, textLen, textIndex[i * 2] as number, textIndex[i * 2 + 1] as number));
    const [fo, fl, eo, el] = [at(i, 0), at(i, 1), at(i, 2), at(i, 3)];
    if (fo + fl > flips.length || eo + el > exceptions.length || el % 4 !== 0)
      throw new Error("search index shard: restore data out of bounds");
    parts.push({
      originalLength: at(i, 6),
      flips: fl ? flips.subarray(fo, fo + fl) : null,
      exceptions: el ? exceptions.subarray(eo, eo + el) : null,
      exceptionText: utf16(exOff, exLen, at(i, 4), at(i, 5)),
    });
  }
  return { posts: posts.all(), texts, restore: parts, postings };
}
