// The manifest an export keeps in its folder: every file it wrote with the hash of its bytes and of
// its inputs, what each post's body links to, and whether the export finished. It is how a re-export
// knows which pages to rebuild and which files are its own to remove.
import { TsuzuriError } from "../../contract/index.js";
import { MANIFEST_FILE, MANIFEST_FORMAT, MANIFEST_VERSION } from "./constants.js";

/** A file of the export. */
export interface ManifestFile {
  /** SHA-256 of the bytes written; null for a file planned by an export that did not finish. */
  hash: string | null;
  /** Hash of the inputs the file was made from (post pages, the feed, copied images). */
  key?: string;
}

/**
 * What the last export learnt of a post file with hash `source`, so that an unchanged post is neither
 * read nor rendered again: its slug and language (with the journal language they were found with)
 * and, for exported posts, what its body refers to.
 */
export interface ManifestPost {
  source: string;
  slug?: string;
  lang?: string;
  journalLang?: string | null;
  refs?: string[];
}

/** The manifest. Keys of every record are sorted when written, so it is deterministic too. */
export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  version: number;
  /** False while an export is writing, and after one that failed. */
  complete: boolean;
  /** Hash of the templates, stylesheet and pipeline the files were made with. */
  fingerprint: string;
  files: Record<string, ManifestFile>;
  posts: Record<string, ManifestPost>;
}

/** An empty manifest. */
export function emptyManifest(fingerprint: string): Manifest {
  return { format: MANIFEST_FORMAT, version: MANIFEST_VERSION, complete: false, fingerprint, files: {}, posts: {} };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Reads manifest text. A manifest of an older version keeps only its file list (so its files can
 * still be removed); anything that is not a Tsuzuri manifest is an error: the folder is not ours.
 */
export function parseManifest(text: string, where: string): Manifest {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    data = null;
  }
  if (!isRecord(data) || data.format !== MANIFEST_FORMAT || !isRecord(data.files)) {
    throw new TsuzuriError(
      "exists",
      `${where} has a ${MANIFEST_FILE} that Tsuzuri cannot read, so it cannot tell which files it wrote there. Choose an empty folder, or delete the folder's contents first.`,
    );
  }
  const files: Record<string, ManifestFile> = {};
  for (const [p, f] of Object.entries(data.files)) {
    if (!isRecord(f) || unsafePath(p)) continue;
    files[p] = { hash: typeof f.hash === "string" ? f.hash : null, ...(typeof f.key === "string" ? { key: f.key } : {}) };
  }
  const current = data.version === MANIFEST_VERSION;
  const posts: Record<string, ManifestPost> = {};
  if (current && isRecord(data.posts)) {
    for (const [p, v] of Object.entries(data.posts)) {
      if (!isRecord(v) || typeof v.source !== "string") continue;
      posts[p] = {
        source: v.source,
        ...(typeof v.slug === "string" ? { slug: v.slug } : {}),
        ...(typeof v.lang === "string" ? { lang: v.lang } : {}),
        ...(typeof v.journalLang === "string" || v.journalLang === null ? { journalLang: v.journalLang } : {}),
        ...(Array.isArray(v.refs) ? { refs: v.refs.filter((r): r is string => typeof r === "string") } : {}),
      };
    }
  }
  return {
    format: MANIFEST_FORMAT,
    version: MANIFEST_VERSION,
    complete: data.complete === true,
    fingerprint: current && typeof data.fingerprint === "string" ? data.fingerprint : "",
    files: current ? files : Object.fromEntries(Object.entries(files).map(([p, f]) => [p, { hash: f.hash }])),
    posts,
  };
}

/** True for a path a manifest must never name: absolute, climbing out, or into hidden files. */
export function unsafePath(p: string): boolean {
  return (
    p === "" ||
    p.startsWith("/") ||
    p.includes("\\") ||
    p.includes("\0") ||
    /^[A-Za-z]:/.test(p) ||
    p.split("/").some((s) => s === "" || s === "." || s === ".." || s.startsWith("."))
  );
}

function sorted<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((k) => [k, record[k] as T]),
  );
}

/** The manifest as text (sorted keys, one file per line for readable diffs). */
export function serializeManifest(m: Manifest): string {
  return JSON.stringify({ ...m, files: sorted(m.files), posts: sorted(m.posts) }, null, 1) + "\n";
}
