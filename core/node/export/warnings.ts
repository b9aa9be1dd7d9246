// What to tell the user about links and images of posts that an export could not keep.
import { imageTypeOf, isOutsideRef, isPostTarget, outsidePath, type PlannedPost } from "../../common/export/index.js";

/** The warning for `ref` (a link's or image's journal path, see localRefs) of a post when it has no target. */
export function missingTargetWarning(ref: string, isPost: boolean, unsafe: boolean): string {
  if (isOutsideRef(ref)) return `the link or image ${outsidePath(ref)} was left out (it points outside the journal).`;
  if (isPost) return `the link to ${ref} was made plain text (that post is not part of the export: a draft, or not selected).`;
  if (isPostTarget(ref)) return `the link to ${ref} was made plain text (there is no such post in the journal).`;
  if (unsafe) return `the image ${ref} was left out (an SVG image that is not well-formed cannot be checked for scripts).`;
  if (imageTypeOf(ref)) return `the image ${ref} was left out (it is not a file inside the journal).`;
  return `the link to ${ref} was made plain text (only posts and images are exported).`;
}

/**
 * One line per link or image of `posts` without a target: links to drafts or unselected posts
 * (`isPost`), to posts that do not exist, to other files; images that are not in the journal or
 * are `unsafe` (SVGs that cannot be made inert); paths that climb out of the journal.
 */
export function warningsOf(
  posts: readonly PlannedPost[],
  refs: (p: string) => readonly string[],
  target: (ref: string) => unknown,
  isPost: (ref: string) => boolean,
  unsafe: ReadonlySet<string>,
): string[] {
  const out: string[] = [];
  for (const post of posts) {
    for (const ref of refs(post.path)) {
      if (target(ref) === null) out.push(`${post.path}: ${missingTargetWarning(ref, isPost(ref), unsafe.has(ref))}`);
    }
  }
  return out;
}
