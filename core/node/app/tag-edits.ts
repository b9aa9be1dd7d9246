// Renaming, merging and deleting a tag across the journal: which posts carry it, the count first
// (a dry run), then each file's `tags:` rewritten in place (see Journal#retag).
import { TsuzuriError, type TagEditResult } from "../../contract/index.js";
import { normalizeTag, removeTagFromTags, renameTagInTags, tagKey } from "../../common/tags/index.js";
import type { Finder } from "../search/index.js";
import type { Journal } from "../store/index.js";

/** The key of an existing tag, or a not-found error that names it. */
function existingKey(finder: Finder, tag: string): string {
  const key = tagKey(tag);
  if (key === null || !finder.tag(tag)) throw new TsuzuriError("not-found", `No post has the tag “${tag}”.`);
  return key;
}

/**
 * Renames the tag `from` to `to` in every post that carries it, nested tags included (`dev/frontend`
 * follows `dev`). When `to` already exists the two merge. With `dryRun`, only counts.
 */
export async function renameTag(
  journal: Journal,
  finder: Finder,
  args: { from: string; to: string; dryRun?: boolean },
): Promise<TagEditResult> {
  const target = normalizeTag(args.to);
  if (!target.ok) throw new TsuzuriError("invalid-argument", target.reason);
  const fromKey = existingKey(finder, args.from);
  const merged = target.key !== fromKey && finder.tag(target.tag) !== undefined;
  const dryRun = args.dryRun ?? false;
  const result = await journal.retag(finder.postsWithTag(fromKey, true), (tags) => renameTagInTags(tags, args.from, target.tag), {
    dryRun,
  });
  return { posts: result.changed.length, changed: result.changed, merged, skipped: result.skipped };
}

/** Removes the tag `tag` from every post that carries it (tags nested under it stay). With `dryRun`, only counts. */
export async function deleteTag(journal: Journal, finder: Finder, args: { tag: string; dryRun?: boolean }): Promise<TagEditResult> {
  const key = existingKey(finder, args.tag);
  const dryRun = args.dryRun ?? false;
  const result = await journal.retag(finder.postsWithTag(key, false), (tags) => removeTagFromTags(tags, args.tag), { dryRun });
  return { posts: result.changed.length, changed: result.changed, merged: false, skipped: result.skipped };
}
