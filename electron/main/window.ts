// The one window: hidden until its first paint, its bounds remembered, and on close it first lets
// the renderer save what is pending (the `flush` event), waiting at most FLUSH_TIMEOUT_MS.
import { BrowserWindow } from "electron";
import type { App } from "../../core/node/app/index.js";
import { FLUSH_QUIET_MS, FLUSH_SETTLE_MS, type Activity } from "../../core/node/host/index.js";
import { APP_URL, FLUSH_TIMEOUT_MS, MIN_HEIGHT, MIN_WIDTH } from "./constants.js";
import { ICON_FILE, PRELOAD_FILE } from "./paths.js";
import { loadWindowState, saveWindowState } from "./window-state.js";

/** What a window needs of the rest of the shell. */
export interface WindowOptions {
  app: App;
  activity: Activity;
  userDataDir: string;
}

/** A window and the ways to make its renderer save. */
export interface AppWindow {
  win: BrowserWindow;
  /** Tells the renderer to save now and waits for it (e.g. before another journal opens). */
  flush(): Promise<void>;
  /** Flushes once and lets the window close without flushing again (on quit). */
  prepareToClose(): Promise<void>;
}

/** Asks the window's renderer to save and waits for the saves to land. */
async function flushRenderer(win: BrowserWindow, { app, activity }: WindowOptions): Promise<void> {
  if (win.isDestroyed() || win.webContents.isCrashed()) return;
  const saved = activity.waitForSaves({ timeoutMs: FLUSH_TIMEOUT_MS, quietMs: FLUSH_QUIET_MS, settleMs: FLUSH_SETTLE_MS });
  app.emit("flush", {});
  await saved;
}

/** Creates the window and loads the app into it. */
export async function createWindow(options: WindowOptions): Promise<AppWindow> {
  const state = await loadWindowState(options.userDataDir);
  const win = new BrowserWindow({
    ...state,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    show: false,
    title: "Tsuzuri",
    ...(process.platform === "linux" ? { icon: ICON_FILE } : {}),
    webPreferences: {
      preload: PRELOAD_FILE,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      navigateOnDragDrop: false,
      // A middle click on a link would ask for a new window; they are refused anyway, this keeps the click from starting.
      disableBlinkFeatures: "Auxclick",
    },
  });
  if (state.maximized) win.maximize();
  win.once("ready-to-show", () => win.show());

  const flush = () => flushRenderer(win, options);
  let closing: Promise<void> | null = null;
  let mayClose = false;
  const prepareToClose = () =>
    (closing ??= flush().finally(() => {
      mayClose = true;
    }));
  win.on("close", (event) => {
    if (mayClose) {
      void saveWindowState(options.userDataDir, win).catch(() => {});
      return;
    }
    event.preventDefault();
    void prepareToClose().then(() => {
      if (!win.isDestroyed()) win.close();
    });
  });

  await win.loadURL(APP_URL);
  return { win, flush, prepareToClose };
}
