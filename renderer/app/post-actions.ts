// Making, deleting and restoring posts, and changing their details: New post (which never leaves an
// empty post behind), Delete post with Undo, the Trash, and the date, draft state and file name.
import { TsuzuriError, type TrashEntry } from "../../core/contract/index.js";
import { fileStemOf } from "../../core/common/post/index.js";
import { tr } from "../i18n/index.js";
import type { MetaPatch } from "../post-details/index.js";
import { UndoToast, openTrashDialog } from "../trash/index.js";
import { confirmDialog } from "./confirm-dialog.js";
import { isNotFound, messageOf } from "./errors.js";
import type { Doc, Session } from "./session.js";

let creating = false;
/** Posts made by New post in this window: the only ones discardIfEmpty may remove. */
const made = new WeakSet<Doc>();
let undoToast: UndoToast | null = null;
/** The post open when the Undo toast appeared: opening another one is the next action, and it goes. */
let undoShownWith: string | null = null;

function toast(session: Session): UndoToast {
  undoToast ??= new UndoToast(() => session.ctx.list.focus());
  return undoToast;
}

/** Hides the Undo toast: the next action has come. */
export function dismissUndo(): void {
  undoToast?.hide();
}

/** The open post is now `path` (or none): another post than the one after the delete hides the Undo toast. */
export function openedPost(path: string | null): void {
  if (undoToast?.showing && path !== undoShownWith) dismissUndo();
}

/** Creates an empty post (after saving the open one), opens it, and puts the cursor in its title. */
export async function newPost(session: Session): Promise<void> {
  if (creating) return;
  creating = true;
  dismissUndo();
  // Until the new post is there, the title field and the editor still belong to the open post: keep
  // them out of reach, or words typed right after "New post" would land in (and rename) the old one.
  const view = session.ctx.shell.postView;
  view.inert = true;
  // A post clicked in the list while the new one is made wins: it is not shown over it afterwards.
  const turn = session.claimShow();
  try {
    await session.saver.flush();
    // The post being left may be the one New post made a moment ago, still empty: it goes.
    await discardIfEmpty(session, session.current);
    // A new post matches no search yet: show every post, so it is there in the list.
    if (session.ctx.list.filtered) await session.ctx.browse.clear();
    const post = await session.ctx.client.createPost({});
    session.ctx.list.upsert(post);
    const doc = session.createDoc(post);
    made.add(doc);
    view.inert = false;
    // Another post was opened meanwhile: the new one, still empty, goes again.
    if (!turn.current()) return void (await discardIfEmpty(session, doc));
    session.show(doc, "title");
    session.ctx.browse.refreshTagsSoon();
  } catch (e) {
    session.error(tr("error.create", { message: messageOf(e) }));
    if (!session.current) await openFirst(session);
  } finally {
    view.inert = false;
    creating = false;
  }
}

/**
 * Removes `doc`'s file when it is a post New post made in this window that is still empty: no title,
 * no words, no tags, nothing unsaved. The host removes it only if the file is exactly as the doc last
 * knew it and empty (not to the trash: there is nothing to keep). Call it, after saving, for a post
 * being left. Resolves true when the post is gone (then it is no longer open, listed or cached).
 */
export async function discardIfEmpty(session: Session, doc: Doc | null): Promise<boolean> {
  if (!doc || !made.has(doc) || doc.dirty || doc.saving || doc.removed || doc.conflict) return false;
  const { summary } = doc;
  if (summary.titled || summary.tags.length > 0 || summary.chars > 0 || summary.draft) return false;
  if (session.titleOf(doc).trim() !== "" || session.tagsOf(doc).length > 0 || session.bodyOf(doc).trim() !== "") return false;
  let discarded = false;
  try {
    discarded = (await session.ctx.client.discardPost({ path: doc.path, baseHash: doc.baseHash })).discarded;
  } catch {
    return false;
  }
  if (!discarded) return false;
  made.delete(doc);
  session.ctx.list.remove(doc.path);
  session.forget(doc);
  return true;
}

/** Asks, then moves the open post to the journal's trash, opens the next one and offers Undo. */
export async function deleteCurrent(session: Session): Promise<void> {
  const doc = session.current;
  if (!doc) return;
  dismissUndo();
  const { client, list } = session.ctx;
  const title = session.titleOf(doc) || tr("postList.untitled");
  const ok = await confirmDialog({
    title: tr("dialog.delete.title"),
    body: tr("dialog.delete.body", { title }),
    confirm: tr("dialog.delete.confirm"),
    danger: true,
  });
  if (!ok || session.current !== doc) return;
  // The trash keeps the latest words: save pending edits first (unless the file is gone or contested).
  if (!doc.removed && !doc.conflict) await session.saver.flush();
  const path = doc.path;
  const next = list.neighbour(path);
  let trashed: TrashEntry | null = null;
  if (!doc.removed) {
    // Out of the cache first: the host's postRemoved for this very deletion is then only a list update.
    session.docs.delete(path);
    try {
      trashed = await client.deletePost({ path });
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
  if (trashed) {
    const entry = trashed;
    undoShownWith = session.current?.path ?? null;
    toast(session).show(tr("undo.deleted", { title }), () => void undoDelete(session, entry));
  }
}

/** Undo of a delete: the post comes back from the trash (to where it was) and opens. */
async function undoDelete(session: Session, entry: TrashEntry): Promise<void> {
  try {
    await restoreFromTrash(session, entry.trashPath);
  } catch (e) {
    session.error(tr("trash.restoreFailed", { message: messageOf(e) }));
  }
}

/** Puts a post back from the trash, lists it (every post shown, so it is there) and opens it. Throws when the host cannot. */
export async function restoreFromTrash(session: Session, trashPath: string): Promise<void> {
  const post = await session.ctx.client.restorePost({ trashPath });
  if (session.ctx.list.filtered) await session.ctx.browse.clear();
  session.ctx.list.upsert(post);
  session.ctx.browse.refreshTagsSoon();
  await session.open(post.path, "body");
}

/** Opens the Trash: the posts in .trash/, to restore or delete for good. */
export function openTrash(session: Session): void {
  dismissUndo();
  const { client } = session.ctx;
  openTrashDialog({
    list: () => client.listTrash(),
    restore: (entry) => restoreFromTrash(session, entry.trashPath),
    purge: async (entry) => void (await client.purgeTrash({ trashPath: entry.trashPath })),
    empty: async () => (await client.emptyTrash()).purged,
    confirm: confirmDialog,
    messageOf,
  });
}

/**
 * Changes the open post's date, draft state or file name: pending text is saved first, then the
 * change is written after it (never two writes at once) and the doc, list and filters follow.
 * Resolves with a message for the details row when it did not go through (a changed file also shows
 * the conflict banner, or its new version when nothing of ours was unsaved).
 */
export async function changeDetails(session: Session, patch: MetaPatch): Promise<string | null> {
  const doc = session.current;
  if (!doc) return null;
  dismissUndo();
  await session.saver.flush();
  let problem: string | null = null;
  await session.saver.enqueue(async () => {
    if (doc.removed || doc.conflict) {
      problem = tr("details.notNow");
      return;
    }
    try {
      const result = await session.ctx.client.updatePostMeta({ path: doc.path, baseHash: doc.baseHash, ...patch });
      if (result.status === "saved") return session.adopt(doc, result.post, result.previousPath);
      if (doc.diskChanged(result.disk) === "reload") session.reloadInPlace(doc, result.disk);
      problem = tr("details.changedOnDisk");
    } catch (e) {
      const taken = e instanceof TsuzuriError && e.code === "exists" && patch.slug !== undefined;
      problem = taken
        ? tr("details.slugTaken", { name: `${fileStemOf(patch.slug ?? "")}.md` })
        : tr("details.failed", { message: messageOf(e) });
    }
  });
  return problem;
}

async function openFirst(session: Session): Promise<void> {
  const first = session.ctx.list.first();
  if (first) await session.open(first);
  else session.showNothing();
}
