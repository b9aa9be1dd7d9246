// Reading one post file from disk: bytes, stat, text and the parsed post.
import { isUtf8 } from "node:buffer";
import { constants } from "node:fs";
import { open } from "node:fs/promises";
import path from "node:path";
import { TsuzuriError, type Post, type PostSummary } from "../../contract/index.js";
import { parsePost, type ParsedPost } from "../../common/post/index.js";
import { MAX_POST_BYTES } from "./constants.js";
import { sha256Hex } from "./hash.js";

/** A post file as read from disk. */
export interface PostFile {
  /** Journal path ("/"-separated). */
  rel: string;
  text: string;
  /** False when the bytes are not valid UTF-8: `text` is then lossy and the file must not be rewritten. */
  utf8: boolean;
  parsed: ParsedPost;
  hash: string;
  mtimeMs: number;
  size: number;
}

/** What the index keeps of a post: its summary without the path (the path is the key). */
export type IndexEntry = Omit<PostSummary, "path">;

/** Decodes UTF-8, keeping a byte order mark; says whether the bytes were valid UTF-8 (if not, the text is lossy). */
export function decodeUtf8(bytes: Uint8Array): { text: string; utf8: boolean } {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { text: buffer.toString("utf8"), utf8: isUtf8(buffer) };
}

/** Opening without waiting: a named pipe planted as a post must not hang the read (no effect on files; Windows has no such flag). */
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** The error for a post larger than MAX_POST_BYTES: one found on disk ("open"), or a text too large to write ("save"). */
export function tooLargeError(rel: string, bytes: number, action: "open" | "save" = "open"): TsuzuriError {
  const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
  const limit = `Tsuzuri opens, saves and searches posts of up to ${mb(MAX_POST_BYTES)} MB`;
  return new TsuzuriError(
    "unsupported",
    action === "open"
      ? `${rel} is ${mb(bytes)} MB: ${limit}, so it leaves this one alone. Split it into smaller posts in another editor.`
      : `${rel} would be ${mb(bytes)} MB: ${limit}, so nothing was written. Move part of the text into another post and save again.`,
  );
}

/**
 * Reads the post at absolute path `abs` (journal path `rel`). The stat is taken before the read, so a
 * change during the read shows up as a newer mtime later. Anything but a regular file (a device, a
 * pipe) and files over MAX_POST_BYTES are refused with a TsuzuriError before they are read.
 */
export async function readPostFile(abs: string, rel: string): Promise<PostFile> {
  const handle = await open(abs, READ_FLAGS);
  try {
    const st = await handle.stat();
    if (st.isDirectory()) throw Object.assign(new Error(`EISDIR: ${rel}`), { code: "EISDIR" });
    if (!st.isFile())
      throw new TsuzuriError("unsupported", `${rel} is not a regular file (a device or a pipe), so Tsuzuri does not read it.`);
    if (st.size > MAX_POST_BYTES) throw tooLargeError(rel, st.size);
    const bytes = await handle.readFile();
    if (bytes.length > MAX_POST_BYTES) throw tooLargeError(rel, bytes.length);
    return postFileOf(rel, bytes, st.mtimeMs, bytes.length);
  } finally {
    await handle.close();
  }
}

/** A PostFile from bytes already in hand (e.g. just written) and the file's mtime and size. */
export function postFileOf(rel: string, bytes: Uint8Array, mtimeMs: number, size: number): PostFile {
  const { text, utf8 } = decodeUtf8(bytes);
  const parsed = parsePost(text, path.posix.basename(rel));
  return { rel, text, utf8, parsed, hash: sha256Hex(bytes), mtimeMs, size };
}

/**
 * The index entry of a post file. Its strings are copied: strings cut from the file's text would
 * otherwise keep the whole text alive in memory (V8 sliced strings) for as long as the index lives.
 */
export function entryOf(file: PostFile): IndexEntry {
  const { meta, title, excerpt, chars } = file.parsed;
  const entry: IndexEntry = {
    id: meta.id,
    title,
    titled: meta.title !== null && meta.title.trim() !== "",
    date: meta.date,
    updated: meta.updated,
    tags: meta.tags,
    draft: meta.draft,
    excerpt,
    chars,
    hash: file.hash,
    mtimeMs: file.mtimeMs,
    size: file.size,
  };
  return JSON.parse(JSON.stringify(entry)) as IndexEntry;
}

/** The summary of the post at `rel` with index entry `entry`. */
export function summaryOf(rel: string, entry: IndexEntry): PostSummary {
  return { path: rel, ...entry };
}

/** The full post (summary and body) of a post file. */
export function postOf(file: PostFile): Post {
  return { ...summaryOf(file.rel, entryOf(file)), body: file.parsed.body };
}
