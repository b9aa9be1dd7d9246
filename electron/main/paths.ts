// Where the built pieces are, relative to the bundled main (dist/electron/main.js).
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

/** The built renderer (dist/renderer). */
export const RENDERER_DIR = join(here, "..", "renderer");
/** The preload script (dist/electron/preload.cjs). */
export const PRELOAD_FILE = join(here, "preload.cjs");
/** The window icon (Linux; Windows and macOS take theirs from the package). */
export const ICON_FILE = join(RENDERER_DIR, "icons", "icon.png");
