// Where the Electron binary is, found WITHOUT `require("electron")` (which downloads it on first use).
// Mirrors node_modules/electron/index.js: path.txt names the executable inside dist/ (or inside
// ELECTRON_OVERRIDE_DIST_PATH); without path.txt the platform's usual name is assumed.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");

/** The executable's path inside an Electron dist folder, for this platform. */
function platformPath() {
  switch (process.platform) {
    case "darwin":
      return "Electron.app/Contents/MacOS/Electron";
    case "win32":
      return "electron.exe";
    default:
      return "electron";
  }
}

/**
 * Finds the Electron binary. Returns `{ path }` when it exists, else `{ path: null, reason }` with a
 * sentence saying where it was looked for.
 * @param {string} [projectRoot]
 * @returns {{ path: string, reason?: undefined } | { path: null, reason: string }}
 */
export function findElectronBinary(projectRoot = root) {
  const pkg = join(projectRoot, "node_modules", "electron");
  const pathFile = join(pkg, "path.txt");
  const name = existsSync(pathFile) ? readFileSync(pathFile, "utf8").trim() : platformPath();
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override ? join(override, name) : join(pkg, "dist", name);
  if (existsSync(candidate)) return { path: candidate };
  return {
    path: null,
    reason: `no Electron binary at ${candidate} (it is downloaded from GitHub on first \`npm start\`; this machine cannot reach GitHub)`,
  };
}

// `node scripts/electron-binary.mjs` prints the path, or the reason and exits 1.
if (process.argv[1] && import.meta.filename === join(process.argv[1])) {
  const found = findElectronBinary();
  if (found.path) console.log(found.path);
  else {
    console.error(found.reason);
    process.exit(1);
  }
}
