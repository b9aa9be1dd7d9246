// The open post and the posts opened before it: opening, showing, editing, and what the status bar
// and banners say about it. Saving lives in save.ts, banners' actions in conflicts.ts.
import type { Post } from "../../core/contract/index.js";
import { tr } from "../i18n/index.js";
import { Autosave } from "./autosave.js";
import { refreshBanner } from "./conflicts.js";
import { MAX_CACHED_STATES } from "./constants.js";
import type { AppContext } from "./context.js";
import { DocCache, createDoc, type Doc } from "./documents.js";
import { saveDoc } from "./save.js";
import { showEmpty } from "./shell.js";
import { isNotFound, messageOf } from "./errors.js";

/** Where to put the keyboard focus after opening a post. */
export type FocusTarget = "title" | "body" | null;

/** The editing session of the window. */
export class Session {
  /** The post shown in the editor. */
  current: Doc | null = null;
  /** Posts opened in this session (with their undo histories). */
  readonly docs = new DocCache(MAX_CACHED_STATES);
  /** Saving: debounced after edits, immediate on request. */
  readonly saver: Autosave;
  /** True while an IME composition runs in the title field. */
  titleComposing = false;
  private openSeq = 0;

  constructor(readonly ctx: AppContext) {
    this.saver = new Autosave(() => this.saveAll(), () => ctx.editor.composing || this.titleComposing);
  }

  /** The live title of a doc. */
  titleOf(doc: Doc): string {
    return doc === this.current ? this.ctx.shell.titleInput.value : doc.title;
  }

  /** The live tags of a doc. */
  tagsOf(doc: Doc): string[] {
    return doc === this.current ? this.ctx.tagEditor.tags : doc.tags;
  }

  /** The live body of a doc (O(size): for saving, not per keystroke). */
  bodyOf(doc: Doc): string {
    return doc === this.current ? this.ctx.editor.text() : doc.state.doc.toString();
  }

  /** The editor's document changed (typing path: no I/O, nothing proportional to the journal). */
  bodyChanged(): void {
    if (!this.current) return;
    this.edited(this.current);
    this.ctx.preview.schedule();
    this.ctx.status.setChars(this.ctx.editor.chars());
  }

  /** The title field changed. */
  titleChanged(): void {
    if (!this.current) return;
    const title = this.ctx.shell.titleInput.value;
    this.edited(this.current);
    this.ctx.preview.setTitle(title);
    this.setDocumentTitle(title);
  }

  /** The tag editor added or removed a tag. */
  tagsChanged(): void {
    if (this.current) this.edited(this.current);
  }

  /** An IME composition ended: the save it held back may go now. */
  compositionEnded(): void {
    if (this.current?.dirty) this.saver.touch();
  }

  private edited(doc: Doc): void {
    doc.seq++;
    doc.dirty = true;
    if (!doc.removed) this.saver.touch();
    this.refreshStatus();
  }

  /** Saves the open post, then any other post whose save failed before. */
  async saveAll(): Promise<void> {
    const first = this.current;
    if (first) await saveDoc(this, first);
    for (const doc of this.docs.all()) if (doc !== first && doc.dirty && !doc.error) await saveDoc(this, doc);
  }

  /** Opens a post: saves the current one first, reuses the kept state when the file has not changed. */
  async open(path: string, focus: FocusTarget = null): Promise<void> {
    if (this.current?.path === path) return this.focus(focus);
    const seq = ++this.openSeq;
    await this.saver.flush();
    if (seq !== this.openSeq) return;
    let doc = this.docs.get(path);
    const listed = this.ctx.list.get(path);
    if (!doc || !listed || listed.hash !== doc.baseHash) {
      let post: Post;
      try {
        post = await this.ctx.client.readPost({ path });
      } catch (e) {
        if (seq !== this.openSeq) return;
        if (isNotFound(e)) this.ctx.list.remove(path);
        this.error(tr("error.open", { message: messageOf(e) }));
        return;
      }
      if (seq !== this.openSeq) return;
      if (doc && doc.baseHash !== post.hash && doc.dirty) doc.conflict = post;
      else if (!doc || doc.baseHash !== post.hash) doc = createDoc(post, this.ctx.editor.createState(post.body));
    }
    this.show(doc, focus);
  }

  /** Shows a doc in the editor, preview, list and status bar. */
  show(doc: Doc, focus: FocusTarget = null): void {
    const { editor, shell, list, preview, status } = this.ctx;
    this.stash();
    this.current = doc;
    this.docs.put(doc, doc);
    showEmpty(shell, false);
    editor.setState(doc.state);
    shell.titleInput.value = doc.title;
    this.ctx.tagEditor.setTags(doc.tags);
    list.setCurrent(doc.path);
    list.revealCurrent();
    preview.setPost(doc.path, doc.title);
    status.setChars(editor.chars());
    this.refreshStatus();
    refreshBanner(this);
    this.setDocumentTitle(doc.title);
    this.persistLastPost();
    this.focus(focus);
  }

  /** Shows the empty state (no post open). */
  showNothing(): void {
    this.stash();
    this.current = null;
    this.ctx.list.setCurrent(null);
    this.ctx.preview.setPost(null, "");
    this.ctx.status.setSave({ kind: "none" });
    this.ctx.status.setChars(null);
    this.ctx.banners.hide();
    showEmpty(this.ctx.shell, this.ctx.list.size === 0);
    this.setDocumentTitle(null);
  }

  /** Forgets a doc (deleted, or replaced); if it is open, nothing is open afterwards. */
  forget(doc: Doc): void {
    this.docs.delete(doc.path);
    if (this.current === doc) this.current = null;
  }

  /** Replaces the open post's text with the file's (it changed on disk; nothing of ours is lost). */
  reloadInPlace(doc: Doc, post: Post): void {
    this.ctx.editor.whenNotComposing(() => {
      const { editor, shell, preview, status } = this.ctx;
      const fresh = createDoc(post, editor.createState(post.body, doc === this.current ? editor.state.selection.main.head : 0));
      Object.assign(doc, { ...fresh, path: doc.path, seq: doc.seq + 1 });
      if (doc !== this.current) return;
      const scrollTop = editor.view.scrollDOM.scrollTop;
      editor.setState(doc.state);
      editor.view.scrollDOM.scrollTop = scrollTop;
      shell.titleInput.value = doc.title;
      this.ctx.tagEditor.setTags(doc.tags);
      preview.setPost(doc.path, doc.title);
      status.setChars(editor.chars());
      this.setDocumentTitle(doc.title);
      this.refreshStatus();
      refreshBanner(this);
    });
  }

  /** Follows a rename of the doc's file (the title changed): cache, list and settings. */
  renamed(doc: Doc, to: string): void {
    this.docs.rename(doc, to);
    if (doc === this.current) this.persistLastPost();
  }

  /** Shows the save state of the open post. */
  refreshStatus(): void {
    const doc = this.current;
    const { status } = this.ctx;
    if (!doc) return status.setSave({ kind: "none" });
    if (doc.removed) status.setSave({ kind: "removed" });
    else if (doc.conflict) status.setSave({ kind: "conflict" });
    else if (doc.saving) status.setSave({ kind: "saving" });
    else if (doc.error) status.setSave({ kind: "error", message: doc.error });
    else status.setSave({ kind: doc.dirty ? "unsaved" : "saved" });
  }

  /** Shows an error banner that the user can dismiss. */
  error(message: string): void {
    this.ctx.banners.show(`error:${message}`, message, [{ label: tr("error.dismiss"), run: () => this.ctx.banners.hide() }], "error");
  }

  /** Puts the focus in the title or the body. */
  focus(target: FocusTarget): void {
    if (target === "title") this.ctx.shell.titleInput.focus();
    else if (target === "body") this.ctx.editor.focus();
  }

  private stash(): void {
    const doc = this.current;
    if (!doc) return;
    doc.state = this.ctx.editor.state;
    doc.title = this.ctx.shell.titleInput.value;
    doc.tags = this.ctx.tagEditor.tags;
  }

  private setDocumentTitle(title: string | null): void {
    document.title = title === null ? tr("app.name") : tr("app.documentTitle", { title: title || tr("postList.untitled") });
  }

  private persistLastPost(): void {
    const path = this.current?.path ?? null;
    this.ctx.client.updateSettings({ lastPost: path }).catch(() => undefined);
  }
}
