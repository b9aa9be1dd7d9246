// One open post as a small state machine: clean → dirty → saving → saved | conflict, and the side
// states failed (the last save did not go through) and removed (the file vanished). The session
// holds the post's own editor state (so its undo history survives switching away and back), the
// hash of the file it is based on, and counts edits so that a save only marks what it wrote as saved.
import type { EditorState } from "@codemirror/state";
import type { Post, PostSummary } from "../../core/contract/index.js";

/** Where a post's session is. */
export type PostPhase =
  /** As read from disk, not edited since. */
  | { kind: "clean" }
  /** Edited; the edits are not on disk yet. */
  | { kind: "dirty" }
  /** A save of the text as of edit `seq` is on its way (`force`: "Keep mine"). */
  | { kind: "saving"; seq: number; force: boolean }
  /** Our last save wrote everything there was. */
  | { kind: "saved" }
  /** The file changed on disk under unsaved edits; the user decides. `disk` is the file as found. */
  | { kind: "conflict"; disk: Post }
  /** The last save failed, for `message`; the edits are kept and the next save tries again. */
  | { kind: "failed"; message: string }
  /** The file vanished outside the app; the text is kept until the user decides. */
  | { kind: "removed" };

/** What the status bar says of a post. */
export type SaveStatus = "saved" | "unsaved" | "saving" | "conflict" | "removed" | "error";

/** An opened post and its save state. */
export class PostSession {
  /** Hash of the file as last read or written: what the next save names as its base. */
  baseHash: string;
  /** The file's summary as last read or written. */
  summary: PostSummary;
  /** The title (the title field holds the live one while the post is open). */
  title: string;
  /** The tags (the tag editor holds the live ones while the post is open). */
  tags: string[];
  /** Bumped by every edit. */
  seq = 0;
  private phaseNow: PostPhase = { kind: "clean" };
  /** The edit count of the text that is on disk. */
  private savedSeq = 0;
  /** Called after every change of phase (the app refreshes the status bar and banners). */
  onChange: ((session: PostSession) => void) | null = null;

  constructor(
    public path: string,
    post: Post,
    public state: EditorState,
  ) {
    const { body: _body, ...summary } = post;
    this.summary = summary;
    this.baseHash = post.hash;
    this.title = post.titled ? post.title : "";
    this.tags = [...post.tags];
  }

  /** The phase now. */
  get phase(): PostPhase {
    return this.phaseNow;
  }

  /** Edits that are not on disk. */
  get dirty(): boolean {
    return this.seq !== this.savedSeq;
  }

  /** A save is on its way. */
  get saving(): boolean {
    return this.phaseNow.kind === "saving";
  }

  /** The file as found on disk when it changed under our edits, while the user has not decided. */
  get conflict(): Post | null {
    return this.phaseNow.kind === "conflict" ? this.phaseNow.disk : null;
  }

  /** The file vanished. */
  get removed(): boolean {
    return this.phaseNow.kind === "removed";
  }

  /** Why the last save failed, while it stands. */
  get error(): string | null {
    return this.phaseNow.kind === "failed" ? this.phaseNow.message : null;
  }

  /** True while the session must stay in memory (unsaved edits or a save on its way). */
  get busy(): boolean {
    return this.dirty || this.saving;
  }

  /** True when a timed save should write this post now. */
  get wantsSave(): boolean {
    const k = this.phaseNow.kind;
    return this.dirty && (k === "dirty" || k === "failed");
  }

  /** What the status bar shows. */
  status(): SaveStatus {
    switch (this.phaseNow.kind) {
      case "removed":
        return "removed";
      case "conflict":
        return "conflict";
      case "saving":
        return "saving";
      case "failed":
        return "error";
      default:
        return this.dirty ? "unsaved" : "saved";
    }
  }

  /** The user edited the title, body or tags. */
  edit(): void {
    this.seq++;
    const k = this.phaseNow.kind;
    if (k === "clean" || k === "saved") this.go({ kind: "dirty" });
    else this.changed();
  }

  /**
   * A save starts: returns the edit count it writes, or null when there is nothing to save (or it
   * may not: a conflict or a vanished file waits for the user, unless `force` — "Keep mine").
   */
  beginSave(force = false): number | null {
    const k = this.phaseNow.kind;
    if (k === "saving" || k === "removed") return null;
    if (k === "conflict" && !force) return null;
    if (!this.dirty && !force) return null;
    this.go({ kind: "saving", seq: this.seq, force });
    return this.seq;
  }

  /** The save went through: the file is now `post` (maybe at a new path). */
  saveSucceeded(post: PostSummary): void {
    const phase = this.phaseNow;
    if (phase.kind !== "saving") return;
    this.baseHash = post.hash;
    this.summary = post;
    this.savedSeq = phase.seq;
    this.go(this.dirty ? { kind: "dirty" } : { kind: "saved" });
  }

  /** The save found the file changed on disk: nothing was written. */
  saveConflicted(disk: Post): void {
    if (this.phaseNow.kind === "saving") this.go({ kind: "conflict", disk });
  }

  /** The save failed; the edits are kept. */
  saveFailed(message: string): void {
    if (this.phaseNow.kind === "saving") this.go({ kind: "failed", message });
  }

  /**
   * The file changed on disk (another program): "reload" when nothing of ours is unsaved (the caller
   * shows the file's text), "conflict" when edits would be lost, "same" when it is what we have.
   */
  diskChanged(disk: Post): "same" | "reload" | "conflict" {
    if (disk.hash === this.baseHash) return "same";
    if (this.dirty || this.saving || this.phaseNow.kind === "conflict") {
      this.go({ kind: "conflict", disk });
      return "conflict";
    }
    return "reload";
  }

  /** The file vanished. */
  diskRemoved(): void {
    this.go({ kind: "removed" });
  }

  /** The text was replaced by the file's: nothing unsaved any more. */
  reloaded(post: Post, state: EditorState): void {
    const { body: _body, ...summary } = post;
    this.summary = summary;
    this.baseHash = post.hash;
    this.title = post.titled ? post.title : "";
    this.tags = [...post.tags];
    this.state = state;
    this.seq++;
    this.savedSeq = this.seq;
    this.go({ kind: "clean" });
  }

  /**
   * The text was written as a new file (its old one had vanished). `pending`: edits still to save
   * (typed meanwhile, or the tags the new file does not have yet).
   */
  recreated(post: PostSummary, pending: boolean): void {
    this.baseHash = post.hash;
    this.summary = post;
    // With something still to save, the text on disk is not the text as of this edit: count one more.
    if (pending) this.seq++;
    else this.savedSeq = this.seq;
    this.go(pending ? { kind: "dirty" } : { kind: "saved" });
  }

  /** A write of the file made outside the text (post details) went through; unsaved edits stay so. */
  adopted(post: PostSummary): void {
    this.baseHash = post.hash;
    this.summary = post;
    this.changed();
  }

  private go(phase: PostPhase): void {
    this.phaseNow = phase;
    this.changed();
  }

  private changed(): void {
    this.onChange?.(this);
  }
}
