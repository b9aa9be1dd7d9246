// Writing a post: savePost with the hash it is based on. A conflict (the file changed on disk
// meanwhile) writes nothing and asks the user; an error keeps the text and says why.
import type { Doc } from "./documents.js";
import type { Session } from "./session.js";
import { messageOf } from "./errors.js";
import { refreshBanner } from "./conflicts.js";

/**
 * Saves `doc` if it has unsaved edits (or always, with `force`: "Keep mine", which also overwrites
 * a file changed on disk). Never throws: the outcome shows in the status bar and banners.
 */
export async function saveDoc(session: Session, doc: Doc, force = false): Promise<void> {
  if (doc.removed || (!doc.dirty && !force) || (doc.conflict && !force)) return;
  const { client, list } = session.ctx;
  const seq = doc.seq;
  const from = doc.path;
  const title = session.titleOf(doc);
  const body = session.bodyOf(doc);
  const tags = session.tagsOf(doc);
  // Tags are sent only once they differ from the file's, so a save never rewrites a tags line for nothing.
  const tagsChanged = tags.join("\u0000") !== doc.summary.tags.join("\u0000");
  const before = doc.summary;
  doc.saving = true;
  session.refreshStatus();
  try {
    const result = await client.savePost({ path: from, baseHash: doc.baseHash, title, body, ...(tagsChanged ? { tags } : {}), ...(force ? { force: true } : {}) });
    if (result.status === "conflict") {
      doc.conflict = result.disk;
      return;
    }
    const { post, previousPath } = result;
    doc.error = null;
    doc.conflict = null;
    doc.baseHash = post.hash;
    doc.summary = post;
    if (doc !== session.current) {
      doc.title = title;
      doc.tags = tags;
    }
    if (doc.seq === seq) doc.dirty = false;
    if (post.path !== doc.path) session.renamed(doc, post.path);
    list.upsert(post, previousPath);
    session.ctx.browse.saved(before, post);
  } catch (e) {
    doc.error = messageOf(e);
  } finally {
    doc.saving = false;
    if (doc === session.current) {
      session.refreshStatus();
      refreshBanner(session);
    }
  }
  // Edits typed while the save was on its way are saved after the usual quiet time.
  if (doc.dirty && !doc.error && !doc.conflict) session.saver.touch();
}
