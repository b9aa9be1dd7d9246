// Unsaved text kept on disk while its save cannot go through (the save failed, the file changed on
// disk, or it vanished), so that a crash then loses nothing; dropped once the post is saved or
// reloaded. On the next start, what was kept is offered back: in place when the file is still the
// one the text was edited from, else as a new post (nothing on disk is overwritten).
import type { Client, RecoveredText } from "../../core/contract/index.js";
import { tr } from "../i18n/index.js";
import { RECOVERY_KEEP_MS } from "./constants.js";
import { messageOf } from "./errors.js";
import type { Doc, Session } from "./session.js";

/** Keeps the text of posts whose save cannot go through (call `changed` on every change of a doc). */
export class RecoveryKeeper {
  /** The path each doc's text was kept under. */
  private readonly kept = new WeakMap<Doc, string>();
  private readonly timers = new WeakMap<Doc, number>();

  constructor(
    private readonly client: Client,
    private readonly content: (doc: Doc) => { title: string; body: string; tags: string[] },
  ) {}

  /** The doc's edits or save state changed. */
  changed(doc: Doc): void {
    const k = doc.phase.kind;
    if (doc.dirty && (k === "failed" || k === "conflict" || k === "removed")) this.keepSoon(doc);
    else if (!doc.dirty) this.drop(doc);
  }

  private keepSoon(doc: Doc): void {
    if (this.timers.has(doc)) return;
    this.timers.set(
      doc,
      window.setTimeout(() => {
        this.timers.delete(doc);
        void this.keep(doc);
      }, RECOVERY_KEEP_MS),
    );
  }

  private async keep(doc: Doc): Promise<void> {
    if (!doc.dirty) return;
    try {
      await this.client.saveRecovery({ path: doc.path, baseHash: doc.baseHash, ...this.content(doc) });
      const before = this.kept.get(doc);
      if (before && before !== doc.path) void this.client.dropRecovery({ path: before }).catch(() => undefined);
      this.kept.set(doc, doc.path);
    } catch {
      // The banner already says that the save failed; the text is still in the editor.
    }
  }

  private drop(doc: Doc): void {
    const timer = this.timers.get(doc);
    if (timer !== undefined) window.clearTimeout(timer);
    this.timers.delete(doc);
    const path = this.kept.get(doc);
    if (path === undefined) return;
    this.kept.delete(doc);
    void this.client.dropRecovery({ path }).catch(() => undefined);
  }
}

/** Offers, one banner at a time, the text kept by an earlier run that was not saved. */
export async function offerRecoveries(session: Session): Promise<void> {
  const { client } = session.ctx;
  let kept: RecoveredText[];
  try {
    kept = await client.listRecoveries();
  } catch {
    return;
  }
  const waiting: RecoveredText[] = [];
  for (const r of kept) {
    const listed = session.ctx.list.get(r.path);
    if (listed && listed.hash === r.baseHash && (await sameAsFile(client, r)))
      void client.dropRecovery({ path: r.path }).catch(() => undefined);
    else waiting.push(r);
  }
  offerNext(session, waiting);
}

async function sameAsFile(client: Client, r: RecoveredText): Promise<boolean> {
  try {
    const post = await client.readPost({ path: r.path });
    return post.body === r.body && (post.titled ? post.title : "") === r.title && post.tags.join("\n") === r.tags.join("\n");
  } catch {
    return false;
  }
}

function offerNext(session: Session, waiting: RecoveredText[]): void {
  const r = waiting.shift();
  if (!r) return;
  const { banners, client } = session.ctx;
  const key = `recovery:${r.path}`;
  const when = new Date(r.savedAt).toLocaleString(document.documentElement.lang || undefined);
  const next = () => {
    banners.hide(key);
    offerNext(session, waiting);
  };
  banners.show(key, tr("recovery.found", { title: r.title || r.path, when }), [
    { label: tr("recovery.restore"), primary: true, run: () => void restore(session, r).then(next) },
    {
      label: tr("recovery.discard"),
      run: () =>
        void client
          .dropRecovery({ path: r.path })
          .catch(() => undefined)
          .then(next),
    },
  ]);
}

/** Puts the kept text back: into its post when the file is unchanged since, else into a new post. */
async function restore(session: Session, r: RecoveredText): Promise<void> {
  const { client, list } = session.ctx;
  try {
    if (list.get(r.path)?.hash === r.baseHash) {
      await session.open(r.path, "body");
      if (session.current?.path !== r.path) return;
      replaceContent(session, r);
    } else {
      const post = await client.createPost({ title: tr("recovery.newTitle", { title: r.title || r.path }), body: r.body });
      list.upsert(post);
      await session.open(post.path, "body");
    }
    await client.dropRecovery({ path: r.path });
  } catch (e) {
    session.error(tr("recovery.failed", { message: messageOf(e) }));
  }
}

function replaceContent(session: Session, r: RecoveredText): void {
  const { editor, shell, tagEditor } = session.ctx;
  editor.view.dispatch({ changes: { from: 0, to: editor.view.state.doc.length, insert: r.body } });
  shell.titleInput.value = r.title;
  session.titleChanged();
  tagEditor.setTags(r.tags);
  session.tagsChanged();
}
