// Reading posts as files and writing them the way the store does: a new file appears whole under a
// free name (never over another file, see writeUniqueFile); a rewrite only when the file is still the one
// read (same hash), so an edit made meanwhile is never lost. The journal's index follows each write.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parsePost, postFileName, type ParsedPost } from "../../common/post/index.js";
import { atomicWrite, makeDir, POSTS_DIR, writeUniqueFile, type Journal } from "../store/index.js";
import { conflictOf, linkOf, type ConflictMark, type EntryLink } from "./link.js";

/** A post file as read now. */
export interface LocalPost {
  rel: string;
  text: string;
  /** SHA-256 (hex) of the file's bytes. */
  hash: string;
  parsed: ParsedPost;
  link: EntryLink | null;
  conflict: ConflictMark | null;
}

function absOf(journal: Journal, rel: string): string {
  return path.join(journal.dir, ...rel.split("/"));
}

/** The post at journal path `rel`, read from disk now. */
export async function readLocalPost(journal: Journal, rel: string): Promise<LocalPost> {
  const bytes = await readFile(absOf(journal, rel));
  const text = new TextDecoder("utf-8").decode(bytes);
  const parsed = parsePost(text, rel);
  const data = parsed.frontMatter.data;
  return { rel, text, hash: createHash("sha256").update(bytes).digest("hex"), parsed, link: linkOf(data), conflict: conflictOf(data) };
}

/** Every post of the journal, read now (unreadable files are left out). */
export async function readAllPosts(journal: Journal): Promise<LocalPost[]> {
  const out: LocalPost[] = [];
  for (const summary of journal.list()) {
    try {
      out.push(await readLocalPost(journal, summary.path));
    } catch {
      // Gone or unreadable since the list was made: not a post this sync can link.
    }
  }
  return out;
}

/** Writes `text` as a new file at the first free name like `dirRel/fileName` (never over a file, never half written); returns its journal path. */
async function writeExclusive(journal: Journal, dirRel: string, fileName: string, text: string): Promise<string> {
  const dirAbs = absOf(journal, dirRel);
  await makeDir(dirAbs);
  const abs = await writeUniqueFile(dirAbs, fileName, text, `${dirRel}/${fileName}`);
  const rel = path.relative(journal.dir, abs).split(path.sep).join("/");
  await journal.sync(rel);
  return rel;
}

/** Writes a new post dated `isoDate` under posts/YYYY/, named after `title`; returns its journal path. */
export function writeNewPost(journal: Journal, isoDate: string, title: string, text: string): Promise<string> {
  const ymd = isoDate.slice(0, 10);
  return writeExclusive(journal, `${POSTS_DIR}/${ymd.slice(0, 4)}`, postFileName(ymd, title), text);
}

/** Writes a file beside the post at `rel`, named `<its name><suffix>.md` (numbered when taken). */
export function writeBeside(journal: Journal, rel: string, suffix: string, text: string): Promise<string> {
  const dir = path.posix.dirname(rel);
  const stem = path.posix.basename(rel).replace(/\.md$/i, "");
  return writeExclusive(journal, dir, `${stem}${suffix}.md`, text);
}

/**
 * Replaces the text of `post` with `text` if its file is still the one read (its hash); returns
 * false, writing nothing, when it changed on disk meanwhile.
 */
export async function replacePost(journal: Journal, post: LocalPost, text: string): Promise<boolean> {
  const now = await readLocalPost(journal, post.rel).catch(() => null);
  if (now === null || now.hash !== post.hash) return false;
  await atomicWrite(absOf(journal, post.rel), text, { label: post.rel });
  await journal.sync(post.rel);
  return true;
}
