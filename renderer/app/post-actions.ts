// Making and deleting posts.
import { tr } from "../i18n/index.js";
import { confirmDialog } from "./confirm-dialog.js";
import { isNotFound, messageOf } from "./errors.js";
import type { Session } from "./session.js";

let creating = false;

/** Creates an empty post (after saving the open one), opens it, and puts the cursor in its title. */
export async function newPost(session: Session): Promise<void> {
  if (creating) return;
  creating = true;
  // Until the new post is there, the title field and the editor still belong to the open post: keep
  // them out of reach, or words typed right after "New post" would land in (and rename) the old one.
  const view = session.ctx.shell.postView;
  view.inert = true;
  try {
    await session.saver.flush();
    // A new post matches no search yet: show every post, so it is there in the list.
    if (session.ctx.list.filtered) await session.ctx.browse.clear();
    const post = await session.ctx.client.createPost({});
    session.ctx.list.upsert(post);
    const doc = session.createDoc(post);
    view.inert = false;
    session.show(doc, "title");
    session.ctx.browse.refreshTagsSoon();
  } catch (e) {
    session.error(tr("error.create", { message: messageOf(e) }));
  } finally {
    view.inert = false;
    creating = false;
  }
}

/** Asks, then moves the open post to the journal's trash and opens the next one. */
export async function deleteCurrent(session: Session): Promise<void> {
  const doc = session.current;
  if (!doc) return;
  const { client, list } = session.ctx;
  const title = session.titleOf(doc) || tr("postList.untitled");
  const ok = await confirmDialog({ title: tr("dialog.delete.title"), body: tr("dialog.delete.body", { title }), confirm: tr("dialog.delete.confirm"), danger: true });
  if (!ok || session.current !== doc) return;
  // The trash keeps the latest words: save pending edits first (unless the file is gone or contested).
  if (!doc.removed && !doc.conflict) await session.saver.flush();
  const path = doc.path;
  const next = list.neighbour(path);
  if (!doc.removed) {
    // Out of the cache first: the host's postRemoved for this very deletion is then only a list update.
    session.docs.delete(path);
    try {
      await client.deletePost({ path });
    } catch (e) {
      if (!isNotFound(e)) {
        session.docs.put(doc, session.current);
        session.error(tr("error.delete", { message: messageOf(e) }));
        return;
      }
    }
  }
  list.remove(path);
  session.forget(doc);
  session.ctx.browse.refreshTagsSoon();
  if (next && next !== path) await session.open(next);
  else session.showNothing();
}
