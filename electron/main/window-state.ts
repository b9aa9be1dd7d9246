// Remembering the window's size and place between runs: a tiny JSON file in userData, written
// atomically (core/node/store's atomicWrite), read defensively (a broken or off-screen state is ignored).
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { screen, type BrowserWindow, type Rectangle } from "electron";
import { atomicWrite } from "../../core/node/store/index.js";
import { DEFAULT_HEIGHT, DEFAULT_WIDTH, MIN_HEIGHT, MIN_WIDTH, WINDOW_STATE_FILE } from "./constants.js";

/** What is remembered of the window. */
export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

const int = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v);

/** True when a good part of `b` lies on some display. */
function onScreen(b: Rectangle): boolean {
  return screen.getAllDisplays().some(({ workArea: a }) => {
    const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
    const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
    return w >= MIN_WIDTH / 2 && h >= MIN_HEIGHT / 2;
  });
}

/** The saved state, or the default when there is none or it does not fit the screens now. */
export async function loadWindowState(userDataDir: string): Promise<WindowState> {
  const fallback: WindowState = { width: DEFAULT_WIDTH, height: DEFAULT_HEIGHT, maximized: false };
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(await readFile(join(userDataDir, WINDOW_STATE_FILE), "utf8")) as Record<string, unknown>;
  } catch {
    return fallback;
  }
  if (!int(raw.width) || !int(raw.height) || raw.width < MIN_WIDTH || raw.height < MIN_HEIGHT) return fallback;
  const state: WindowState = { width: raw.width, height: raw.height, maximized: raw.maximized === true };
  if (int(raw.x) && int(raw.y) && onScreen({ x: raw.x, y: raw.y, width: raw.width, height: raw.height })) {
    state.x = raw.x;
    state.y = raw.y;
  }
  return state;
}

/** Writes the window's current state (its normal bounds, even while maximized). */
export async function saveWindowState(userDataDir: string, win: BrowserWindow): Promise<void> {
  const bounds = win.getNormalBounds();
  const state: WindowState = { ...bounds, maximized: win.isMaximized() };
  await atomicWrite(join(userDataDir, WINDOW_STATE_FILE), `${JSON.stringify(state)}\n`);
}
