// The posts opened in this window, least recently used evicted first (never one with unsaved edits).
import type { PostSession } from "./post-session.js";

/** Opened posts by path. */
export class DocCache {
  private readonly docs = new Map<string, PostSession>();

  constructor(private readonly max: number) {}

  /** The session of a path. */
  get(path: string): PostSession | undefined {
    return this.docs.get(path);
  }

  /** Every session. */
  all(): PostSession[] {
    return [...this.docs.values()];
  }

  /** Adds or refreshes a session (marks it most recently used), evicting old idle ones but `keep`. */
  put(doc: PostSession, keep?: PostSession | null): void {
    this.docs.delete(doc.path);
    this.docs.set(doc.path, doc);
    for (const [path, d] of this.docs) {
      if (this.docs.size <= this.max) break;
      if (d !== doc && d !== keep && !d.busy) this.docs.delete(path);
    }
  }

  /** Forgets a session. */
  delete(path: string): void {
    this.docs.delete(path);
  }

  /** Forgets everything. */
  clear(): void {
    this.docs.clear();
  }

  /** Moves a session to a new path (its file was renamed). */
  rename(doc: PostSession, to: string): void {
    if (this.docs.get(doc.path) === doc) this.docs.delete(doc.path);
    doc.path = to;
    this.docs.set(to, doc);
  }
}
