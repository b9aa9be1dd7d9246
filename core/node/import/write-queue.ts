// A bounded number of writes in flight while the next posts are being converted.

/** Runs tasks with at most `limit` at once; add() waits while the queue is full. Tasks must not reject. */
export class WriteQueue {
  private readonly inFlight = new Set<Promise<void>>();

  constructor(private readonly limit: number) {}

  /** Starts `task` once fewer than `limit` tasks run. */
  async add(task: () => Promise<void>): Promise<void> {
    while (this.inFlight.size >= this.limit) await Promise.race(this.inFlight);
    const running: Promise<void> = task().finally(() => this.inFlight.delete(running));
    this.inFlight.add(running);
  }

  /** Waits for every task started so far. */
  async drain(): Promise<void> {
    await Promise.all(this.inFlight);
  }
}
