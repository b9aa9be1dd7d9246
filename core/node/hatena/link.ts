// A post's link to its blog entry, kept in its front matter under `hatena:` (see LINK_KEY): the
// member URI, the public URL, the entry's app:edited when last seen, the syntax it is written in,
// and the hash of the post's content at the last sync (which tells whether it was edited since).
import { createHash } from "node:crypto";
import { normaliseTags } from "../../common/post/index.js";
import { CONFLICT_KEY, LINK_KEY, SYNTAX_TYPES, type Syntax } from "./constants.js";
import { withFrontMatterKey } from "./front-matter-key.js";

/** What a linked post records of its entry. */
export interface EntryLink {
  /** The member URI (…/atom/entry/ID). */
  edit: string;
  /** The public page of the entry. */
  url: string | null;
  /** The entry's app:edited when it was last pulled or pushed. */
  edited: string;
  /** The syntax the entry is written in on the blog. */
  syntax: Syntax | null;
  /** syncHash of the post as it was at the last pull or push. */
  synced: string;
}

/** What a conflict copy records: the entry, and the app:edited of the text it holds. */
export interface ConflictMark {
  edit: string;
  edited: string;
}

const str = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : v instanceof Date ? v.toISOString() : null);

/** The link in front-matter data, or null for a post that is not linked (or whose link is damaged). */
export function linkOf(data: Record<string, unknown>): EntryLink | null {
  const v = data[LINK_KEY];
  if (typeof v !== "object" || v === null || Array.isArray(v)) return null;
  const m = v as Record<string, unknown>;
  const edit = str(m.edit),
    edited = str(m.edited),
    synced = str(m.synced);
  if (edit === null || edited === null || synced === null) return null;
  const syntax = str(m.syntax);
  return { edit, url: str(m.url), edited, synced, syntax: syntax !== null && syntax in SYNTAX_TYPES ? (syntax as Syntax) : null };
}

/** The conflict mark in front-matter data, or null. */
export function conflictOf(data: Record<string, unknown>): ConflictMark | null {
  const v = data[CONFLICT_KEY];
  if (typeof v !== "object" || v === null) return null;
  const m = v as Record<string, unknown>;
  const edit = str(m.edit),
    edited = str(m.edited);
  return edit === null || edited === null ? null : { edit, edited };
}

/** `text` with its link set (or removed, for null). */
export function withLink(text: string, link: EntryLink | null): string {
  return withFrontMatterKey(
    text,
    LINK_KEY,
    link && { edit: link.edit, url: link.url, edited: link.edited, syntax: link.syntax, synced: link.synced },
  );
}

/** `text` marked as a conflict copy of `mark`. */
export function withConflictMark(text: string, mark: ConflictMark): string {
  return withFrontMatterKey(text, CONFLICT_KEY, { edit: mark.edit, edited: mark.edited });
}

/** What a sync carries of a post. */
export interface SyncedContent {
  title: string;
  date: string | null;
  tags: readonly string[];
  draft: boolean;
  body: string;
}

/** A hash of what a sync carries (title, date, tags, draft, body): equal hashes mean nothing to send. */
export function syncHash(content: SyncedContent): string {
  const body = content.body.replace(/\r\n/g, "\n").replace(/\s+$/, "");
  const data = JSON.stringify([content.title, content.date ?? "", normaliseTags([...content.tags]), content.draft, body]);
  return "sha256:" + createHash("sha256").update(data, "utf8").digest("hex").slice(0, 32);
}
