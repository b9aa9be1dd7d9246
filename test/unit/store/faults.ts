// Fault injection for the store tests: replaces functions of node:fs/promises (for every module that
// imported them, through syncBuiltinESMExports) and FileHandle methods, for the length of a callback.
import * as fsp from "node:fs/promises";
import { createRequire, syncBuiltinESMExports } from "node:module";

type Fn = (...args: never[]) => unknown;
/** A replacement: gets the real function first, then the call's arguments. */
export type Fault = (real: (...args: unknown[]) => Promise<unknown>, ...args: unknown[]) => unknown;

const require = createRequire(import.meta.url);
const promises = (require("node:fs") as { promises: Record<string, Fn> }).promises;

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
 * Runs `fn` with the fs/promises functions in `fs` and the FileHandle methods in `handle` replaced;
 * the originals are back afterwards, also when `fn` throws.
 */
export async function withFaults<T>(faults: { fs?: Record<string, Fault>; handle?: Record<string, Fault> }, fn: () => Promise<T>): Promise<T> {
  const proto = await handlePrototype();
  const undo: (() => void)[] = [];
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
    link: fail, rename: fail, unlink: fail, copyFile: fail, writeFile: fail,
  };
}
