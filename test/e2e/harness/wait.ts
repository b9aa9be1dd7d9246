// Polling assertions: wait until something a user would see is true, or fail with what was seen last.
// No fixed sleeps: every wait ends as soon as its condition holds, and every wait is bounded.

/** Options of waitFor. */
export interface WaitOptions {
  /** Give up after this many milliseconds (default 10 s). */
  timeout?: number;
  /** Poll every this many milliseconds (default 100). */
  interval?: number;
  /** What was being waited for, for the failure message (a function is called at failure time). */
  message?: string | (() => string);
}

/** Default time limit of a wait, generous for a 2-core machine. */
export const DEFAULT_TIMEOUT = 10_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Calls `check` until it returns a truthy value (which is returned), or fails after `timeout`
 * with the last value or error it gave. A `check` that throws counts as "not yet".
 */
export async function waitFor<T>(check: () => T | Promise<T>, options: WaitOptions = {}): Promise<NonNullable<T>> {
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const interval = options.interval ?? 100;
  const deadline = Date.now() + timeout;
  let last: unknown;
  let lastError: unknown;
  for (;;) {
    try {
      last = await check();
      lastError = undefined;
      if (last) return last as NonNullable<T>;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() >= deadline) break;
    await sleep(Math.min(interval, Math.max(0, deadline - Date.now())));
  }
  const seen = lastError instanceof Error ? `last error: ${lastError.message}` : `last value: ${JSON.stringify(last)}`;
  const what = typeof options.message === "function" ? options.message() : (options.message ?? "a condition");
  throw new Error(`Timed out after ${timeout} ms waiting for ${what} (${seen})`);
}

/** Waits until `read()` equals `expected` (compared as JSON), failing with the last value read. */
export async function waitForValue<T>(read: () => T | Promise<T>, expected: T, options: WaitOptions = {}): Promise<void> {
  let last: T | undefined;
  const what = options.message ?? "a value";
  await waitFor(
    async () => {
      last = await read();
      return JSON.stringify(last) === JSON.stringify(expected);
    },
    {
      ...options,
      message: () => `${typeof what === "function" ? what() : what} to be ${JSON.stringify(expected)}; it was ${JSON.stringify(last)}`,
    },
  );
}

/**
 * Checks `check` every `interval` ms for `duration` ms and fails the moment it is false.
 * This one waits on purpose: it tests that something stays true for a while (a timing contract).
 */
export async function holdsFor(check: () => boolean | Promise<boolean>, duration: number, message: string, interval = 100): Promise<void> {
  const end = Date.now() + duration;
  do {
    if (!(await check())) throw new Error(`Expected ${message} to hold for ${duration} ms, but it stopped holding`);
    await sleep(interval);
  } while (Date.now() < end);
  if (!(await check())) throw new Error(`Expected ${message} to hold for ${duration} ms, but it stopped holding at the end`);
}

/** Sleeps on purpose: only for tests of a timing contract (e.g. "longer than the autosave delay"). */
export function waitOnPurpose(ms: number): Promise<void> {
  return sleep(ms);
}
