// Writing a post: savePost with the hash it is based on. A conflict (the file changed on disk
// meanwhile) writes nothing; a failure keeps the text and says why. Only the session's phase changes
// here: what the app shows follows from it.
import type { OpArgs, PostSummary, SaveResult } from "../../core/contract/index.js";
import { messageOf } from "../../core/common/error-message.js";
import type { PostSession } from "./post-session.js";

/** The live content of a post (the views hold it while the post is open). */
export interface PostContent {
  title: string;
  body: string;
  tags: string[];
}

/** What saving needs: the host's savePost and the post's live content. */
export interface SaveDeps {
  savePost(args: OpArgs<"savePost">): Promise<SaveResult>;
  content(session: PostSession): PostContent;
}

/** How a save ended. */
export type SaveOutcome =
  | { kind: "skipped" }
  | { kind: "saved"; post: PostSummary; previousPath: string; before: PostSummary }
  | { kind: "conflict" }
  | { kind: "failed"; message: string };

const sameTags = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((t, i) => t === b[i]);

/**
 * Saves the post if it has unsaved edits (or always, with `force`: "Keep mine", which also overwrites
 * a file changed on disk). Never throws.
 */
export async function savePostSession(session: PostSession, deps: SaveDeps, force = false): Promise<SaveOutcome> {
  const { title, body, tags } = deps.content(session);
  const before = session.summary;
  if (session.beginSave(force) === null) return { kind: "skipped" };
  // Tags are sent only once they differ from the file's, so a save never rewrites a tags line for nothing.
  const tagsChanged = !sameTags(tags, before.tags);
  try {
    const result = await deps.savePost({
      path: session.path,
      baseHash: session.baseHash,
      title,
      body,
      ...(tagsChanged ? { tags } : {}),
      ...(force ? { force: true } : {}),
    });
    if (result.status === "conflict") {
      session.saveConflicted(result.disk);
      return { kind: "conflict" };
    }
    session.saveSucceeded(result.post);
    return { kind: "saved", post: result.post, previousPath: result.previousPath, before };
  } catch (e) {
    const message = messageOf(e);
    session.saveFailed(message);
    return { kind: "failed", message };
  }
}
