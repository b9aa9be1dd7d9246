// The window's editing session: which post is open, the posts opened before it, what the views show
// of them, and saving. Each post's own save state lives in its PostSession (renderer/session).
import type { Post, PostSummary } from "../../core/contract/index.js";
import { Autosave, DocCache, MAX_CACHED_STATES, PostSession, savePostSession, type PostContent, type SaveDeps } from "../session/index.js";
import { tr } from "../i18n/index.js";
import type { AppContext } from "./context.js";
import type { SessionDeps } from "./session-deps.js";
import { isNotFound, messageOf } from "./errors.js";

/** An opened post (its session). */
export type Doc = PostSession;

/** Where to put the keyboard focus after opening a post. */
export type FocusTarget = "title" | "body" | null;

/** The editing session of the window. */
export class Session {
  /** The post shown in the editor. */
  current: Doc | null = null;
  /** Posts opened in this session (with their undo histories). */
  readonly docs = new DocCache(MAX_CACHED_STATES);
  /** Saving: debounced after edits (with a ceiling while typing goes on), immediate on request. */
  readonly saver: Autosave;
  /** True while an IME composition runs in the title field. */
  titleComposing = false;
  /** Run before another post is opened, with the one being left (an empty new post is discarded). */
  onLeave: (doc: Doc) => Promise<void> = async () => undefined;
  /** Run on every change of any doc's edits or save state (the recovery keeper). */
  onDocChange: (doc: Doc) => void = () => undefined;
  private readonly phaseListeners = new Set<() => void>();
  private openSeq = 0;
  private readonly saveDeps: SaveDeps;

  /**
   * `deps` is all the session itself uses; `ctx` is the app's views, for the actions that take a
   * session (they reach the views through it).
   */
  constructor(
    private readonly deps: SessionDeps,
    readonly ctx: AppContext,
  ) {
    this.saver = new Autosave(
      () => this.saveAll(),
      () => deps.editor.composing || this.titleComposing,
    );
    this.saveDeps = { savePost: (args) => deps.client.savePost(args), content: (doc) => this.contentOf(doc) };
  }

  /**
   * Calls `listener` whenever the open post, or its save state, changed (banners, the details row).
   * Returns a function that stops it.
   */
  onPhase(listener: () => void): () => void {
    this.phaseListeners.add(listener);
    return () => this.phaseListeners.delete(listener);
  }

  private phaseChanged(): void {
    for (const listener of this.phaseListeners) listener();
  }

  /** A session for a post read from disk (or just made). */
  createDoc(post: Post, cursor = 0): Doc {
    const doc = new PostSession(post.path, post, this.deps.editor.createState(post.body, cursor));
    doc.onChange = (d) => {
      this.onDocChange(d);
      if (d !== this.current) return;
      this.refreshStatus();
      this.phaseChanged();
    };
    return doc;
  }

  /** The live title of a doc. */
  titleOf(doc: Doc): string {
    return doc === this.current ? this.deps.title.value : doc.title;
  }

  /** The live tags of a doc. */
  tagsOf(doc: Doc): string[] {
    return doc === this.current ? this.deps.tags.tags : doc.tags;
  }

  /** The live body of a doc (O(size): for saving, not per keystroke). */
  bodyOf(doc: Doc): string {
    return doc === this.current ? this.deps.editor.text() : doc.state.doc.toString();
  }

  /** The live title, body and tags of a doc. */
  contentOf(doc: Doc): PostContent {
    return { title: this.titleOf(doc), body: this.bodyOf(doc), tags: this.tagsOf(doc) };
  }

  /** The editor's document changed (typing path: no I/O, nothing proportional to the journal). */
  bodyChanged(): void {
    if (!this.current) return;
    this.edited(this.current);
    this.deps.preview.schedule();
  }

  /** The title field changed. */
  titleChanged(): void {
    if (!this.current) return;
    const title = this.deps.title.value;
    this.edited(this.current);
    this.deps.preview.setTitle(title);
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
    doc.edit();
    if (!doc.removed) this.saver.touch();
  }

  /**
   * Saves `doc` if it has unsaved edits (or always, with `force`: "Keep mine"). Never throws: the
   * outcome shows in the status bar and banners; the list and filters follow a save that went through.
   */
  async saveDoc(doc: Doc, force = false): Promise<void> {
    const outcome = await savePostSession(doc, this.saveDeps, force);
    if (outcome.kind === "saved") {
      if (outcome.post.path !== doc.path) this.renamed(doc, outcome.post.path);
      this.deps.list.upsert(outcome.post, outcome.previousPath);
      this.deps.saved(outcome.before, outcome.post);
    }
    // Edits typed while the save was on its way are saved after the usual quiet time.
    if (doc.phase.kind === "dirty") this.saver.touch();
  }

  /** Saves the open post, then any other post with edits waiting (not one whose save failed). */
  async saveAll(): Promise<void> {
    const first = this.current;
    if (first) await this.saveDoc(first);
    for (const doc of this.docs.all()) if (doc !== first && doc.phase.kind === "dirty") await this.saveDoc(doc);
  }

  /**
   * Opens a post: saves the current one first, reuses the kept state when the file has not changed.
   * `early` is a read of this post already under way (start-up asks for it beside the list).
   */
  async open(path: string, focus: FocusTarget = null, early: Promise<Post> | null = null): Promise<void> {
    if (this.current?.path === path) return this.focus(focus);
    const seq = ++this.openSeq;
    await this.saver.flush();
    if (seq !== this.openSeq) return;
    const leaving = this.current;
    if (leaving) {
      await this.onLeave(leaving);
      if (seq !== this.openSeq) return;
    }
    let doc = this.docs.get(path);
    const listed = this.deps.list.get(path);
    if (!doc || !listed || listed.hash !== doc.baseHash) {
      let post: Post;
      try {
        post = await (early ?? this.deps.client.readPost({ path }));
      } catch (e) {
        if (seq !== this.openSeq) return;
        if (isNotFound(e)) this.deps.list.remove(path);
        this.error(tr("error.open", { message: messageOf(e) }));
        return;
      }
      if (seq !== this.openSeq) return;
      if (!doc || doc.diskChanged(post) === "reload") doc = this.createDoc(post);
    }
    this.show(doc, focus);
  }

  /**
   * Takes the next turn to show a post without open() (New post shows the post it made): an open
   * under way is dropped. `current()` stays true until another open is asked for after this one.
   */
  claimShow(): { current(): boolean } {
    const seq = ++this.openSeq;
    return { current: () => seq === this.openSeq };
  }

  /** Shows a doc in the editor, preview, list and status bar. */
  show(doc: Doc, focus: FocusTarget = null): void {
    const { editor, title, tags, list, preview } = this.deps;
    this.stash();
    this.current = doc;
    this.docs.put(doc, doc);
    this.deps.showEmpty(false);
    editor.setState(doc.state);
    title.value = doc.title;
    tags.setTags(doc.tags);
    list.setCurrent(doc.path);
    list.revealCurrent();
    preview.setPost(doc.path, doc.title);
    this.refreshStatus();
    this.phaseChanged();
    this.setDocumentTitle(doc.title);
    this.persistLastPost();
    this.focus(focus);
  }

  /** Shows the empty state (no post open). */
  showNothing(): void {
    this.stash();
    this.current = null;
    this.deps.list.setCurrent(null);
    this.deps.preview.setPost(null, "");
    this.deps.status.setSave({ kind: "none" });
    this.deps.banners.hide();
    this.deps.showEmpty(this.deps.list.size === 0);
    this.setDocumentTitle(null);
  }

  /** Forgets a doc (deleted, or replaced); if it is open, nothing is open afterwards. */
  forget(doc: Doc): void {
    this.docs.delete(doc.path);
    if (this.current === doc) this.current = null;
  }

  /** Replaces the open post's text with the file's (it changed on disk; nothing of ours is lost). */
  reloadInPlace(doc: Doc, post: Post): void {
    this.deps.editor.whenNotComposing(() => {
      const { editor, title, tags, preview } = this.deps;
      doc.reloaded(post, editor.createState(post.body, doc === this.current ? editor.state.selection.main.head : 0));
      if (doc !== this.current) return;
      const scrollTop = editor.view.scrollDOM.scrollTop;
      editor.setState(doc.state);
      editor.view.scrollDOM.scrollTop = scrollTop;
      title.value = doc.title;
      tags.setTags(doc.tags);
      preview.setPost(doc.path, doc.title);
      this.setDocumentTitle(doc.title);
      this.refreshStatus();
      this.phaseChanged();
    });
  }

  /**
   * A write of the doc's file made outside the text (post details: date, draft, slug) went through:
   * the doc, the list and the filters follow the file. Unsaved text edits stay unsaved.
   */
  adopt(doc: Doc, post: PostSummary, previousPath: string): void {
    const before = doc.summary;
    doc.adopted(post);
    if (post.path !== doc.path) this.renamed(doc, post.path);
    this.deps.list.upsert(post, previousPath);
    this.deps.saved(before, post);
    if (doc === this.current) this.deps.list.setCurrent(doc.path);
    this.refreshStatus();
  }

  /** Follows a rename of the doc's file (the title changed): cache, list and settings. */
  renamed(doc: Doc, to: string): void {
    this.docs.rename(doc, to);
    if (doc === this.current) this.persistLastPost();
  }

  /** Shows the save state of the open post. */
  refreshStatus(): void {
    const doc = this.current;
    const { status } = this.deps;
    if (!doc) return status.setSave({ kind: "none" });
    const kind = doc.status();
    status.setSave(kind === "error" ? { kind, message: doc.error ?? "" } : { kind });
  }

  /** Shows an error banner that the user can dismiss. */
  error(message: string): void {
    this.deps.banners.show(`error:${message}`, message, [{ label: tr("error.dismiss"), run: () => this.deps.banners.hide() }], "error");
  }

  /** Puts the focus in the title or the body. */
  focus(target: FocusTarget): void {
    if (target === "title") this.deps.title.focus();
    else if (target === "body") this.deps.editor.focus();
  }

  private stash(): void {
    const doc = this.current;
    if (!doc) return;
    doc.state = this.deps.editor.state;
    doc.title = this.deps.title.value;
    doc.tags = this.deps.tags.tags;
  }

  private setDocumentTitle(title: string | null): void {
    this.deps.windowTitle(title === null ? tr("app.name") : tr("app.documentTitle", { title: title || tr("postList.untitled") }));
  }

  private persistLastPost(): void {
    const path = this.current?.path ?? null;
    this.deps.client.updateSettings({ lastPost: path }).catch(() => undefined);
  }
}
