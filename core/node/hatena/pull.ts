// Pull: every entry of the blog (all pages) becomes or updates a post. Nothing is written before the
// whole list has been read and understood; an entry changed on both sides leaves the post as it is
// and puts the blog's text in a conflict copy beside it.
import type { Journal } from "../store/index.js";
import type { RemoteEntry } from "./atom-entry.js";
import type { HatenaClient } from "./client.js";
import { CONFLICT_SUFFIX } from "./constants.js";
import { conflictCopyText, contentOf, newEntryPostText, updatedPostText } from "./entry-post.js";
import { syncHash } from "./link.js";
import { readAllPosts, replacePost, writeBeside, writeNewPost, type LocalPost } from "./post-files.js";
import type { SyncItem, SyncReport } from "./report.js";
import type { HatenaSettings } from "./settings.js";

/** Options of a pull. */
export interface PullOptions {
  /** Called after each page of the entry list is read. */
  onPage?: (page: number, entries: number) => void;
  /** Report what would happen; write nothing. */
  dryRun?: boolean;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** True when the post was edited since its last sync (its content hash differs from the one recorded). */
export function editedLocally(post: LocalPost): boolean {
  return post.link !== null && syncHash(contentOf(post.parsed)) !== post.link.synced;
}

async function pullEntry(
  journal: Journal,
  entry: RemoteEntry,
  post: LocalPost | undefined,
  copies: Set<string>,
  dryRun: boolean,
): Promise<SyncItem> {
  const base = { title: entry.title, edit: entry.editUrl };
  if (!ISO_DATE.test(entry.updated))
    return { ...base, action: "failed", path: post?.rel, reason: `the entry's date "${entry.updated}" is not a date` };
  if (post === undefined) {
    const text = newEntryPostText(entry);
    return { ...base, action: "created", path: dryRun ? undefined : await writeNewPost(journal, entry.updated, entry.title, text) };
  }
  const link = post.link;
  if (link === null || link.edited === entry.edited) return { ...base, action: "unchanged", path: post.rel };
  if (!editedLocally(post)) {
    const text = updatedPostText(post.parsed, entry);
    if (dryRun || (await replacePost(journal, post, text))) return { ...base, action: "updated", path: post.rel };
    return { ...base, action: "failed", path: post.rel, reason: "the post changed on disk while pulling; pull again" };
  }
  const reason = "edited here and on the blog since the last sync: the post is as you left it, the blog's text is in the copy";
  const key = `${entry.editUrl}\n${entry.edited}`;
  if (copies.has(key)) return { ...base, action: "conflict", path: post.rel, reason: reason + " (made by an earlier pull)" };
  if (dryRun)
    return {
      ...base,
      action: "conflict",
      path: post.rel,
      reason: "edited here and on the blog since the last sync: the blog's text would go into a copy beside the post",
    };
  const copy = await writeBeside(journal, post.rel, CONFLICT_SUFFIX, conflictCopyText(entry));
  copies.add(key);
  return { ...base, action: "conflict", path: post.rel, copy, reason };
}

function writtenAt(entry: RemoteEntry): number {
  return Date.parse(entry.published ?? entry.edited) || 0;
}

/**
 * Pulls every entry of the blog into `journal`. Errors reading the blog (a wrong key, a wrong
 * endpoint, a timeout, XML that cannot be read) are thrown before any file is written. `settings`
 * learns the blog's syntax setting (its latest written entry's).
 */
export async function pull(
  journal: Journal,
  client: HatenaClient,
  settings: HatenaSettings,
  options: PullOptions = {},
): Promise<SyncReport> {
  const entries = await client.listEntries(options.onPage);
  const posts = await readAllPosts(journal);
  const linked = new Map<string, LocalPost>();
  const copies = new Set<string>();
  for (const post of posts) {
    if (post.link && !linked.has(post.link.edit)) linked.set(post.link.edit, post);
    if (post.conflict) copies.add(`${post.conflict.edit}\n${post.conflict.edited}`);
  }
  // The blog's setting is what its most recently written entry uses (older ones keep theirs).
  const newest = entries.reduce<RemoteEntry | null>((a, e) => (a === null || writtenAt(e) > writtenAt(a) ? e : a), null);
  if (newest?.syntax) settings.syntax = newest.syntax;
  const items: SyncItem[] = [];
  const seen = new Set<string>();
  // Oldest first, so that posts of the same day and title are numbered in the order they were written.
  for (const entry of [...entries].reverse()) {
    if (seen.has(entry.editUrl)) continue;
    seen.add(entry.editUrl);
    try {
      items.push(await pullEntry(journal, entry, linked.get(entry.editUrl), copies, options.dryRun ?? false));
    } catch (e) {
      items.push({
        action: "failed",
        title: entry.title,
        edit: entry.editUrl,
        path: linked.get(entry.editUrl)?.rel,
        reason: e instanceof Error ? e.message : String(e),
      });
    }
  }
  return { kind: "pull", dryRun: options.dryRun ?? false, items: items.reverse() };
}
