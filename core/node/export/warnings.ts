// What to tell the user about links and images of posts that an export could not keep.
import { imageTypeOf, isPostTarget, type PlannedPost } from "../../common/export/index.js";

/**
 * One line per link or image of `posts` without a target: links to drafts or unselected posts
 * (`isPost`), to posts that do not exist, to other files; images that are not in the journal.
 */
export function warningsOf(posts: readonly PlannedPost[], refs: (p: string) => readonly string[], target: (ref: string) => unknown, isPost: (ref: string) => boolean): string[] {
  const out: string[] = [];
  for (const post of posts) {
    for (const ref of refs(post.path)) {
      if (target(ref) !== null) continue;
      if (isPost(ref)) out.push(`${post.path}: the link to ${ref} was made plain text (that post is not part of the export: a draft, or not selected).`);
      else if (isPostTarget(ref)) out.push(`${post.path}: the link to ${ref} was made plain text (there is no such post in the journal).`);
      else if (imageTypeOf(ref)) out.push(`${post.path}: the image ${ref} was left out (it is not a file inside the journal).`);
      else out.push(`${post.path}: the link to ${ref} was made plain text (only posts and images are exported).`);
    }
  }
  return out;
}

