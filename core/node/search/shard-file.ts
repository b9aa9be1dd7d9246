// One shard of the search index as a file: a JSON header (the posts, where each section lies, two
// CRC-32s) and binary sections: the postings, the texts in search form as UTF-16LE with what
// restores the originals, and last where each post first has each gram (read only by the quick
// search, a slice at a time, so not under a CRC: a wrong position can at worst send a post to the
// text check). A file of another version, truncated or damaged is refused with an error, never half read.
import { readSync } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { crc32 } from "node:zlib";
import {
  Postings,
  type NormalizedParts,
  type PostingsSnapshot,
  type SearchIndexSnapshot,
  type SnapshotPost,
} from "../../common/search/index.js";
import { SHARD_FORMAT_VERSION } from "./constants.js";

const MAGIC = 0x49535a54; // "TZSI" read as a little-endian u32
const PREFIX = 16; // magic, version, header length, header CRC
const ALIGN = 8;
/** Per post in the "restore" section: flips offset and length, exceptions offset and length, exception text offset and length, original length. */
const RESTORE_FIELDS = 7;

/** Sections the quick search reads whole (one read, one CRC): the postings and where each text lies. */
const HEAD_SECTIONS = ["grams", "counts", "offsets", "dense", "lists", "bits", "textIndex"] as const;
/** The texts and what restores them (one CRC). */
const BODY_SECTIONS = ["restore", "flips", "exceptions", "exceptionText", "text"] as const;
type SectionName = (typeof HEAD_SECTIONS)[number] | (typeof BODY_SECTIONS)[number] | "positions";
const ALL_SECTIONS: readonly SectionName[] = [...HEAD_SECTIONS, ...BODY_SECTIONS, "positions"];
/** How much of a file is read first: the prefix and, most often, the whole header. */
const FIRST_READ = 1 << 18;

/** The JSON header of a shard file. */
export interface ShardHeader {
  version: number;
  posts: SnapshotPost[];
  /** Byte offset and length of each section in the file. */
  sections: Record<SectionName, [number, number]>;
  crc: { head: number; body: number };
}

type Typed = Uint8Array | Uint16Array | Uint32Array;

const align = (n: number): number => Math.ceil(n / ALIGN) * ALIGN;

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
    restore.set(
      [
        flipBytes,
        r.flips?.length ?? 0,
        exceptionWords,
        r.exceptions?.length ?? 0,
        exceptionUnits,
        r.exceptionText.length,
        r.originalLength,
      ],
      i * RESTORE_FIELDS,
    );
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
  const arrays: Record<SectionName, Typed | number> = {
    grams: p.grams,
    counts: p.counts,
    offsets: p.offsets,
    dense: p.dense,
    lists: p.lists,
    bits: p.bits,
    textIndex,
    positions,
    restore,
    flips,
    exceptions,
    exceptionText: exceptionUnits * 2,
    text: textUnits * 2,
  };
  const sections = {} as Record<SectionName, [number, number]>;
  let at = 0;
  for (const name of ALL_SECTIONS) {
    const a = arrays[name];
    const bytes = typeof a === "number" ? a : a.byteLength;
    sections[name] = [at, bytes];
    at = align(at + bytes);
  }
  const dataBytes = at;
  // Section offsets are relative until the header's length is known; the header is padded so that
  // any change in its digits still fits (it is written once, with the final numbers).
  const draft = (base: number, crc: { head: number; body: number }): string =>
    JSON.stringify({
      version: SHARD_FORMAT_VERSION,
      posts: snapshot.posts,
      sections: Object.fromEntries(Object.entries(sections).map(([k, [o, l]]) => [k, [o + base, l]])) as Record<
        SectionName,
        [number, number]
      >,
      crc,
    } satisfies ShardHeader);
  const maxCrc = { head: 0xffffffff, body: 0xffffffff };
  let base = align(PREFIX + Buffer.byteLength(draft(0, maxCrc)));
  base = align(PREFIX + Buffer.byteLength(draft(base + 0x10000000, maxCrc)));
  const out = Buffer.alloc(base + dataBytes);
  for (const name of ALL_SECTIONS) {
    const a = arrays[name];
    if (typeof a !== "number")
      out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), base + (sections[name] as [number, number])[0]);
  }
  let units = 0;
  for (const t of snapshot.texts) units += out.write(t, base + sections.text[0] + units * 2, "utf16le") / 2;
  let exUnits = 0;
  for (const r of snapshot.restore) exUnits += out.write(r.exceptionText, base + sections.exceptionText[0] + exUnits * 2, "utf16le") / 2;
  const span = (names: readonly SectionName[]): Buffer => {
    const first = sections[names[0] as SectionName];
    const last = sections[names[names.length - 1] as SectionName];
    return out.subarray(base + first[0], base + last[0] + last[1]);
  };
  const header = Buffer.from(draft(base, { head: crc32(span(HEAD_SECTIONS)), body: crc32(span(BODY_SECTIONS)) }));
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
export function headerLength(prefix: Buffer): number {
  if (prefix.length < PREFIX || prefix.readUInt32LE(0) !== MAGIC) throw new Error("not a search index shard");
  if (prefix.readUInt32LE(4) !== SHARD_FORMAT_VERSION) throw new Error("a search index shard of another version");
  return prefix.readUInt32LE(8);
}

/** The header of a shard file from its first bytes (at least PREFIX + headerLength); throws when damaged. */
export function readHeader(start: Buffer, fileSize: number): ShardHeader {
  const length = headerLength(start);
  const bytes = start.subarray(PREFIX, PREFIX + length);
  if (bytes.length !== length || crc32(bytes) !== start.readUInt32LE(12)) throw new Error("damaged search index shard header");
  const h = JSON.parse(bytes.toString("utf8")) as ShardHeader;
  if (h.version !== SHARD_FORMAT_VERSION || !Array.isArray(h.posts) || typeof h.sections !== "object" || h.sections === null)
    throw new Error("bad search index shard header");
  for (const name of ALL_SECTIONS) {
    const s = h.sections[name];
    if (
      !Array.isArray(s) ||
      !Number.isSafeInteger(s[0]) ||
      !Number.isSafeInteger(s[1]) ||
      s[0] < 0 ||
      s[1] < 0 ||
      s[0] % ALIGN !== 0 ||
      s[0] + s[1] > fileSize
    ) {
      throw new Error("search index shard section out of bounds (truncated?)");
    }
  }
  return h;
}

/** Where the sections the quick search reads whole lie: [offset, length] of their span. */
export function headSpan(h: ShardHeader): [number, number] {
  const first = h.sections[HEAD_SECTIONS[0]];
  const last = h.sections[HEAD_SECTIONS[HEAD_SECTIONS.length - 1] as SectionName];
  return [first[0], last[0] + last[1] - first[0]];
}

function bodySpan(h: ShardHeader): [number, number] {
  const first = h.sections[BODY_SECTIONS[0]];
  const last = h.sections[BODY_SECTIONS[BODY_SECTIONS.length - 1] as SectionName];
  return [first[0], last[0] + last[1] - first[0]];
}

/** A copy of section `name` (found in `bytes`, which start at file offset `base`) as a typed array. */
function section<T extends Typed>(
  bytes: Buffer,
  base: number,
  h: ShardHeader,
  name: SectionName,
  Ctor: { new (b: ArrayBuffer): T; BYTES_PER_ELEMENT: number },
): T {
  const [off, len] = h.sections[name];
  if (len % Ctor.BYTES_PER_ELEMENT !== 0) throw new Error(`search index shard: section ${name} has a bad length`);
  const copy = new Uint8Array(len);
  copy.set(bytes.subarray(off - base, off - base + len));
  return new Ctor(copy.buffer);
}

/** The arrays of the head span (`head` = its bytes, see headSpan), checked against their CRC. */
function headArrays(h: ShardHeader, head: Buffer): { snapshot: PostingsSnapshot; textIndex: Uint32Array } {
  const [base, length] = headSpan(h);
  if (head.length !== length || crc32(head) !== h.crc.head) throw new Error("damaged search index shard postings");
  const snapshot: PostingsSnapshot = {
    posts: h.posts.length,
    grams: section(head, base, h, "grams", Uint32Array),
    counts: section(head, base, h, "counts", Uint32Array),
    offsets: section(head, base, h, "offsets", Uint32Array),
    dense: section(head, base, h, "dense", Uint8Array),
    lists: section(head, base, h, "lists", Uint32Array),
    bits: section(head, base, h, "bits", Uint32Array),
  };
  const textIndex = section(head, base, h, "textIndex", Uint32Array);
  if (textIndex.length !== h.posts.length * 2) throw new Error("search index shard: text index of another length");
  return { snapshot, textIndex };
}

/** The postings and the text index of a shard from its head span; throws when damaged. */
export function readHead(h: ShardHeader, head: Buffer): { postings: Postings; textIndex: Uint32Array } {
  const { snapshot, textIndex } = headArrays(h, head);
  return { postings: Postings.fromSnapshot(snapshot), textIndex };
}

/** Where first positions start in a shard file: what loading it needs lies before. */
export const positionsOffset = (h: ShardHeader): number => h.sections.positions[0];

/** The header of the shard file open as `fd` (of `size` bytes), read synchronously (the quick search); throws when it is not one. */
export function readStartSync(fd: number, size: number): ShardHeader {
  const first = (length: number): Buffer => {
    const b = Buffer.alloc(length);
    readSync(fd, b, 0, length, 0);
    return b;
  };
  let start = first(Math.min(size, FIRST_READ));
  const need = PREFIX + headerLength(start);
  if (need > start.length) start = first(Math.min(size, need));
  return readHeader(start, size);
}

/** The header of the shard file open as `handle` (of `size` bytes), and its first bytes read; throws when it is not one. */
export async function readStart(handle: FileHandle, size: number): Promise<{ header: ShardHeader; start: Buffer }> {
  let start = Buffer.alloc(Math.min(size, FIRST_READ));
  await handle.read(start, 0, start.length, 0);
  const need = PREFIX + headerLength(start);
  if (need > start.length) {
    start = Buffer.alloc(Math.min(size, need));
    await handle.read(start, 0, start.length, 0);
  }
  return { header: readHeader(start, size), start };
}

/** Reads shard files into one buffer, grown as needed and reused (the snapshots keep no part of it). */
export class ShardReader {
  private buffer = Buffer.allocUnsafe(0);

  /** The snapshot saved in the shard file `file` (its first positions not read); throws when it is of another version, truncated or damaged. */
  async load(file: string): Promise<SearchIndexSnapshot> {
    const handle = await open(file, "r");
    try {
      const size = (await handle.stat()).size;
      const { header } = await readStart(handle, size);
      const length = positionsOffset(header);
      if (this.buffer.length < length) this.buffer = Buffer.allocUnsafe(length);
      const bytes = this.buffer.subarray(0, length);
      const { bytesRead } = await handle.read(bytes, 0, length, 0);
      if (bytesRead !== length) throw new Error("search index shard: truncated");
      return decodeShard(bytes, size);
    } finally {
      await handle.close();
    }
  }
}

/** The snapshot in a shard file's bytes (all of them, or all before its first positions, of a file of `fileSize` bytes); throws when damaged. */
export function decodeShard(file: Buffer, fileSize = file.length): SearchIndexSnapshot {
  const h = readHeader(file, fileSize);
  if (file.length < positionsOffset(h)) throw new Error("search index shard: truncated");
  const [headOff, headLen] = headSpan(h);
  const { snapshot, textIndex } = headArrays(h, file.subarray(headOff, headOff + headLen));
  const [bodyOff, bodyLen] = bodySpan(h);
  if (crc32(file.subarray(bodyOff, bodyOff + bodyLen)) !== h.crc.body) throw new Error("damaged search index shard texts");
  const n = h.posts.length;
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
  return { posts: h.posts, texts, restore: parts, postings: snapshot };
}
