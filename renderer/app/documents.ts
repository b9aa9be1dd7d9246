// Posts opened in this session, each with its own editor state (so its undo history survives
// switching away and back), the file hash it is based on, and whether it has unsaved edits.
import type { EditorState } from "@codemirror/state";
import type { Post, PostSummary } from "../../core/contract/index.js";

/** An opened post. */
export interface Doc {
  path: string;
  summary: PostSummary;
  /** Hash of the file as last read or written: what the next save names as its base. */
  baseHash: string;
  /** The title (the title field holds the live one while the post is open). */
  title: string;
  /** The tags (the tag editor holds the live ones while the post is open). */
  tags: string[];
  /** The editor state (the view holds the live one while the post is open). */
  state: EditorState;
  /** Edits not yet on disk. */
  dirty: boolean;
  /** Bumped by every edit: a save only clears `dirty` if no edit came in meanwhile. */
  seq: number;
  /** The file as found on disk when it changed under unsaved edits; the user decides. */
  conflict: Post | null;
  /** The file vanished outside the app; the text is kept until the user decides. */
  removed: boolean;
  /** Why the last save failed. */
  error: string | null;
  /** A save is on its way. */
  saving: boolean;
}

/** A fresh Doc for a post read from disk. */
export function createDoc(post: Post, state: EditorState): Doc {
  const { body: _body, ...summary } = post;
  return { path: post.path, summary, baseHash: post.hash, title: post.titled ? post.title : "", tags: [...post.tags], state, dirty: false, seq: 0, conflict: null, removed: false, error: null, saving: false };
}

/** The opened posts, least recently used evicted first (never one with unsaved edits). */
export class DocCache {
  private readonly docs = new Map<string, Doc>();

  constructor(private readonly max: number) {}

  /** The doc of a path. */
  get(path: string): Doc | undefined {
    return this.docs.get(path);
  }

  /** Every doc. */
  all(): Doc[] {
    return [...this.docs.values()];
  }

  /** Adds or refreshes a doc (marks it most recently used), evicting old clean ones. */
  put(doc: Doc, keep?: Doc | null): void {
    this.docs.delete(doc.path);
    this.docs.set(doc.path, doc);
    for (const [path, d] of this.docs) {
      if (this.docs.size <= this.max) break;
      if (d !== doc && d !== keep && !d.dirty && !d.saving) this.docs.delete(path);
    }
  }

  /** Forgets a doc. */
  delete(path: string): void {
    this.docs.delete(path);
  }

  /** Forgets everything. */
  clear(): void {
    this.docs.clear();
  }

  /** Moves a doc to a new path (its file was renamed to follow the title). */
  rename(doc: Doc, to: string): void {
    if (this.docs.get(doc.path) === doc) this.docs.delete(doc.path);
    doc.path = to;
    this.docs.set(to, doc);
  }
}
