// Which journal file a `/journal/<relpath>` request may read: a media file (by extension) whose real
// path lies inside the journal folder, outside every dot-folder (.trash, .tsuzuri, .git …).
// Shared by `tsuzuri serve` and the Electron protocol handler, so both hosts apply the same rules.
import { realpath, stat } from "node:fs/promises";
import { isAbsolute, join, relative, sep } from "node:path";
import { mediaContentType } from "./content-types.js";

/** A journal file cleared for serving. */
export interface JournalFile {
  /** Absolute real path on disk. */
  file: string;
  contentType: string;
  size: number;
}

const hidden = (parts: string[]) => parts.some((p) => p.startsWith("."));

/**
 * Resolves decoded path segments (see safeSegments) against the journal folder.
 * Null when the file does not exist or may not be served; never throws.
 */
export async function resolveJournalFile(journalDir: string, segments: string[]): Promise<JournalFile | null> {
  const last = segments[segments.length - 1];
  if (!last || hidden(segments)) return null;
  const contentType = mediaContentType(last);
  if (!contentType) return null;
  try {
    const root = await realpath(journalDir);
    const file = await realpath(join(root, ...segments));
    const rel = relative(root, file);
    if (rel === "" || isAbsolute(rel) || rel.split(sep).includes("..") || hidden(rel.split(sep))) return null;
    if (!mediaContentType(file)) return null;
    const info = await stat(file);
    if (!info.isFile()) return null;
    return { file, contentType, size: info.size };
  } catch {
    return null;
  }
}
