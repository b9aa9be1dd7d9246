// Autosave's timing with a fake clock: after a quiet moment, at least every max-wait while typing
// goes on, never while blocked (IME composition), one save at a time.
import assert from "node:assert/strict";
import { mock, test } from "node:test";
import { Autosave, AUTOSAVE_DEBOUNCE_MS, AUTOSAVE_MAX_WAIT_MS } from "../../../renderer/session/index.js";

function clock() {
  mock.timers.enable({ apis: ["setTimeout", "Date"], now: 0 });
  return { tick: (ms: number) => mock.timers.tick(ms), reset: () => mock.timers.reset() };
}

/** Lets queued promise callbacks run (the save chain). */
const settle = () => new Promise<void>((resolve) => queueMicrotask(resolve)).then(() => undefined);

test("a save comes after the quiet time, not before", async () => {
  const c = clock();
  try {
    let saves = 0;
    const a = new Autosave(
      async () => void saves++,
      () => false,
    );
    a.touch();
    c.tick(AUTOSAVE_DEBOUNCE_MS - 1);
    await settle();
    assert.equal(saves, 0);
    c.tick(1);
    await settle();
    assert.equal(saves, 1);
  } finally {
    c.reset();
  }
});

test("typing without a pause still saves at least every max-wait", async () => {
  const c = clock();
  try {
    const at: number[] = [];
    const a = new Autosave(
      async () => void at.push(Date.now()),
      () => false,
    );
    // A keystroke every 100 ms for 7 seconds: the debounce alone would never fire.
    for (let t = 0; t < 7000; t += 100) {
      a.touch();
      c.tick(100);
      await settle();
    }
    assert.ok(at.length >= 3, `saved ${at.length} times in 7 s of typing`);
    assert.ok(at[0]! <= AUTOSAVE_MAX_WAIT_MS, `first save at ${at[0]} ms`);
    for (let i = 1; i < at.length; i++) assert.ok(at[i]! - at[i - 1]! <= AUTOSAVE_MAX_WAIT_MS + 100, `gap ${at[i]! - at[i - 1]!} ms`);
  } finally {
    c.reset();
  }
});

test("while blocked (an IME composition) the timer's save is skipped; the next touch saves at once past the ceiling", async () => {
  const c = clock();
  try {
    let saves = 0;
    let blocked = true;
    const a = new Autosave(
      async () => void saves++,
      () => blocked,
    );
    a.touch();
    c.tick(AUTOSAVE_MAX_WAIT_MS + 500);
    await settle();
    assert.equal(saves, 0);
    blocked = false;
    a.touch();
    c.tick(0);
    await settle();
    assert.equal(saves, 1, "the composition ended long after the ceiling: save now");
  } finally {
    c.reset();
  }
});

test("flush saves now and drops the timer; saves never overlap", async () => {
  let running = 0;
  let most = 0;
  let saves = 0;
  const a = new Autosave(
    async () => {
      running++;
      most = Math.max(most, running);
      await new Promise((r) => setImmediate(r));
      saves++;
      running--;
    },
    () => false,
  );
  a.touch();
  assert.equal(a.pending, true);
  await Promise.all([a.flush(), a.flush(), a.flush()]);
  assert.equal(a.pending, false);
  assert.equal(saves, 3);
  assert.equal(most, 1);
});

test("a failing save does not break the chain", async () => {
  let calls = 0;
  const errors = mock.method(console, "error", () => undefined);
  try {
    const a = new Autosave(
      async () => {
        calls++;
        if (calls === 1) throw new Error("disk full");
      },
      () => false,
    );
    await a.flush();
    await a.flush();
    assert.equal(calls, 2);
    assert.equal(errors.mock.callCount(), 1);
  } finally {
    errors.mock.restore();
  }
});
