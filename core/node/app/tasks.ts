// The app's long-running jobs (an export, an import): one at a time, cancellable, with progress
// reported as `taskProgress` events at most TASK_PROGRESS_INTERVAL_MS apart.
import { TsuzuriError, type EventName, type EventPayload, type TaskKind } from "../../contract/index.js";

/** Receives every event the app emits. */
export type EventSink = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/** The shortest time between two progress events of a task (ten a second at most). */
export const TASK_PROGRESS_INTERVAL_MS = 100;

/** Each kind of task in words: what is running, what was cancelled. */
const TASK_WORDS: Record<TaskKind, [running: string, cancelled: string]> = {
  export: ["An export", "The export was cancelled."],
  import: ["An import", "The import was cancelled."],
  hatena: ["A sync with Hatena Blog", "The sync with Hatena Blog was cancelled."],
};

/** A step report of a running task. */
export interface TaskStep {
  phase: string;
  done: number;
  total: number;
}

/** What a task's body gets: the signal that cancels it, and where to report progress. */
export interface TaskContext {
  signal: AbortSignal;
  progress(step: TaskStep): void;
}

/** Runs tasks one at a time. */
export class TaskRunner {
  private running: { kind: TaskKind; controller: AbortController } | null = null;

  constructor(private readonly emit: EventSink) {}

  /** The kind of task running now, if any. */
  get current(): TaskKind | null {
    return this.running?.kind ?? null;
  }

  /**
   * Runs `body` as a task of `kind`. Refused ("busy") while another runs; a cancelled task that
   * rejects fails with "cancelled".
   */
  async run<T>(kind: TaskKind, body: (ctx: TaskContext) => Promise<T>): Promise<T> {
    if (this.running) {
      throw new TsuzuriError("busy", `${TASK_WORDS[this.running.kind][0]} is already running: wait for it to finish, or cancel it.`);
    }
    const controller = new AbortController();
    this.running = { kind, controller };
    let last = 0;
    let pending: TaskStep | null = null;
    let timer: NodeJS.Timeout | null = null;
    const send = (step: TaskStep) => {
      last = Date.now();
      pending = null;
      this.emit("taskProgress", { task: kind, phase: step.phase, done: step.done, total: step.total });
    };
    const progress = (step: TaskStep) => {
      if (controller.signal.aborted) return;
      const wait = last + TASK_PROGRESS_INTERVAL_MS - Date.now();
      if (wait <= 0 && !timer) return send(step);
      pending = { ...step };
      timer ??= setTimeout(
        () => {
          timer = null;
          if (pending && this.running?.controller === controller) send(pending);
        },
        Math.max(0, wait),
      );
    };
    try {
      return await body({ signal: controller.signal, progress });
    } catch (e) {
      // Whatever a cancelled task failed with, the person asked it to stop: say that.
      if (controller.signal.aborted) throw new TsuzuriError("cancelled", TASK_WORDS[kind][1]);
      throw e;
    } finally {
      if (timer) clearTimeout(timer);
      this.running = null;
    }
  }

  /** Cancels the running task of `kind`; false when none runs. */
  cancel(kind: TaskKind): boolean {
    if (this.running?.kind !== kind) return false;
    this.running.controller.abort();
    return true;
  }

  /** Cancels whatever runs (the app is closing). */
  cancelAll(): void {
    this.running?.controller.abort();
  }
}
