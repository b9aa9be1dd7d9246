// Keeping reads of the search index and tag catalog in step with the app's own writes: a search that
// arrives while a save (or create, delete, restore, tag edit) is on its way waits for it, so it never
// answers from the index as it was before a write the renderer asked for first.

/** The writes under way; readers wait for those that started before them. */
export class WriteBarrier {
  private readonly pending = new Set<Promise<unknown>>();

  /** Runs `write`, counting it as under way until it settles (whatever the outcome). */
  track<T>(write: Promise<T>): Promise<T> {
    const settled = write.then(
      () => undefined,
      () => undefined,
    );
    this.pending.add(settled);
    void settled.then(() => this.pending.delete(settled));
    return write;
  }

  /** Resolves once every write under way now has settled (writes started later are not waited for). */
  async settled(): Promise<void> {
    if (this.pending.size > 0) await Promise.all([...this.pending]);
  }
}
