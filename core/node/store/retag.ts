// Rewriting only the `tags:` of a post file (tag rename, merge and removal across a journal): the new
// list replaces the old value in place, and every other byte of the file stays as it was.
import { stat } from "node:fs/promises";
import type { PostSummary } from "../../contract/index.js";
import { editFrontMatterYaml, sameValue } from "../../common/post/index.js";
import { atomicWrite } from "./atomic-write.js";
import { fsError } from "./errors.js";
import { realPostPath } from "./paths.js";
import { ChangedOnDiskError } from "./replace-guard.js";
import { withFrontMatterYaml } from "./rewritable.js";
import { postFileOf, readPostFile, type PostFile } from "./post-file.js";

/** A post's new tags, or null to leave the post alone. */
export type TagChange = (tags: readonly string[]) => string[] | null;

/** What retagging one file gives: its new text, or why it was left alone (null reason: nothing to change). */
export type RetagOutcome = { text: string } | { skip: string | null };

/**
 * The text of `file` with `change` applied to its tags. Only the value of `tags:` changes (or a
 * `tags:` line is appended to the front matter when it had none): the fences, the other keys, the
 * blank line after the front matter and the body are copied byte for byte. Files that are not UTF-8
 * or whose front matter cannot be read are never rewritten (they are reported with a reason).
 */
export function retagText(file: PostFile, change: TagChange): RetagOutcome {
  const { split, frontMatter, meta } = file.parsed;
  const next = change(meta.tags);
  if (next === null || sameValue(next, meta.tags)) return { skip: null };
  if (!file.utf8) return { skip: "it is not UTF-8 text" };
  if (frontMatter.status !== "ok" || !frontMatter.doc || split.yaml === null) return { skip: "its front matter cannot be read" };
  let yaml: string;
  try {
    yaml = editFrontMatterYaml(split.yaml, frontMatter.doc, { tags: next }, split.eol);
  } catch (e) {
    return { skip: `its front matter could not be updated (${e instanceof Error ? e.message : String(e)})` };
  }
  return { text: withFrontMatterYaml(file, yaml) };
}

/** What retag did: the posts rewritten, and those it had to leave alone (with why). */
export interface RetagResult {
  changed: PostSummary[];
  skipped: { path: string; reason: string }[];
}

/** A post whose tags are to change: the file as read, and the text it is to get. */
export interface PreparedRetag {
  file: PostFile;
  text: string;
}

/**
 * Reads the post `rel` of journal `dir` and works out its text with `change` applied: the file and
 * its new text, or why it is left alone (null: nothing to change). Nothing is written.
 */
export async function prepareRetag(dir: string, rel: string, change: TagChange): Promise<PreparedRetag | { skip: string | null }> {
  let file: PostFile;
  try {
    file = await readPostFile(await realPostPath(dir, rel), rel);
  } catch (e) {
    return { skip: fsError(e, "read", rel).message };
  }
  const outcome = retagText(file, change);
  return "skip" in outcome ? outcome : { file, text: outcome.text };
}

/** The file `prepared` would be once written (a dry run). */
export function preparedFile(rel: string, prepared: PreparedRetag): PostFile {
  const bytes = Buffer.from(prepared.text, "utf8");
  return postFileOf(rel, bytes, prepared.file.mtimeMs, bytes.length);
}

/**
 * Writes the prepared text of post `rel` atomically, unless the file changed since it was read (then
 * it is left alone, with that reason). Answers the file as written, or why it was not.
 */
export async function writeRetag(dir: string, rel: string, prepared: PreparedRetag): Promise<{ file: PostFile } | { skip: string }> {
  const bytes = Buffer.from(prepared.text, "utf8");
  let abs: string;
  try {
    abs = await realPostPath(dir, rel);
    await atomicWrite(abs, bytes, { label: rel, expectHash: prepared.file.hash });
  } catch (e) {
    if (e instanceof ChangedOnDiskError)
      return { skip: "it changed on disk while the tags were being rewritten, so it was left as the other program wrote it" };
    return { skip: e instanceof Error ? e.message : String(e) };
  }
  const st = await stat(abs).catch(() => null);
  return { file: postFileOf(rel, bytes, st?.mtimeMs ?? Date.now(), st?.size ?? bytes.length) };
}
