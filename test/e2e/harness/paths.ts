// Where things are: the repository root, the built CLI, and temporary folders that tests clean up.
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The repository root. */
export const ROOT = join(import.meta.dirname, "..", "..", "..");
/** The launcher the user runs (`tsuzuri`), which loads the built CLI. */
export const BIN = join(ROOT, "bin", "tsuzuri.js");
/** The built CLI; `npm test` builds it before running tests. */
export const BUILT_CLI = join(ROOT, "dist", "cli", "tsuzuri.js");
/** The built renderer page served by `tsuzuri serve`. */
export const BUILT_PAGE = join(ROOT, "dist", "renderer", "index.html");

/** Fails with a clear message when the build the e2e tests drive is missing. */
export function assertBuilt(): void {
  const missing = [BIN, BUILT_CLI, BUILT_PAGE].filter((p) => !existsSync(p));
  if (missing.length) {
    throw new Error(
      `e2e tests drive the built app, but ${missing.map((p) => p.slice(ROOT.length + 1)).join(", ")} ` +
        `is missing. Build first: \`node scripts/build.mjs\` (\`npm test\` builds, then tests).`,
    );
  }
}

/** Makes a fresh temporary folder. */
export function tempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `tsuzuri-e2e-${prefix}-`));
}

/** Removes a folder made by tempDir, ignoring one that is already gone. */
export function removeDir(dir: string): Promise<void> {
  return rm(dir, { recursive: true, force: true, maxRetries: 3 });
}
