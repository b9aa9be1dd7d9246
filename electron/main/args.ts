// The app's command line: `--journal DIR`, `--user-data DIR` (also `--opt=value`) and the Markdown
// files to open (any other argument; a `file://` URL too, as Linux file managers pass them).
// Electron's and Chromium's own switches pass by untouched, so this scans instead of parsing strictly.
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The app's options from a command line. */
export interface LaunchArgs {
  journal: string | null;
  userData: string | null;
  /** Files to open (absolute), in the order given; the rule of what opening one means is core/node/app/open-file.ts. */
  files: string[];
}

/** The options that take a value. */
const VALUE_OPTIONS = ["journal", "user-data"];

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

/** A path as given on a command line: relative to `cwd`, or a file:// URL. */
function pathOf(arg: string, cwd: string): string | null {
  if (!/^file:/i.test(arg)) return resolve(cwd, arg);
  try {
    return fileURLToPath(arg);
  } catch {
    return null;
  }
}

/** The arguments from `argv[first]` on that are neither switches nor their values, as absolute paths. */
function filesOf(argv: readonly string[], cwd: string, first: number): string[] {
  const files: string[] = [];
  for (let i = first; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      for (const rest of argv.slice(i + 1)) files.push(...[pathOf(rest, cwd)].filter((p) => p !== null));
      break;
    }
    if (arg.startsWith("-")) {
      const next = argv[i + 1];
      if (VALUE_OPTIONS.some((o) => arg === `--${o}`) && next && !next.startsWith("--")) i++;
      continue;
    }
    const p = pathOf(arg, cwd);
    if (p) files.push(p);
  }
  return files;
}

/**
 * Reads `argv`, resolving relative paths against `cwd`. `first` is where the app's own arguments start:
 * 1 in a packaged app (after the executable), 2 when Electron runs a script (`electron main.js …`).
 */
export function parseLaunchArgs(argv: readonly string[], cwd: string = process.cwd(), first = 1): LaunchArgs {
  return { journal: valueOf(argv, "journal", cwd), userData: valueOf(argv, "user-data", cwd), files: filesOf(argv, cwd, first) };
}
