// When to save: after a quiet moment, at the latest a fixed time after the first unsaved edit while
// typing goes on, or at once when asked (switching posts, blur, quit). Saves run one after another,
// never two at a time.
import { AUTOSAVE_DEBOUNCE_MS, AUTOSAVE_MAX_WAIT_FACTOR, AUTOSAVE_MAX_WAIT_MS } from "./constants.js";

/** Timing of autosave. */
export interface AutosaveTiming {
  /** Quiet time after the last edit. */
  debounceMs: number;
  /** The longest an edit waits while edits keep coming. */
  maxWaitMs: number;
}

const DEFAULT_TIMING: AutosaveTiming = { debounceMs: AUTOSAVE_DEBOUNCE_MS, maxWaitMs: AUTOSAVE_MAX_WAIT_MS };

/** The timing for a quiet time of `debounceMs` (the setting): edits that keep coming wait a few times that, never less than the default ceiling. */
export function autosaveTiming(debounceMs: number): AutosaveTiming {
  return { debounceMs, maxWaitMs: Math.max(AUTOSAVE_MAX_WAIT_MS, debounceMs * AUTOSAVE_MAX_WAIT_FACTOR) };
}

/** Debounced saving with a ceiling, serialised. */
export class Autosave {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** When the oldest edit not yet handed to a save was made (null: none waiting). */
  private firstEditAt: number | null = null;
  private chain: Promise<void> = Promise.resolve();

  /**
   * `save` writes whatever is unsaved (and does nothing when all is saved). `blocked` is checked
   * when a timer fires: while it returns true (an IME composition) the timer's save is skipped,
   * and the owner calls `touch` again when the block lifts.
   */
  constructor(
    private readonly save: () => Promise<void>,
    private readonly blocked: () => boolean,
    private timing: AutosaveTiming = DEFAULT_TIMING,
  ) {}

  /** Changes the timing (the autosave setting); an edit already waiting keeps its timer. */
  retime(timing: AutosaveTiming): void {
    this.timing = timing;
  }

  /** Notes an edit. Cheap: called on every keystroke. */
  touch(): void {
    const now = Date.now();
    this.firstEditAt ??= now;
    const ceiling = this.firstEditAt + this.timing.maxWaitMs - now;
    clearTimeout(this.timer);
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        if (!this.blocked()) void this.flush();
      },
      Math.max(0, Math.min(this.timing.debounceMs, ceiling)),
    );
  }

  /** True while a timed save is waiting. */
  get pending(): boolean {
    return this.timer !== undefined;
  }

  /** Drops a pending timed save. */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.firstEditAt = null;
  }

  /** Saves now (after any save already running); resolves when done. Never rejects. */
  flush(): Promise<void> {
    this.cancel();
    return this.enqueue(this.save);
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
