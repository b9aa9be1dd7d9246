// The banners of the open post and their actions: its file changed on disk under unsaved edits
// ("Reload from disk" / "Keep mine"), or vanished ("Save as new post").
import { tr } from "../i18n/index.js";
import { messageOf } from "./errors.js";
import type { Doc, Session } from "./session.js";

const CONFLICT = "conflict:";
const REMOVED = "removed:";

/** Shows the banner the open post needs, or hides a stale one. */
export function refreshBanner(session: Session): void {
  const doc = session.current;
  const { banners } = session.ctx;
  if (doc?.removed) {
    banners.show(REMOVED + doc.path, tr("banner.removed"), [
      { label: tr("banner.saveAsNew"), primary: true, run: () => void saveAsNew(session, doc) },
    ]);
  } else if (doc?.conflict) {
    banners.show(CONFLICT + doc.path + doc.conflict.hash, tr("banner.conflict"), [
      { label: tr("banner.reload"), run: () => void reloadFromDisk(session, doc) },
      { label: tr("banner.keepMine"), primary: true, run: () => void keepMine(session, doc) },
    ]);
  } else if (banners.showing?.startsWith(CONFLICT) || banners.showing?.startsWith(REMOVED)) {
    banners.hide();
  }
}

/** Drops our edits for the file as it is on disk now. */
async function reloadFromDisk(session: Session, doc: Doc): Promise<void> {
  let disk = doc.conflict;
  try {
    disk = await session.ctx.client.readPost({ path: doc.path });
  } catch {
    // Use what the conflict reported.
  }
  if (!disk) return;
  session.reloadInPlace(doc, disk);
}

/** Writes our version over the file changed on disk. */
async function keepMine(session: Session, doc: Doc): Promise<void> {
  await session.saver.enqueue(() => session.saveDoc(doc, true));
}

/** The post's file is gone: writes the text as a new post and goes on editing it there (same undo history). */
async function saveAsNew(session: Session, doc: Doc): Promise<void> {
  const { client, list, preview } = session.ctx;
  const seq = doc.seq;
  try {
    const post = await client.createPost({ title: session.titleOf(doc), body: session.bodyOf(doc) });
    list.upsert(post);
    session.renamed(doc, post.path);
    // The new file has no tags yet: the post's tags go in with the next save.
    doc.recreated(post, doc.seq !== seq || session.tagsOf(doc).length > 0);
    if (doc === session.current) {
      list.setCurrent(doc.path);
      preview.setPost(doc.path, session.titleOf(doc));
    }
    if (doc.dirty) session.saver.touch();
  } catch (e) {
    session.error(tr("error.create", { message: messageOf(e) }));
  }
}
