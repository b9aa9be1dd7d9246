// What the host tells us: posts changed or removed by other programs, another journal opened, a menu
// command, "save now" before quitting.
import type { PostSummary } from "../../core/contract/index.js";
import { isNotFound } from "./errors.js";
import type { Session } from "./session.js";

/** A post changed on disk: update its entry; reload the open post, or flag a conflict if it has edits. */
export async function postChanged(session: Session, post: PostSummary): Promise<void> {
  const { list, client, browse } = session.ctx;
  list.upsert(post);
  browse.changed();
  const doc = session.docs.get(post.path);
  if (!doc) return;
  // A save on its way may be the very change reported: wait for it, then compare hashes.
  await session.saver.idle();
  if (doc.path !== post.path || doc.baseHash === post.hash || doc.removed) return;
  let disk;
  try {
    disk = await client.readPost({ path: post.path });
  } catch {
    return;
  }
  if (doc.diskChanged(disk) !== "reload") return;
  if (doc === session.current) session.reloadInPlace(doc, disk);
  else session.docs.delete(doc.path);
}

/** A post's file vanished: drop its entry; if it is open, keep the text and say so. */
export async function postRemoved(session: Session, path: string): Promise<void> {
  const { list, client, browse } = session.ctx;
  browse.changed();
  const doc = session.docs.get(path);
  if (!doc) {
    list.remove(path);
    return;
  }
  await session.saver.idle();
  // Our own save may have renamed the file; another program may have replaced it in one go.
  if (doc.path !== path) return;
  try {
    const post = await client.readPost({ path });
    const { body: _body, ...summary } = post;
    return postChanged(session, summary);
  } catch (e) {
    if (!isNotFound(e)) return;
  }
  list.remove(path);
  // A post with nothing unsaved is forgotten, unless it is open: then its text stays on screen.
  if (doc !== session.current && !doc.dirty) session.docs.delete(path);
  else doc.diskRemoved();
}

/** Another journal was opened: start over with its posts. */
export async function journalOpened(session: Session, open: () => Promise<void>): Promise<void> {
  await session.saver.flush();
  session.docs.clear();
  session.current = null;
  await session.ctx.browse.clear();
  await open();
  await session.ctx.browse.refreshTags();
}
