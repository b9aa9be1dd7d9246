// Tracks operation calls in flight, so a host that is closing can wait for the saves its pages send
// when told to `flush`. There is no explicit "done" answer to `flush`, so the wait ends when
//  - a save has completed and nothing has been in flight for FLUSH_SETTLE_MS, or
//  - no call at all started within FLUSH_QUIET_MS (the pages had nothing to save), or
//  - the timeout passed.

/** How long a wait lasts without news. */
export interface WaitTimes {
  /** Upper bound of the whole wait. */
  timeoutMs: number;
  /** Ends the wait when no call starts within this long. */
  quietMs: number;
  /** After a save, how long nothing may be in flight before the wait ends. */
  settleMs: number;
}

/** Counts calls in flight and saves completed. */
export class Activity {
  private inFlight = 0;
  private saves = 0;
  private starts = 0;
  private readonly watchers = new Set<() => void>();

  /** Marks the start of operation `op`; returns the function that marks its end (idempotent). */
  begin(op: string): () => void {
    this.inFlight++;
    this.starts++;
    this.notify();
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.inFlight--;
      if (op === "savePost") this.saves++;
      this.notify();
    };
  }

  /** Waits for the saves that follow a `flush` event (see the file comment for when it ends). */
  waitForSaves({ timeoutMs, quietMs, settleMs }: WaitTimes): Promise<void> {
    const savesBefore = this.saves;
    const startsBefore = this.starts;
    return new Promise((resolve) => {
      const timers = new Set<ReturnType<typeof setTimeout>>();
      const later = (ms: number, fn: () => void) => {
        const id = setTimeout(() => {
          timers.delete(id);
          fn();
        }, ms);
        timers.add(id);
      };
      let settle: ReturnType<typeof setTimeout> | null = null;
      const done = () => {
        for (const id of timers) clearTimeout(id);
        if (settle) clearTimeout(settle);
        this.watchers.delete(watch);
        resolve();
      };
      const watch = () => {
        if (settle) clearTimeout(settle);
        settle = null;
        if (this.saves > savesBefore && this.inFlight === 0) settle = setTimeout(done, settleMs);
      };
      this.watchers.add(watch);
      later(timeoutMs, done);
      later(quietMs, () => {
        if (this.starts === startsBefore) done();
      });
    });
  }

  private notify(): void {
    for (const w of this.watchers) w();
  }
}
