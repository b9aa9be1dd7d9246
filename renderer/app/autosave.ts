// When to save: after a quiet moment, or at once when asked (switching posts, blur, quit). Saves run
// one after another, never two at a time.
import { AUTOSAVE_DEBOUNCE_MS } from "./constants.js";

/** Debounced, serialised saving. */
export class Autosave {
  private timer = 0;
  private chain: Promise<void> = Promise.resolve();

  /**
   * `save` writes whatever is unsaved (and does nothing when all is saved). `blocked` is checked
   * when the quiet time ends: while it returns true (an IME composition) the timer's save is skipped,
   * and the owner calls `touch` again when the block lifts.
   */
  constructor(private readonly save: () => Promise<void>, private readonly blocked: () => boolean, private readonly delay = AUTOSAVE_DEBOUNCE_MS) {}

  /** Notes an edit: saves once no edit came for the quiet time. Cheap: called on every keystroke. */
  touch(): void {
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      if (!this.blocked()) void this.flush();
    }, this.delay);
  }

  /** Drops a pending timed save. */
  cancel(): void {
    clearTimeout(this.timer);
  }

  /** Saves now (after any save already running); resolves when done. Never rejects. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.chain = this.chain.then(this.save).catch((e: unknown) => console.error("save failed", e));
    return this.chain;
  }

  /** Runs `task` after the saves already queued (a save of another kind: "Keep mine"). */
  enqueue(task: () => Promise<void>): Promise<void> {
    this.chain = this.chain.then(task).catch((e: unknown) => console.error("save failed", e));
    return this.chain;
  }

  /** Resolves once the saves already queued have finished. */
  idle(): Promise<void> {
    return this.chain;
  }
}
