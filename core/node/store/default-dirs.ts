// Where things go when the user has not chosen: the journal in their documents folder, settings
// in the platform's per-user configuration folder.
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { JOURNAL_FOLDER_NAME } from "./constants.js";

/** What the default folders depend on; tests pass their own. */
export interface DirsEnvironment {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  home: string;
  /** Reads a text file, or returns null. */
  readText(file: string): string | null;
}

function system(): DirsEnvironment {
  return {
    env: process.env,
    platform: process.platform,
    home: os.homedir(),
    readText(file) {
      try {
        return readFileSync(file, "utf8");
      } catch {
        return null;
      }
    },
  };
}

/** Path functions of the platform the folders are for. */
const pathsOf = (e: DirsEnvironment): path.PlatformPath => (e.platform === "win32" ? path.win32 : path.posix);

/** The per-user configuration folder on Linux and other Unixes: $XDG_CONFIG_HOME if absolute, else ~/.config. */
function xdgConfigHome(e: DirsEnvironment): string {
  const v = e.env.XDG_CONFIG_HOME;
  return v && path.posix.isAbsolute(v) ? v : path.posix.join(e.home, ".config");
}

/**
 * The user's documents folder. Linux/BSD: XDG_DOCUMENTS_DIR from user-dirs.dirs (in
 * $XDG_CONFIG_HOME or ~/.config), "$HOME" expanded; else ~/Documents. macOS: ~/Documents.
 * Windows: %USERPROFILE%\Documents (a folder moved elsewhere, e.g. to OneDrive, is not detected).
 */
export function documentsDir(e: DirsEnvironment = system()): string {
  const p = pathsOf(e);
  if (e.platform === "win32") return p.join(e.env.USERPROFILE || e.home, "Documents");
  if (e.platform !== "darwin") {
    const text = e.readText(p.join(xdgConfigHome(e), "user-dirs.dirs"));
    const m = text === null ? null : /^[ \t]*XDG_DOCUMENTS_DIR[ \t]*=[ \t]*"((?:[^"\\]|\\.)*)"/m.exec(text);
    if (m?.[1]) {
      const value = m[1].replace(/\\(.)/g, "$1").replace(/^\$(?:HOME|\{HOME\})(?=\/|$)/, e.home);
      if (p.isAbsolute(value)) return p.normalize(value);
    }
  }
  return p.join(e.home, "Documents");
}

/** The journal used when none was chosen: <documents>/Tsuzuri. */
export function defaultJournalDir(e: DirsEnvironment = system()): string {
  return pathsOf(e).join(documentsDir(e), JOURNAL_FOLDER_NAME);
}

/**
 * Where settings live: Linux/BSD $XDG_CONFIG_HOME/tsuzuri (or ~/.config/tsuzuri), macOS
 * ~/Library/Application Support/Tsuzuri, Windows %APPDATA%\Tsuzuri.
 */
export function defaultUserDataDir(e: DirsEnvironment = system()): string {
  const p = pathsOf(e);
  if (e.platform === "win32") return p.join(e.env.APPDATA || p.join(e.home, "AppData", "Roaming"), "Tsuzuri");
  if (e.platform === "darwin") return p.join(e.home, "Library", "Application Support", "Tsuzuri");
  return p.join(xdgConfigHome(e), "tsuzuri");
}
