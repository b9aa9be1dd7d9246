// Reading the posts of a journal for export. A post whose file is unchanged since the last export
// (same hash in the journal's index as in the export's manifest) is not read at all: its metadata
// comes from the index, its slug and language from the manifest, its body only if a page needs it.
import path from "node:path";
import { TsuzuriError } from "../../contract/index.js";
import { parsePost, splitFrontMatter, toLf } from "../../common/post/index.js";
import { postLang, postSlug, type ExportPost } from "../../common/export/index.js";
import { exportError, isMissing } from "./errors.js";
import { readBytes } from "./fast-fs.js";
import { sha256 } from "./hash.js";
import type { ManifestPost } from "./manifest.js";
import { mapLimit } from "../store/index.js";

/** What export needs of a post in the journal's list (a PostSummary fits). */
export interface ListedPost {
  path: string;
  id: string | null;
  title: string;
  date: string | null;
  updated: string | null;
  tags: string[];
  draft: boolean;
  excerpt: string;
  /** SHA-256 of the file's bytes. */
  hash: string;
}

/** What export needs of a journal: its folder and its posts (a Journal fits). */
export interface JournalSource {
  readonly dir: string;
  list(): readonly ListedPost[];
}

/** A post read for export. */
export interface SourcePost {
  post: ExportPost;
  /** SHA-256 of the file's bytes. */
  hash: string;
  /** Its Markdown body (read from disk on first use when the post was not read). */
  body(): Promise<string>;
  /** What the manifest keeps of it. */
  remembered: Pick<ManifestPost, "slug" | "lang" | "journalLang">;
}

function bytesOf(dir: string, rel: string): Promise<Buffer> {
  return readBytes(path.join(dir, ...rel.split("/")));
}

/**
 * The post of `text` (file SHA-256 `hash`) from its entry in the journal's list, without parsing its
 * YAML, when the list was made from these very bytes and the front matter cannot name a slug or a
 * language (the only fields export reads that the list does not keep: no "slug", "lang", nor an
 * escape that could spell them); else null.
 */
function fromListing(
  rel: string,
  text: string,
  hash: string,
  listed: ListedPost | undefined,
  journalLang: string | null,
): SourcePost | null {
  if (listed?.hash !== hash) return null;
  const split = splitFrontMatter(text);
  if (split.yaml !== null && /slug|lang|\\/.test(split.yaml)) return null;
  const body = toLf(split.body);
  const post: ExportPost = {
    path: rel,
    id: listed.id,
    title: listed.title,
    date: listed.date,
    updated: listed.updated,
    tags: listed.tags,
    draft: listed.draft,
    excerpt: listed.excerpt,
    slug: postSlug(undefined, rel),
    lang: postLang(undefined, journalLang, `${listed.title}\n${body}`),
  };
  return { post, hash, body: () => Promise.resolve(body), remembered: { slug: post.slug, lang: post.lang, journalLang } };
}

/**
 * Reads and parses the post at journal path `rel`; null when it is gone. `journalLang` is the
 * journal's language, if set; `listed`, its entry in the journal's list, spares parsing the YAML when it fits.
 */
export async function readSourcePost(
  dir: string,
  rel: string,
  journalLang: string | null,
  listed?: ListedPost,
): Promise<SourcePost | null> {
  let bytes: Buffer;
  try {
    bytes = await bytesOf(dir, rel);
  } catch (e) {
    if (isMissing(e)) return null;
    throw exportError(e, "read", rel);
  }
  const text = bytes.toString("utf8");
  const hash = sha256(bytes);
  const quick = fromListing(rel, text, hash, listed, journalLang);
  if (quick) return quick;
  const parsed = parsePost(text, path.posix.basename(rel));
  const data = parsed.frontMatter.data;
  const { meta } = parsed;
  const post: ExportPost = {
    path: rel,
    id: meta.id,
    title: parsed.title,
    date: meta.date,
    updated: meta.updated,
    tags: meta.tags,
    draft: meta.draft,
    slug: postSlug(data.slug, rel),
    lang: postLang(data.lang, journalLang, `${parsed.title}\n${parsed.body}`),
    excerpt: parsed.excerpt,
  };
  return { post, hash, body: () => Promise.resolve(parsed.body), remembered: { slug: post.slug, lang: post.lang, journalLang } };
}

/** A post known from the journal's list and the manifest, without reading its file. */
function rememberedPost(dir: string, listed: ListedPost, known: ManifestPost & { slug: string; lang: string }): SourcePost {
  let body: Promise<string> | undefined;
  return {
    post: {
      path: listed.path,
      id: listed.id,
      title: listed.title,
      date: listed.date,
      updated: listed.updated,
      tags: listed.tags,
      draft: listed.draft,
      excerpt: listed.excerpt,
      slug: known.slug,
      lang: known.lang,
    },
    hash: listed.hash,
    body: () =>
      (body ??= bytesOf(dir, listed.path).then(
        (bytes) => parsePost(bytes.toString("utf8"), path.posix.basename(listed.path)).body,
        (e: unknown) => {
          throw isMissing(e)
            ? new TsuzuriError("not-found", `${listed.path} disappeared during the export.`)
            : exportError(e, "read", listed.path);
        },
      )),
    remembered: { slug: known.slug, lang: known.lang, journalLang: known.journalLang ?? null },
  };
}

/**
 * The posts of `journal`, in path order; `onRead` after each. Posts whose file hash matches `known`
 * (the last export's manifest, made with the same journal language) are not read; posts that vanished are skipped.
 */
export async function readSourcePosts(
  journal: JournalSource,
  journalLang: string | null,
  known: Readonly<Record<string, ManifestPost>>,
  concurrency: number,
  onRead: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<SourcePost[]> {
  const listed = [...journal.list()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  let done = 0;
  const posts = await mapLimit(
    listed,
    concurrency,
    async (item) => {
      const k = known[item.path];
      const post =
        k && k.source === item.hash && k.slug !== undefined && k.lang !== undefined && (k.journalLang ?? null) === journalLang
          ? rememberedPost(journal.dir, item, { ...k, slug: k.slug, lang: k.lang })
          : await readSourcePost(journal.dir, item.path, journalLang, item);
      onRead(++done, listed.length);
      return post;
    },
    signal,
  );
  return posts.filter((p): p is SourcePost => p !== null);
}
