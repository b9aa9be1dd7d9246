// One thing at a time: every change to a journal (ours or one seen on disk) runs in turn.

/** Runs async tasks one after another, in the order they were queued. */
export class Mutex {
  private tail: Promise<unknown> = Promise.resolve();

  /** Queues `fn`; resolves or rejects as it does. A failing task does not stop the next. */
  run<T>(fn: () => Promise<T> | T): Promise<T> {
    const result = this.tail.then(fn);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
