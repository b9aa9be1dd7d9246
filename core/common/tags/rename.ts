// Renaming, merging and removing a tag in one post's list of tags (pure; the store applies it to files).
import { TAG_SEPARATOR } from "./constants.js";
import { isTagOrDescendant, normalizeTag, readTag, tagKey } from "./normalize.js";

/** Options of renameTagInTags and removeTagFromTags. */
export interface TagEditOptions {
  /** Also apply to tags nested under the tag (`dev/frontend` under `dev`). */
  descendants?: boolean;
}

/** Removes repeats by key, keeping the first of each in place. */
function dedupe(tags: readonly { tag: string; key: string }[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of tags) {
    if (seen.has(t.key)) continue;
    seen.add(t.key);
    out.push(t.tag);
  }
  return out;
}

/**
 * Renames the tag `from` (compared by key) to `to` in a post's `tags`. When the post already has
 * `to`, the two merge: one `to` is kept, where the first of them was. Every tag with `to`'s key
 * takes `to`'s spelling, so renaming also fixes a spelling (`kubernetes` → `Kubernetes`). With
 * `descendants` (the default), nested tags move too: renaming `dev` to `engineering` turns
 * `dev/frontend` into `engineering/frontend`. Order is kept; other tags are left as they were (unknown
 * spellings included). Throws a RangeError with normalizeTag's reason when `to` is not a valid tag.
 */
export function renameTagInTags(tags: readonly string[], from: string, to: string, options: TagEditOptions = {}): string[] {
  const target = normalizeTag(to);
  if (!target.ok) throw new RangeError(target.reason);
  const fromKey = tagKey(from);
  const descendants = options.descendants ?? true;
  const renamed = tags.map((raw) => {
    const t = readTag(raw);
    if (!t) return { tag: raw, key: `\u0000${raw}` }; // not a tag: leave it alone, never merge it
    if (t.key === target.key || t.key === fromKey) return { tag: target.tag, key: target.key };
    if (fromKey !== null && descendants && isTagOrDescendant(t.key, fromKey)) {
      const rest = t.tag.split(TAG_SEPARATOR).slice(fromKey.split(TAG_SEPARATOR).length).join(TAG_SEPARATOR);
      const moved = `${target.tag}${TAG_SEPARATOR}${rest}`;
      return { tag: moved, key: readTag(moved)?.key ?? moved };
    }
    return { tag: raw, key: t.key };
  });
  return dedupe(renamed);
}

/**
 * Removes the tag `tag` (compared by key) from a post's `tags`, and with `descendants` the tags nested
 * under it too (default: only the tag itself, so removing `dev` keeps `dev/frontend`). Order is kept.
 */
export function removeTagFromTags(tags: readonly string[], tag: string, options: TagEditOptions = {}): string[] {
  const key = tagKey(tag);
  if (key === null) return [...tags];
  return tags.filter((raw) => {
    const k = tagKey(raw);
    return k === null || (options.descendants ? !isTagOrDescendant(k, key) : k !== key);
  });
}
