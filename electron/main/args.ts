// The few command-line options of the app: `--journal DIR` and `--user-data DIR` (also `--opt=value`).
// Electron's and Chromium's own switches pass by untouched, so this scans instead of parsing strictly.
import { resolve } from "node:path";

/** The app's options from a command line. */
export interface LaunchArgs {
  journal: string | null;
  userData: string | null;
}

function valueOf(argv: readonly string[], name: string, cwd: string): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === `--${name}`) {
      const next = argv[i + 1];
      return next && !next.startsWith("--") ? resolve(cwd, next) : null;
    }
    if (arg.startsWith(`--${name}=`)) {
      const value = arg.slice(name.length + 3);
      return value ? resolve(cwd, value) : null;
    }
  }
  return null;
}

/** Reads `--journal` and `--user-data` from `argv`, resolving relative folders against `cwd`. */
export function parseLaunchArgs(argv: readonly string[], cwd: string = process.cwd()): LaunchArgs {
  return { journal: valueOf(argv, "journal", cwd), userData: valueOf(argv, "user-data", cwd) };
}
