// Where the built renderer is: next to the bundled CLI (dist/cli → dist/renderer), or, when the CLI runs
// from source (tsx), in the repository's dist/.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The folder holding the built renderer's index.html (the first candidate when none is built). */
export function rendererDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, "..", "renderer"), join(here, "..", "..", "..", "dist", "renderer")];
  return candidates.find((dir) => existsSync(join(dir, "index.html"))) ?? candidates[0]!;
}
