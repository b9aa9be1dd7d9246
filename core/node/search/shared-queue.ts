// Runs async work a few at a time, in the order asked, and lets identical requests share one run:
// a burst of the same search from many pages (or one page typing) costs one search, and a burst of
// different ones is answered first-come first-served instead of all slowing down together.

/** A bounded, first-in first-out queue whose requests with the same key share one run while it is pending. */
export class SharedQueue<T> {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly pending = new Map<string, Promise<T>>();

  constructor(private readonly concurrency: number) {}

  /** Runs `work` when a slot is free, unless a run with the same `key` is queued or running: then its result is shared. */
  run(key: string, work: () => Promise<T>): Promise<T> {
    const shared = this.pending.get(key);
    if (shared) return shared;
    const result = this.slot()
      .then(work)
      .finally(() => {
        this.release();
        if (this.pending.get(key) === result) this.pending.delete(key);
      });
    this.pending.set(key, result);
    return result;
  }

  /** Requests queued or running (each key once). */
  get size(): number {
    return this.pending.size;
  }

  private slot(): Promise<void> {
    if (this.running < this.concurrency) {
      this.running++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }
}
