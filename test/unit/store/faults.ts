// Fault injection for the store, export and import tests: replaces functions of node:fs/promises (for
// every module that imported them, through syncBuiltinESMExports), FileHandle methods and, once routed,
// node:fs's callback functions (the export's fast path), for the length of a callback.
import * as fsp from "node:fs/promises";
import { createRequire, syncBuiltinESMExports } from "node:module";

type Fn = (...args: never[]) => unknown;
/** A replacement: gets the real function first, then the call's arguments. */
export type Fault = (real: (...args: unknown[]) => Promise<unknown>, ...args: unknown[]) => unknown;

const require = createRequire(import.meta.url);
const fsModule = require("node:fs") as Record<string, Fn> & { promises: Record<string, Fn> };
const promises = fsModule.promises;
/** The faults of the callback functions routed through routeCallbackFs, while withFaults runs. */
const callbackFaults = new Map<string, Fault>();

/**
 * Routes node:fs's callback functions `names` (readFile, writeFile…) through withFaults' `callback`
 * faults from now on. Call it before the code under test is loaded: that code may keep the functions
 * it imported (promisify does), so they must be the routed ones already.
 */
export function routeCallbackFs(names: readonly string[]): void {
  for (const name of names) {
    const real = fsModule[name] as unknown as (...args: unknown[]) => void;
    fsModule[name] = function (this: unknown, ...args: unknown[]) {
      const fault = callbackFaults.get(name);
      if (!fault) return real.apply(this, args);
      const done = args.pop() as (e: unknown, v?: unknown) => void;
      const asPromise = (...a: unknown[]) =>
        new Promise((resolve, reject) => real.call(this, ...a, (e: unknown, v: unknown) => (e ? reject(e) : resolve(v))));
      Promise.resolve(fault(asPromise, ...args)).then(
        (v) => done(null, v),
        (e: unknown) => done(e),
      );
    } as Fn;
  }
  syncBuiltinESMExports();
}

/** A Node-style system error with `code` (its message names a temp file, as real ones do). */
export const errno = (code: string): NodeJS.ErrnoException =>
  Object.assign(new Error(`${code}: simulated, open '/journal/posts/.secret.md.0123456789ab.tmp'`), { code });

async function handlePrototype(): Promise<Record<string, Fn>> {
  const probe = await fsp.open(process.execPath, "r");
  const proto = Object.getPrototypeOf(probe) as Record<string, Fn>;
  await probe.close();
  return proto;
}

/**
 * Runs `fn` with the fs/promises functions in `fs`, the FileHandle methods in `handle` and the routed
 * callback functions in `callback` (see routeCallbackFs) replaced;
 * the originals are back afterwards, also when `fn` throws.
 */
export async function withFaults<T>(
  faults: { fs?: Record<string, Fault>; handle?: Record<string, Fault>; callback?: Record<string, Fault> },
  fn: () => Promise<T>,
): Promise<T> {
  const proto = await handlePrototype();
  const undo: (() => void)[] = [];
  for (const [name, fault] of Object.entries(faults.callback ?? {})) {
    callbackFaults.set(name, fault);
    undo.push(() => callbackFaults.delete(name));
  }
  for (const [name, fault] of Object.entries(faults.fs ?? {})) {
    const real = promises[name] as unknown as (...args: unknown[]) => Promise<unknown>;
    promises[name] = ((...args: unknown[]) => fault(real, ...args)) as Fn;
    undo.push(() => (promises[name] = real as unknown as Fn));
  }
  for (const [name, fault] of Object.entries(faults.handle ?? {})) {
    const real = proto[name] as unknown as (...args: unknown[]) => Promise<unknown>;
    proto[name] = function (this: unknown, ...args: unknown[]) {
      return fault((...a: unknown[]) => real.apply(this, a), ...args);
    } as Fn;
    undo.push(() => (proto[name] = real as unknown as Fn));
  }
  syncBuiltinESMExports();
  try {
    return await fn();
  } finally {
    for (const u of undo.reverse()) u();
    syncBuiltinESMExports();
  }
}

/**
 * Faults of a read-only disk as Node 20 reports them: every write fails with EROFS, except that a
 * recursive mkdir of a missing folder says ENOENT (the false "does not exist" the store must not repeat).
 */
export function readOnlyDisk(code = "EROFS"): Record<string, Fault> {
  const fail = async () => Promise.reject(errno(code));
  return {
    mkdir: async (_real, ...args) => Promise.reject(errno((args[1] as { recursive?: boolean } | undefined)?.recursive ? "ENOENT" : code)),
    open: async (real, ...args) => (typeof args[1] === "string" && /[wa+x]/.test(args[1]) ? fail() : real(...args)),
    link: fail,
    rename: fail,
    unlink: fail,
    copyFile: fail,
    writeFile: fail,
  };
}

/** Callback functions of node:fs the export uses (core/node/export/fast-fs.ts), for routeCallbackFs. */
export const CALLBACK_FS = ["readFile", "writeFile"] as const;

/**
 * Faults that fail the `nth` call (counted across all of them) that writes, or reads through the
 * callback API, with `code`; `reached()` says whether there was an nth call.
 */
export function nthFails(
  nth: number,
  code: string,
): { faults: { fs: Record<string, Fault>; handle: Record<string, Fault>; callback: Record<string, Fault> }; reached: () => boolean } {
  let calls = 0;
  let fired = false;
  const gate: Fault = async (real, ...args) => {
    calls++;
    if (calls === nth) {
      fired = true;
      return Promise.reject(errno(code));
    }
    return real(...args);
  };
  const open: Fault = async (real, ...args) =>
    typeof args[1] === "string" && /[wa+x]/.test(args[1]) ? gate(real, ...args) : real(...args);
  return {
    faults: {
      fs: { open, rename: gate, link: gate, unlink: gate, mkdir: gate, rmdir: gate, rm: gate, writeFile: gate, copyFile: gate },
      handle: { writeFile: gate, write: gate, sync: gate },
      callback: { readFile: gate, writeFile: gate },
    },
    reached: () => fired,
  };
}
